// Last resort for unknown layouts: a line that starts with an address followed by error words or
// an SMTP code, or indented error lines under an address. Recipients without such a line come
// from the DSN or the X-Failed-Recipients header instead.
import type {Layout, LayoutHit} from './types';
import {addressBlocks, blockText, cutOriginal} from './helpers';
import {fold} from '../text';
import {anchored, mayMatch} from '../anchored';

/** The lines of a notice that carry an SMTP code or error words. */
export function errorText(text: string): string {
	const re = /^\s*(?:reason|error|diagnostic[\w ]{0,20}|because|status)\s*:|(?<![\w.])[245]\d\d(?=[ -])|(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?![\w.])|\b(?:error|unknown|rejected|refused|denied|failed|not found|full|quota|invalid|does not exist|blocked|disabled|no such|not accept|unable to deliver)\b/i;
	return fold(text.split('\n').filter((l) => re.test(l)).slice(0, 12).join(' '));
}

const ERROR_WORDS =
	/(?<![\w.])[245]\d\d(?![\w.])|(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?![\w.])|unknown|not found|rejected|refused|denied|full|quota|invalid|does not exist|failed|error|disabled|blocked|no such|unavailable|problem|unable|timed out|timeout|sorry|not|can't|cannot|couldn't|giving up|try again|\baction:[ \t]*(?:delayed|failed)\b/i;

// "<rcpt>: error", "rcpt, error", and the RFC 3464 field form "rcpt; Action: Delayed".
const HEAD = /^[ \t]{0,8}<?([^\s<>:"]{1,256}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,63})>?[ \t]*(?:[:,;][ \t]*)?(.*)$/;

// A labelled line that names the recipient (searched in the notice only when the anchor pass allows it).
const NAMED = anchored(/(?:could not be delivered to|RCPT TO|Recipient(?: address)?|Failed recipient|Undeliverable to|Delivery to|Your message to|message to|following recipients? (?:were|was) affected)[ \t]*:?\s{0,40}<?([^\s<>"]{1,256}@[A-Za-z0-9.-]{1,255})/i);

const LIST_INTRO = /\bUnable to deliver (?:the |your )?message to the following (?:address|recipient)/i;

export const generic: Layout = {
	id: 'generic',
	detect: () => true,
	parse(text) {
		const body = cutOriginal(text);
		const hits: LayoutHit[] = [];
		// Computed once: many bare address lines must not rescan the whole notice each (linear time).
		let noticeErrors: string | undefined;
		// Blocks headed by an address alone on its line ("<rcpt>:" then the error below it) that do not
		// read like an error themselves: kept when a sibling of the same shape does, since the blocks
		// of one list share its meaning ("Unable to deliver message to the following address(es).").
		const quiet: {recipient: string; diagnostic: string; at: number}[] = [];
		let listed = false;
		for (const b of addressBlocks(body, HEAD, true, true)) {
			if (/^(?:To|From|Cc|Reply-To|Return-Path|Sender|Delivered-To)\b/i.test(b.head)) continue;
			// Japanese prose puts the addressee first: "carol@… 宛のメールが届きませんでした" (the mail
			// addressed to carol@… did not arrive) is a person writing, not an error line about carol@….
			if (/^(?:宛(?:の|に|て)|さん|様|へ)/.test(b.head)) continue;
			const own = blockText(b);
			// An address alone on its line ("The user(s) account is disabled.\n\n<rcpt>"): the error is
			// elsewhere in the notice.
			const all = own || (noticeErrors ??= errorText(body));
			// Only keep blocks that read like an error (a code or error words), not greetings or headers.
			if (!ERROR_WORDS.test(all)) {
				if (!b.head && b.lines.length) quiet.push({recipient: b.recipient, diagnostic: all, at: hits.length});
				continue;
			}
			if (!b.head && b.lines.length) listed = true;
			// RFC 3464 Action values written inline: a delay notice lists recipients still being retried.
			const action = /\baction:[ \t]*(delayed|failed)\b/i.exec(all)?.[1]?.toLowerCase();
			hits.push({recipient: b.recipient, diagnostic: all, action});
		}
		// A notice that introduces its blocks as the list of failed addresses ("Unable to deliver message to
		// the following address(es).", Sisimai lib/Sisimai/Lhost/X2.pm (v5.1.0p3)): each block is one.
		listed ||= quiet.length > 0 && LIST_INTRO.test(body);
		// In the order the notice lists them.
		if (listed) for (const q of quiet.reverse()) hits.splice(q.at, 0, {recipient: q.recipient, diagnostic: q.diagnostic});
		if (hits.length) return hits;
		// "User mailbox exceeds allowed size: rcpt@example" — the error, a colon, then the address.
		for (const line of body.split('\n')) {
			// The line ends in an address: one without '@' is not searched.
			const m = line.includes('@') ? /^[ \t]*([^\n:]{5,200}):[ \t]*<?([^\s<>"]{1,256}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,63})>?[ \t]*$/.exec(line) : null;
			const words = (m?.[1] ?? '').trim();
			if (m && /\b(?:unknown|exceed\w{0,2}|full|invalid|fail\w{0,3}|error|denied|reject\w{0,2}|unable|refused|quota|disabled|no such|not (?:found|exist))\b/i.test(words) && !/^(?:rcpt to|mail from|recipient|to|from)$/i.test(words)) {
				hits.push({recipient: (m[2] ?? '').toLowerCase(), diagnostic: fold(m[1] ?? '')});
			}
		}
		if (hits.length) return hits;
		// Notices that name the recipient in a labelled line: "Could not be delivered to: <a@b>",
		// "RCPT TO: a@b", "Recipient: a@b"; the error lines are the rest of the notice.
		const named = mayMatch(NAMED, body) ? NAMED.exec(body) : null;
		if (named?.[1]) hits.push({recipient: named[1].toLowerCase(), diagnostic: errorText(body)});
		return hits;
	},
};
