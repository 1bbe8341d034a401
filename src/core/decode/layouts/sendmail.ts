// Sendmail DSN text: "----- The following addresses had permanent fatal errors -----", the
// addresses with "(reason: 550 …)", then "----- Transcript of session follows -----" with the
// SMTP exchange (">>> RCPT To:<x>", "<<< 550 5.1.1 … User unknown").
import type {Layout, LayoutHit} from './types';
import {cutOriginal, section} from './helpers';
import {captures, cleanAddress, findAddresses, fold} from '../text';

function commandOf(line: string): string {
	const c = (/^([A-Za-z]{4,8})/.exec(line)?.[1] ?? '').toUpperCase();
	if (c === 'EHLO' || c === 'HELO') return 'EHLO';
	if (c === 'RCPT' || c === 'MAIL' || c === 'DATA' || c === 'STARTTLS' || c === 'AUTH') return c;
	return line.trim() === '.' ? 'DATA' : '';
}

function transcriptCommand(text: string): string {
	let cmd = '';
	for (const m of text.matchAll(/^>>> ([A-Za-z]{4,8})/gm)) cmd = (m[1] ?? '').toUpperCase();
	if (cmd === 'EHLO' || cmd === 'HELO') return 'EHLO';
	if (cmd === 'RCPT' || cmd === 'MAIL' || cmd === 'DATA' || cmd === 'STARTTLS' || cmd === 'AUTH') return cmd;
	if (/^>>> \.$/m.test(text)) return 'DATA';
	// A reply straight after "... while talking to <host>:" answered no command: the server's
	// greeting refused the connection (RFC 5321 §3.1, a 554 opening instead of 220; sendmail's
	// transcript writes each command it sends as ">>> ").
	if (!cmd && /^\.{3} while talking to [^\n]{1,300}:\n<<< [45]\d\d\b/m.test(text)) return 'CONN';
	return '';
}

// A reply line of the transcript ("<<< 550 …", or sendmail's own "550 5.1.1 <rcpt>... User unknown").
const TRANSCRIPT_REPLY = /^(?:<<< |[ \t]*)([45]\d\d[ -][^\n]{0,500})$/gm;

