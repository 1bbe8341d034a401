// Postfix bounce(8) notices: "This is the mail system at host X." then one paragraph per
// recipient, `<rcpt>: host mx[ip] said: 550 5.1.1 … (in reply to RCPT TO command)`, continuation
// lines indented (Postfix folds the quoted reply near 76 columns).
import type {Layout, LayoutHit} from './types';
import {addressBlocks, blockText, cutOriginal, hostOf} from './helpers';
import {fold} from '../text';

const HEAD = /^<([^>\s]{1,320})>(?:[ \t]*\(expanded from[^)]{0,400}\))?:[ \t]*(.*)$/;

/** "(in reply to RCPT TO command)" → RCPT; Postfix names the command it sent (smtp(8)). */
export function postfixCommand(text: string): string {
	const m = /\(in reply to ([A-Za-z ]{1,30}?) command\)/i.exec(text);
	if (!m) return '';
	const c = (m[1] ?? '').toUpperCase();
	if (c.includes('DATA')) return 'DATA';
	if (c.startsWith('RCPT')) return 'RCPT';
	if (c.startsWith('MAIL')) return 'MAIL';
	if (c.startsWith('EHLO') || c.startsWith('HELO')) return 'EHLO';
	if (c.startsWith('STARTTLS')) return 'STARTTLS';
	if (c.startsWith('AUTH')) return 'AUTH';
	return c.split(' ')[0] ?? '';
}

export const postfix: Layout = {
	id: 'postfix',
	detect: (text) => /^This is the (?:mail system|Postfix program) at host /m.test(text) || /^[ \t]+The mail system[ \t]*$/m.test(text),
	parse(text) {
		const body = cutOriginal(text);
		const hits: LayoutHit[] = [];
		for (const b of addressBlocks(body, HEAD)) {
			const all = blockText(b);
			const said = /\bsaid:[ \t]*/i.exec(all);
			let diagnostic = said ? all.slice(said.index + said[0].length) : all;
			diagnostic = fold(diagnostic.replace(/\(in reply to [^)]{1,40}\)/i, ''));
			hits.push({recipient: b.recipient, diagnostic, command: postfixCommand(all), remoteMta: hostOf(all)});
		}
		return hits;
	},
};
