// Exim bounce messages: "This message was created automatically by mail delivery software."
// then each failed address indented two spaces with its error indented further
// ("SMTP error from remote mail server after RCPT TO:<x>: host mx [ip]: 550 …").
import type {Layout, LayoutHit} from './types';
import {addressBlocks, cutOriginal, hostOf, messageTable, section, tableReason} from './helpers';
import {findAddresses, fold} from '../text';

// Exim indents the address by two spaces; GMX's variant writes it unindented and quoted ("a@b":).
const HEAD = /^(?:[ \t]{1,4}<?|"|<)([^\s<>@"]{1,256}@[A-Za-z0-9.-]{1,255})[>"]?(?:[ \t]*(?:\(generated from [^)]{0,300}\)|<[^>]{0,300}>))?:?[ \t]*(.*)$/;

// Exim's own error texts (src/deliver.c, route.c, routers/dnslookup.c, transports/appendfile.c,
// transports/smtp.c) and what each means, per Sisimai lib/Sisimai/Lhost/Exim.pm (v5.1.0p3). They are
// Exim's words, not a remote server's: they apply when no SMTP command was being answered.
const EXIM_MESSAGES = messageTable([
	['userunknown', ['user not found']],
	['hostunknown', ['all host address lookups failed permanently', 'all relevant MX records point to non-existent hosts', 'Unrouteable address']],
	['mailboxfull', ['mailbox is full', 'error: quota exceed']],
	['notaccept', ['an MX or SRV record indicated no SMTP service', 'no host found for existing SMTP connection']],
	['syntaxerror', ['angle-brackets nested too deep', 'expected word or "<"', 'domain missing in source-routed address', 'malformed address:']],
	['systemerror', ['delivery to file forbidden', 'delivery to pipe forbidden', 'local delivery failed']],
	['contenterror', ['Too many "Received" headers']],
	// 1&1's own text in its Exim-derived notice (Sisimai lib/Sisimai/Lhost/EinsUndEins.pm (v5.1.0p3)).
	['mesgtoobig', ['Mail size limit exceeded']],
]);

// Exim's words for a message it kept retrying until it gave up, or still holds (retry.c, smtp.c,
// deliver.c: "retry timeout exceeded", the delay warning's "Delay reason:", a frozen message), per
// Sisimai lib/Sisimai/Lhost/Exim.pm (v5.1.0p3): the reason is the time that ran out.
const EXIM_DELAYED = /retry timeout exceeded|No action is required on your part|retry time not reached for any host after a long failure period|all hosts have been failing for a long time and were last tried|Delay reason: |has been frozen|was frozen on arrival by /i;

/** The reason Exim's own text gives, where no remote server answered a command. */
const BARE_HEAD = /^<?([^\s<>@"]{1,256}@[A-Za-z0-9.-]{1,255})>?:[ \t]*()$/;

function eximReason(command: string, text: string, delayed: boolean): LayoutHit['reason'] {
	// transports/smtp.c: refused at HELO/EHLO, the client host itself (Sisimai Exim.pm: blocked).
	if (command === 'EHLO') return 'blocked';
	if (command) return undefined;
	return tableReason(EXIM_MESSAGES, text) ?? (delayed || EXIM_DELAYED.test(text) ? 'expired' : undefined);
}

function eximCommand(text: string): string {
	// 1&1's variant: "SMTP error from remote server for TEXT command" — the message text, i.e. DATA
	// (Sisimai lib/Sisimai/Lhost/EinsUndEins.pm (v5.1.0p3)).
	if (/\bfor TEXT command\b/i.test(text)) return 'DATA';
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
	detect: {any: [/This message was created automatically by mail delivery software/i, /could not be delivered to one or more of its\s+recipients/i, /following address(?:\(es\)|es)? failed:/i]},
	parse(text) {
		let body = cutOriginal(text);
		const start = /(?:address(?:\(es\)|es)? failed:|has not yet been delivered to the following addresses?:|could not be delivered to one or more of its\s+recipients[^\n]*)/i.exec(body);
		if (start) body = body.slice(start.index + start[0].length);
		const delayed = /has not yet been delivered|is delayed|Delay reason|will continue/i.test(text) && !/permanent error/i.test(text);
		const hits: LayoutHit[] = [];
		let blocks = addressBlocks(body, HEAD);
		// 1&1 writes the address unindented with a colon, its error on the lines below.
		if (!blocks.length) blocks = addressBlocks(body, BARE_HEAD);
		for (const b of blocks) {
			const all = fold([b.head, ...b.lines].join(' '));
			// "host mx.example [192.0.2.1]: 550 …" — the remote words follow the bracketed address; GMX and
			// 1&1 write "host: mx.example" on a line of its own, or "host: mx (ip) reason: 550 …"
			// (Sisimai lib/Sisimai/Lhost/GMX.pm, EinsUndEins.pm (v5.1.0p3)).
			const m = /\bhost [^\s]{1,255} \[[^\]]{1,64}\]:[ \t]*/i.exec(all) ?? /\bhost:[ \t]+[A-Za-z0-9.-]{1,255}(?:[ \t]+\([^)]{0,64}\))?[ \t]+(?:reason:[ \t]*)?/i.exec(all);
			const diagnostic = m ? all.slice(m.index + m[0].length) : all;
			const labelled = /\bhost:[ \t]+([A-Za-z0-9.-]{1,255})/i.exec(all)?.[1]?.toLowerCase();
			const command = eximCommand(all);
			hits.push({recipient: b.recipient, diagnostic, command, remoteMta: labelled ?? hostOf(all), action: delayed ? 'delayed' : undefined, reason: eximReason(command, all, delayed)});
		}
		// A local delivery to a program or file ("pipe to |/usr/bin/x", "save to /var/x") that failed
		// names the address it was expanded from on the next line ("generated by rcpt@example");
		// the program's own output follows "The following text was generated during the delivery attempt:".
		for (const p of body.matchAll(/^[ \t]{1,4}((?:pipe|save) to [^\n]{1,500})\n[ \t]+generated by <?([^\s<>]{1,256}@[A-Za-z0-9.-]{1,255})>?/gim)) {
			const output = section(body, /The following text was generated during the delivery attempt:?[ \t]*\n/i);
			const rest = fold(body.slice((p.index ?? 0) + p[0].length).split(/\n[ \t]*\n/, 1)[0] ?? '');
			const diagnostic = fold(`${p[1] ?? ''} ${rest} ${output.slice(0, 1000)}`);
			hits.push({recipient: (p[2] ?? '').toLowerCase(), diagnostic, action: delayed ? 'delayed' : undefined, reason: eximReason('', diagnostic, delayed)});
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
