// The links onward from an explained reply (the core's actionLinks: a block list's lookup for the IP
// the reply names, a delisting portal, the provider's sender pages and its page for the code). Each
// opens in a new tab without giving the page a handle on ours (noopener) or our address (noreferrer).
// Their words live here, in one table, so they can move to the locale files as they are.
import {actionLinks, type ActionLink, type ActionLinkId, type Explanation} from '../core';

/** What each link says; `value` is the IP or domain it carries, `provider` whose page it is. */
export const ACTION_LINK_LABELS: Record<ActionLinkId, (link: ActionLink) => string> = {
	'spamhaus-lookup': l => (l.value ? `Look up ${l.value} at Spamhaus` : 'Spamhaus lookup'),
	'barracuda-lookup': l => (l.value ? `Barracuda reputation of ${l.value}` : 'Barracuda reputation lookup'),
	'barracuda-removal': () => 'Barracuda removal request',
	'spamcop-lookup': l => (l.value ? `Look up ${l.value} at SpamCop` : 'SpamCop lookup'),
	'proofpoint-lookup': l => (l.value ? `Proofpoint check of ${l.value}` : 'Proofpoint IP check'),
	'cloudmark-reset': () => 'Cloudmark reset request',
	'microsoft-delist': () => 'Microsoft delist portal',
	'outlook-com-support': () => 'Outlook.com sender support',
	'google-postmaster': () => 'Google Postmaster Tools',
	'gmail-sender-guidelines': () => 'Gmail sender guidelines',
	'yahoo-sender-hub': () => 'Yahoo Sender Hub',
	'provider-page': l => `${l.provider ?? 'The provider'}’s page for this code`,
};

/** The list's own name, for screen readers. */
export const ACTION_LINKS_LABEL = 'Links for this reply';

interface Props {
	explanation: Explanation;
	/** The server's reply the code came in: where an IP or domain is read. */
	reply?: string;
}

export function ActionLinks({explanation: e, reply}: Props) {
	const links = actionLinks({provider: e.provider, reason: e.reason, text: reply, sources: e.sources});
	if (links.length === 0) return null;
	return (
		<ul class="bd-action-links" aria-label={ACTION_LINKS_LABEL}>
			{links.map(link => (
				<li key={link.id}>
					<a class="bd-action-link" data-link={link.id} href={link.url} target="_blank" rel="noopener noreferrer">{ACTION_LINK_LABELS[link.id](link)}</a>
				</li>
			))}
		</ul>
	);
}
