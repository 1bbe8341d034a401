// The links onward from an explained reply (the core's actionLinks: a block list's lookup for the IP
// the reply names, a delisting portal, the provider's sender pages and its page for the code). Each
// opens in a new tab without giving the page a handle on ours (noopener) or our address (noreferrer).
// Their words are the catalogue's (link_*), so a card says them in the reader's language.
import {actionLinks, type ActionLink, type ActionLinkId, type Explanation} from '../core';
import {t} from '../shared/i18n';

/** What each link says; `value` is the IP or domain it carries, `provider` whose page it is. */
export const ACTION_LINK_LABELS: Record<ActionLinkId, (link: ActionLink) => string> = {
	'spamhaus-lookup': l => (l.value ? t('link_spamhaus_lookup', l.value) : t('link_spamhaus_lookup_any')),
	'barracuda-lookup': l => (l.value ? t('link_barracuda_lookup', l.value) : t('link_barracuda_lookup_any')),
	'barracuda-removal': () => t('link_barracuda_removal'),
	'spamcop-lookup': l => (l.value ? t('link_spamcop_lookup', l.value) : t('link_spamcop_lookup_any')),
	'proofpoint-lookup': l => (l.value ? t('link_proofpoint_lookup', l.value) : t('link_proofpoint_lookup_any')),
	'cloudmark-reset': () => t('link_cloudmark_reset'),
	'microsoft-delist': () => t('link_microsoft_delist'),
	'outlook-com-support': () => t('link_outlook_com_support'),
	'google-postmaster': () => t('link_google_postmaster'),
	'gmail-sender-guidelines': () => t('link_gmail_sender_guidelines'),
	'yahoo-sender-hub': () => t('link_yahoo_sender_hub'),
	'provider-page': l => (l.provider ? t('link_provider_page', l.provider) : t('link_provider_page_any')),
};

/** The list's own name, for screen readers. */
export const actionLinksLabel = (): string => t('links_label');

interface Props {
	explanation: Explanation;
	/** The server's reply the code came in: where an IP or domain is read. */
	reply?: string;
}

export function ActionLinks({explanation: e, reply}: Props) {
	const links = actionLinks({provider: e.provider, reason: e.reason, text: reply, sources: e.sources});
	if (links.length === 0) return null;
	return (
		<ul class="bd-action-links" aria-label={actionLinksLabel()}>
			{links.map(link => (
				<li key={link.id}>
					<a class="bd-action-link" data-link={link.id} href={link.url} target="_blank" rel="noopener noreferrer">{ACTION_LINK_LABELS[link.id](link)}</a>
				</li>
			))}
		</ul>
	);
}
