// Exim bounce messages: "This message was created automatically by mail delivery software."
// then each failed address indented two spaces with its error indented further
// ("SMTP error from remote mail server after RCPT TO:<x>: host mx [ip]: 550 …").
import type {Layout, LayoutHit} from './types';
import {addressBlocks, cutOriginal, hostOf} from './helpers';
import {findAddresses, fold} from '../text';

// Exim indents the address by two spaces; GMX's variant writes it unindented and quoted ("a@b":).
const HEAD = /^(?:[ \t]{1,4}<?|"|<)([^\s<>@"]{1,256}@[A-Za-z0-9.-]{1,255})[>"]?(?:[ \t]*(?:\(generated from [^)]{0,300}\)|<[^>]{0,300}>))?:?[ \t]*(.*)$/;

function eximCommand(text: string): string {
	const m = /\bafter ([A-Za-z ]{2,20}?)(?::|\b(?:<|SIZE))/i.exec(text) ?? /\bafter (end of data|RCPT TO|MAIL FROM|DATA|initial connection|EHLO|HELO|STARTTLS|AUTH)/i.exec(text);
	if (!m) return '';
	const c = (m[1] ?? '').toUpperCase();
	if (c.includes('DATA') || c.includes('END OF')) return 'DATA';
	if (c.startsWith('RCPT')) return 'RCPT';
	if (c.startsWith('MAIL')) return 'MAIL';
	if (c.includes('CONNECTION')) return 'CONN';
	if (c.startsWith('EHLO') || c.startsWith('HELO')) return 'EHLO';
	return c.trim();
}

export const exim: Layout = {
	id: 'exim',
	detect: (text) =>
		/This message was created automatically by mail delivery software/i.test(text) ||
		/could not be delivered to one or more of its\s+recipients/i.test(text) ||
		/following address(?:\(es\)|es)? failed:/i.test(text),
	parse(text) {
		let body = cutOriginal(text);
		const start = /(?:address(?:\(es\)|es)? failed:|has not yet been delivered to the following addresses?:|could not be delivered to one or more of its\s+recipients[^\n]*)/i.exec(body);
		if (start) body = body.slice(start.index + start[0].length);
		const delayed = /has not yet been delivered|is delayed|Delay reason|will continue/i.test(text) && !/permanent error/i.test(text);
		const hits: LayoutHit[] = [];
		for (const b of addressBlocks(body, HEAD)) {
			const all = fold([b.head, ...b.lines].join(' '));
			// "host mx.example [192.0.2.1]: 550 …" — the remote words follow the bracketed address.
			const m = /\bhost [^\s]{1,255} \[[^\]]{1,64}\]:[ \t]*/i.exec(all);
			const diagnostic = m ? all.slice(m.index + m[0].length) : all;
			hits.push({recipient: b.recipient, diagnostic, command: eximCommand(all), remoteMta: hostOf(all), action: delayed ? 'delayed' : undefined});
		}
		if (hits.length) return hits;
		// 1&1 / GMX variant: the address unindented, its error after "For the following reason:".
		const reason = /For the following reason:?[ \t]*\n/i.exec(body);
		if (reason) {
			const after = body.slice(reason.index + reason[0].length).replace(/^\s*\n/, '');
			const end = after.search(/\n[ \t]*\n/);
			const diagnostic = fold(end < 0 ? after : after.slice(0, end));
			for (const recipient of findAddresses(body.slice(0, reason.index))) hits.push({recipient, diagnostic, action: delayed ? 'delayed' : undefined});
		}
		return hits;
	},
};
