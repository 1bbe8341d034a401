// Copying what a card says, as plain text: the explanation (to paste into a ticket or a reply to a
// customer), the server's reply, and a report's addresses to suppress (one per line, for a list).
import type {Explanation, ReplyVerdict} from '../core';
import {verdictLine} from './card-model';
import {CARD_LABELS as L} from './labels';
import {retryLabel, severityLabel, whoActsLabel} from './severity';

/**
 * The explanation as plain text, in the card's order: the reply's verdict first when there is one
 * (its who acts and retry too, as the card shows them), and the server's reply when there is one.
 */
export function explanationAsText(e: Explanation, reply?: string, verdict?: ReplyVerdict): string {
	const lines = [`${e.code} — ${e.title}`, `${severityLabel(e.severity)}${e.provider ? ` · ${e.provider.name}` : ''}`, ''];
	if (verdict) lines.push(`${verdictLine(e, verdict)}.`, '');
	lines.push(e.meaning);
	// The card's own headings, in the reader's language (ui/labels.ts); the explanation stays as the core words it.
	if (reply) lines.push('', `${L.reply}: ${reply}`);
	lines.push('', `${L.whoActs}: ${whoActsLabel[verdict?.whoActs ?? e.whoActs]}`, `${L.retry}: ${retryLabel[verdict?.retry ?? e.retry]}`);
	if (e.fix.length > 0) lines.push('', `${L.steps}:`, ...e.fix.map((step, i) => `${i + 1}. ${step}`));
	if (e.causes.length > 0) lines.push('', `${L.causes}:`, ...e.causes.map(cause => `- ${cause}`));
	if (e.notes.length > 0) lines.push('', `${L.notes}:`, ...e.notes.map(note => `- ${note}`));
	if (e.sources.length > 0) lines.push('', `${L.sources}: ${e.sources.join('; ')}`);
	return lines.join('\n');
}

/**
 * Puts text on the clipboard from a click (the user's gesture). The Clipboard API first; where a page
 * or browser refuses it, a selected textarea inside `root` (our own shadow root in a page) and the
 * copy command. Resolves to whether the text was copied.
 */
export async function copyText(text: string, root: Node = document.body): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		const area = document.createElement('textarea');
		area.value = text;
		area.setAttribute('readonly', '');
		area.style.position = 'fixed';
		area.style.opacity = '0';
		root.appendChild(area);
		area.select();
		let copied: boolean;
		try {
			copied = document.execCommand('copy');
		} catch {
			copied = false;
		}
		area.remove();
		return copied;
	}
}
