// One code in full, with a way back to the list it was opened from.
import {replyVerdict, type Explanation} from '../core';
import {CheckDnsButton} from '../ui/check-dns';
import {CodeCard} from '../ui/code-card';
import {t} from '../shared/i18n';

interface Props {
	explanation: Explanation;
	/** The reply the code was found in, when it was opened from a text. */
	reply?: string;
	/** The explain page: the card in full. The popup shows it at a glance, inside its window. */
	full?: boolean;
	onBack?: () => void;
	onOpenFull?: () => void;
	onCheckDns?: () => void;
	/** Opens another code (the same enhanced code in another class). */
	onLookup(code: string): void;
}

/** `5.2.2` → [`4.2.2`]: the same condition, temporary or permanent, is often what people look for next. */
function siblings(e: Explanation): string[] {
	if (e.kind !== 'enhanced') return [];
	const match = /^([245])(\.\d{1,3}\.\d{1,3})$/.exec(e.code);
	if (!match) return [];
	return ['4', '5'].filter(cls => cls !== match[1]).map(cls => cls + match[2]);
}

export function DetailView({explanation, reply, full = false, onBack, onOpenFull, onCheckDns, onLookup}: Props) {
	const others = siblings(explanation);
	return (
		<section class="detail" aria-label={t('explanation_of', explanation.code)}>
			{onBack && <button type="button" class="link-button back" onClick={onBack}>{t('back_to_results')}</button>}
			<CodeCard explanation={explanation} verdict={replyVerdict(explanation)} reply={reply} full={full} fitViewport={!full} onOpenFull={onOpenFull} actions={onCheckDns && <CheckDnsButton onClick={onCheckDns} />} />
			{others.length > 0 && (
				<p class="muted siblings">{t('also')} {others.map(code => <button key={code} type="button" class="link-button" onClick={() => onLookup(code)}>{code}</button>)}</p>
			)}
		</section>
	);
}
