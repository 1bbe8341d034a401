// Postfix bounce(8) notices: "This is the mail system at host X." then one paragraph per
// recipient, `<rcpt>: host mx[ip] said: 550 5.1.1 … (in reply to RCPT TO command)`, continuation
// lines indented (Postfix folds the quoted reply near 76 columns).
import type {Layout, LayoutHit} from './types';
import {addressBlocks, blockText, cutOriginal, hostOf, messageTable, tableReason} from './helpers';
import {fold} from '../text';

const HEAD = /^<([^>\s]{1,320})>(?:[ \t]*\(expanded from[^)]{0,400}\))?:[ \t]*(.*)$/;

/** "(in reply to RCPT TO command)" → RCPT; Postfix names the command it sent (smtp(8)). */
export function postfixCommand(text: string): string {
	// smtp(8) names the command it had sent when the reply came ("in reply to RCPT TO command") or
	// when the connection broke or timed out ("lost connection with H while sending end of data").
	const m = /\(in reply to ([A-Za-z ]{1,30}?) command\)/i.exec(text) ?? /\bwhile sending (RCPT TO|MAIL FROM|end of data|message body|DATA|EHLO|HELO|STARTTLS)\b/i.exec(text);
	if (!m) return '';
	const c = (m[1] ?? '').toUpperCase();
	if (c === 'END OF DATA' || c === 'MESSAGE BODY') return 'DATA';
	if (c.includes('DATA')) return 'DATA';
	if (c.startsWith('RCPT')) return 'RCPT';
	if (c.startsWith('MAIL')) return 'MAIL';
	if (c.startsWith('EHLO') || c.startsWith('HELO')) return 'EHLO';
	if (c.startsWith('STARTTLS')) return 'STARTTLS';
	if (c.startsWith('AUTH')) return 'AUTH';
	return c.split(' ')[0] ?? '';
}

// Postfix's texts for the sysexits(3) codes a local delivery program (local(8) mailbox_command,
// pipe(8)) exits with (src/global/sys_exits.c), standing alone as a recipient's error: the notice of
// a DSN whose Diagnostic-Code is "x-unix; temporary failure". Codes with a reason of their own
// (EX_NOUSER "user unknown", EX_NOHOST, EX_NOPERM) are left to the words.
const SYS_EXITS = /^(?:command line usage error|data format error|cannot open input|service unavailable|internal software error|system resource problem|critical OS file missing|can't create user output file|input\/output error|temporary failure|remote error in protocol|local configuration error)\.?$/i;

// AOL's outbound relays are Postfix ("This is the mail system at host omr-….mx.aol.com."); Sisimai
// lib/Sisimai/Lhost/Aol.pm (v5.1.0p3) reads two of their name-service texts its own way.
const AOL_MESSAGES = messageTable([
	['hostunknown', ['Host or domain name not found']],
	['notaccept', ['type=MX: Malformed or unexpected name server reply']],
]);

export const postfix: Layout = {
	id: 'postfix',
	detect: {any: [/^This is the (?:mail system|Postfix program) at host /m, /^[ \t]+The mail system[ \t]*$/m]},
	parse(text) {
		const body = cutOriginal(text);
		const hits: LayoutHit[] = [];
		const aol = /^This is the mail system at host [A-Za-z0-9.-]{0,200}\.mx\.aol\./m.test(body);
		for (const b of addressBlocks(body, HEAD)) {
			const all = blockText(b);
			const said = /\bsaid:[ \t]*/i.exec(all);
			let diagnostic = said ? all.slice(said.index + said[0].length) : all;
			diagnostic = fold(diagnostic.replace(/\(in reply to [^)]{1,40}\)/i, ''));
			const hit: LayoutHit = {recipient: b.recipient, diagnostic, command: postfixCommand(all), remoteMta: hostOf(all)};
			if (!said && SYS_EXITS.test(diagnostic)) hit.diagnosticType = 'x-unix';
			if (aol) hit.reason = tableReason(AOL_MESSAGES, diagnostic);
			// A remote reply without an enhanced code: Postfix's smtp(8) client reports the default
			// detail of its class (smtp_chat.c, "use a default detail code if none was given"), which is
			// the Status its DSN carries: 4.0.0 or 5.0.0. Not shown as the status (the text has none).
			const reply = said ? /^([45])\d\d(?:[ -]|$)/.exec(diagnostic) : null;
			if (reply && !/(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?![\w.])/.test(diagnostic)) hit.dsnStatus = `${reply[1]}.0.0`;
			hits.push(hit);
		}
		return hits;
	},
};

// Postfix smtpd(8) error notice to the postmaster (notify_classes): "Transcript of session follows."
// then the session as " Out: 220 …" / " In:  MAIL FROM:<…>" lines, long lines continued with more
// indentation. The failing reply is the last 4xx/5xx "Out:" line; the command is the "In:" before it.
export const postfixTranscript: Layout = {
	id: 'postfix-transcript',
	detect: {all: [/^Transcript of session follows\.?[ \t]*$/m, /^[ \t]{0,4}Out:[ \t]+[2-5]\d\d[ -]/m]},
	parse(text) {
		const lines: {dir: string; text: string}[] = [];
		for (const line of cutOriginal(text).split('\n')) {
			const m = /^[ \t]{0,4}(In|Out):[ \t]+(.*)$/.exec(line);
			if (m) lines.push({dir: m[1] ?? '', text: m[2] ?? ''});
			else if (/^[ \t]{5,}\S/.test(line) && lines.length) {
				const last = lines[lines.length - 1];
				if (last) last.text += ` ${line.trim()}`;
			}
		}
		let reply = -1;
		for (let i = lines.length - 1; i >= 0; i--) {
			if (lines[i]?.dir === 'Out' && /^[45]\d\d[ -]/.test(lines[i]?.text ?? '')) {
				reply = i;
				break;
			}
		}
		if (reply < 0) return [];
		const sent = lines.slice(0, reply).filter((l) => l.dir === 'In');
		const command = (/^([A-Za-z]{4,8})/.exec(sent.at(-1)?.text ?? '')?.[1] ?? '').toUpperCase();
		const rcpts = sent.map((l) => /^RCPT[ \t]+TO:[ \t]*<([^>\s]{1,320})>/i.exec(l.text)?.[1]).filter((a): a is string => Boolean(a));
		const diagnostic = fold(lines[reply]?.text ?? '');
		const cmd = command === 'HELO' ? 'EHLO' : command;
		return (rcpts.length ? rcpts : ['']).map((r): LayoutHit => ({recipient: r.toLowerCase(), diagnostic, command: cmd}));
	},
};
