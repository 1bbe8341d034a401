// A reply line inside a whole bounce: the Postfix report a sending server writes when the remote host
// refuses, with its delivery-status part, read the way the popup and the CLI read a bounce.
import {explainText} from '../../../src/core/explain-text';
import {decodeText} from '../../../src/core/decode/text-report';

/** A Postfix non-delivery report for one recipient refused by `host` with `reply`. */
export function postfixBounce(reply: string, host: string, recipient: string): string {
	const status = /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(reply)?.[1] ?? (reply.startsWith('4') ? '4.0.0' : '5.0.0');
	return [
		'This is the mail system at host mail.example.org.',
		'',
		"I'm sorry to have to inform you that your message could not",
		'be delivered to one or more recipients. It\'s attached below.',
		'',
		'                   The mail system',
		'',
		`<${recipient}>: host ${host}[192.0.2.25] said: ${reply} (in reply to RCPT TO command)`,
		'',
		'Reporting-MTA: dns; mail.example.org',
		'X-Postfix-Queue-ID: 4F2A81C0123',
		'Arrival-Date: Sun, 6 Dec 2026 06:20:11 +0000 (UTC)',
		'',
		`Final-Recipient: rfc822; ${recipient}`,
		`Action: ${reply.startsWith('4') ? 'delayed' : 'failed'}`,
		`Status: ${status}`,
		`Remote-MTA: dns; ${host}`,
		`Diagnostic-Code: smtp; ${reply}`,
		'',
	].join('\n');
}

/** The provider, title and reason the reading of a whole bounce gives its reply. */
export function readInBounce(reply: string, host: string, recipient: string) {
	const text = postfixBounce(reply, host, recipient);
	const report = decodeText(text);
	const code = /^[245]\d\d/.exec(reply)?.[0] ?? '';
	const found = explainText(text, report).find(r => r.finding.text.includes(reply.slice(code.length + 1, code.length + 30)));
	const e = found?.explanation;
	return e && {provider: e.provider?.id, title: e.title, reason: e.reason, recipientProvider: report.recipients[0]?.provider};
}

/** A receiver's table test: each row's reply alone, then inside a whole bounce from `host`. */
export interface Table {
	provider: string;
	host: string;
	recipient: string;
	/** A reply line as the provider writes it, the reason its rule gives, and its title. */
	rows: Array<[line: string, reason: string, title: RegExp]>;
}