export const sendmail: Layout = {
	id: 'sendmail',
	detect: /(?<!-)-{3,} ?(?:The following addresses? had (?:permanent fatal|transient non-fatal) errors|Transcript of session follows) ?-{3,}/i,
	parse(text) {
		const body = cutOriginal(text);
		const list = section(body, /had (?:permanent fatal|transient non-fatal) errors ?-*\n/i, /^[ \t]*-{3,}/m);
		const transcript = section(body, /Transcript of session follows ?-*\n/i, /^[ \t]*-{3,} ?(?:Original|The original|Message)/im);
		const delayed = /transient non-fatal errors/i.test(body) && !/permanent fatal errors/i.test(body);
		// Transcript error lines: "<<< 550 …" replies and the "… User unknown" lines sendmail writes
		// (read when a recipient's diagnostic needs them).
		let replies: string[] | undefined;
		// One reply per recipient: consecutive "<<< " lines form one (multi-line) reply; the last
		// ">>> " command before it is the command it answered.
		const perRcpt = new Map<string, {reply: string; command: string}>();
		const groups: {reply: string; command: string}[] = [];
		let lastCommand = '';
		let reply: string[] = [];
		// Plain lines before a reply are the local agent's own words ("mail.local: unknown user: bob").
		let plain: string[] = [];
		// A remote reply that names no recipient ("<<< 550 Insecure Mail Relay" after MAIL) is what
		// sendmail's own next line about a recipient ("554 <rcpt>... Remote protocol error") reports.
		let pending = '';
		let remote = false;
		const record = (joined: string, addr: string | undefined): void => {
			// Old sendmail wraps the remote reply in its own: "554 <rcpt>... 550 Host unknown".
			const inner = [...plain.slice(-2), joined.replace(/^[45]\d\d <[^>\s]{1,320}>\.{3}\s*(?=[45]\d\d )/, '')].join(' ');
			plain = [];
			const seen = addr ? perRcpt.get(addr) : undefined;
			if (addr && !seen) perRcpt.set(addr, {reply: inner, command: commandOf(lastCommand)});
			// Sendmail repeats the remote reply in its own words with an enhanced code
			// ("550 5.1.1 <rcpt>... User unknown"): keep that code with the remote's words.
			else if (seen && /\d\.\d{1,3}\.\d{1,3}/.test(inner) && !/\d\.\d{1,3}\.\d{1,3}/.test(seen.reply)) seen.reply = `${seen.reply} ${inner}`;
			groups.push({reply: inner, command: commandOf(lastCommand)});
		};
		const flushPending = (): void => {
			if (pending) record(pending, undefined);
			pending = '';
		};
		const flushReply = (): void => {
			if (!reply.length) return;
			const joined = reply.join(' ');
			reply = [];
			// The address of the command answered counts only for RCPT (MAIL names the sender).
			const addr = findAddresses(joined)[0] ?? (/^RCPT\b/i.test(lastCommand) ? findAddresses(lastCommand)[0] : undefined);
			if (!addr && remote) {
				flushPending();
				pending = joined;
				return;
			}
			if (addr && !remote && pending && /^[45]\d\d <[^>\s]{1,320}>\.{3}/.test(joined)) {
				// V5 sendmail: "554 <rcpt>... Remote protocol error" reports the remote reply just before it.
				record(`${pending} ${joined}`, addr);
				pending = '';
				return;
			}
			flushPending();
			record(joined, addr);
		};
		for (const line of transcript.split('\n')) {
			const t = line.trim();
			if (t.startsWith('>>> ')) {
				flushReply();
				flushPending();
				lastCommand = t.slice(4);
				plain = [];
				continue;
			}
			// A reply starts with "<<< " or its code: other lines are not searched.
			const c = t.charCodeAt(0);
			const m = c === 0x3c || c === 0x34 || c === 0x35 ? /^(?:<<< )?([45]\d\d[ -][^\n]{0,500})$/.exec(t) : null;
			if (m) {
				if (!reply.length) remote = t.startsWith('<<< ');
				reply.push(m[1] ?? '');
				if (/^[45]\d\d /.test(m[1] ?? '')) flushReply();
			} else {
				flushReply();
				if (t && !t.startsWith('<<<') && !(c === 0x2e && /^\.\.\. while talking/i.test(t))) plain.push(t);
			}
		}
		flushReply();
		flushPending();
		const hits: LayoutHit[] = [];
		let cur: LayoutHit | null = null;
		for (const line of list.split('\n')) {
			// "<rcpt>", "rcpt", or ActiveHunter's ">>> rcpt <rcpt>".
			const addr = /^[ \t]*(?:>>>[ \t]+)?<?([^\s<>()]{1,256}@[^\s<>()]{1,255})>?/.exec(line);
			if (addr && !/^\s*\(/.test(line)) {
				cur = {recipient: cleanAddress(addr[1] ?? ''), diagnostic: '', action: delayed ? 'delayed' : undefined};
				hits.push(cur);
				const rest = line.slice(addr[0].length).trim();
				if (rest && !/^<[^<>\s]{1,320}>$/.test(rest)) cur.diagnostic = fold(rest.replace(/^\(reason:[ \t]*|\)$/g, ''));
				continue;
			}
			// A pipe or file recipient names the address it was expanded from.
			const expanded = /^[ \t]*\(expanded from:?[ \t]*<?([^\s<>()]{1,256}@[^\s<>()]{1,255})>?\)/.exec(line);
			if (expanded && !cur) {
				cur = {recipient: cleanAddress(expanded[1] ?? ''), diagnostic: '', action: delayed ? 'delayed' : undefined};
				hits.push(cur);
				continue;
			}
			const reason = /^[ \t]*\(reason:[ \t]*(.*)\)?[ \t]*$/.exec(line);
			if (cur && reason) cur.diagnostic = fold((reason[1] ?? '').replace(/\)$/, ''));
			else if (cur && line.trim() && !cur.diagnostic) cur.diagnostic = fold(line.replace(/^\s*\(|\)\s*$/g, ''));
		}
		// Old sendmail (V5) writes no address list, only transcript lines "554 <rcpt>... 550 Host unknown".
		if (!hits.length) for (const [recipient, r] of perRcpt) if (/^5/.test(r.reply)) hits.push({recipient, diagnostic: fold(r.reply)});
		// A local or connection error names its recipient in sendmail's own line, with no reply code:
		// "<rcpt>... Deferred: Name server: example.net.: host name lookup failure", and its warning lines
		// after it ("Warning: message still undelivered after 4 hours") (Sisimai lib/Sisimai/Lhost/Sendmail.pm
		// (v5.1.0p3), its "anotherset").
		if (!hits.length && !groups.length) {
			for (const m of transcript.matchAll(/^<?([^\s<>@]{1,256}@[A-Za-z0-9.-]{1,255})>?\.{3}[ \t]*([^\n]{1,500})$/gm)) {
				const words = fold(m[2] ?? '');
				hits.push({recipient: cleanAddress(m[1] ?? ''), diagnostic: words, action: /^Deferred\b/.test(words) ? 'delayed' : undefined});
			}
			if (hits.length) return hits;
		}
		// A transcript that names no recipient ("421 host (smtp)... Deferred: Connection timed out") still
		// says what happened; the recipient is then the returned message's (assemble fills it in).
		if (!hits.length && groups.length) {
			const words = fold(groups.map((g) => g.reply).join(' '));
			hits.push({recipient: '', diagnostic: words, command: transcriptCommand(transcript), action: /\bDeferred\b/.test(words) && !/^5/.test(words) ? 'delayed' : undefined});
			return hits;
		}
		const command = transcriptCommand(transcript);
		for (const h of hits) {
			// "(reason: …)" quotes the first line of a reply; the transcript has all of it.
			const head = h.diagnostic.slice(0, 40);
			const own = perRcpt.get(h.recipient) ?? (head ? groups.find((g) => g.reply.startsWith(head)) : undefined);
			// A "(reason: 551 …)" that the transcript's reply does not begin with is the remote server's
			// reply (what the DSN's Diagnostic-Code holds); sendmail's own line after it ("550 5.1.1
			// <rcpt>... User unknown") is its local summary, not the cause.
			const reasonReply = /^[45]\d\d\b/.test(h.diagnostic) && own !== undefined && !fold(own.reply).startsWith(head);
			if (own && !reasonReply && (!h.diagnostic || !/\d\d\d/.test(h.diagnostic) || own.reply.length > h.diagnostic.length)) h.diagnostic = fold(own.reply);
			if (!h.diagnostic) replies ??= captures(TRANSCRIPT_REPLY, transcript);
			if (!h.diagnostic && replies?.length) h.diagnostic = fold(replies.join(' '));
			// Local or connection errors have no SMTP reply: "<rcpt>... Deferred: Connection refused by …".
			if (!h.diagnostic) h.diagnostic = fold(transcript.split('\n').filter((l) => l.trim() && !/^\s*(?:>>>|\.\.\. while talking)/.test(l)).slice(0, 8).join(' '));
			h.command = own?.command || command;
			const host = /while talking to ([A-Za-z0-9.-]{1,255})/i.exec(transcript);
			if (host) h.remoteMta = (host[1] ?? '').replace(/\.$/, '').toLowerCase();
		}
		return hits;
	},
};
