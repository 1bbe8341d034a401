// A sending server's own account of a failure, inside a whole bounce: the Postfix report it writes when
// no remote reply came (no answer, a DNS failure, a TLS policy not met) — the words in the text part
// after the recipient, and in the delivery-status part as `Diagnostic-Code: X-Postfix; …` beside the
// sending server's own Status, with no SMTP reply code. Read the way the popup and the CLI read a bounce.
import {decodeBounce} from '../../../src/core/decode';
import {explainText} from '../../../src/core/explain-text';
import {reportVerdict} from '../../../src/core/verdict';

/** A Postfix non-delivery (or delay) report for bob@example.net whose own diagnostic is `words`. */
export function sendingSideBounce(words: string, status: string, opts: {quoted?: string} = {}): string {
	const action = status.startsWith('4') ? 'delayed' : 'failed';
	return [
		'From: MAILER-DAEMON@mail.example.org (Mail Delivery System)',
		'To: alice@example.org',
		`Subject: ${action === 'delayed' ? 'Delayed Mail (still being retried)' : 'Undelivered Mail Returned to Sender'}`,
		'MIME-Version: 1.0',
		'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
		'',
		'--B1',
		'Content-Type: text/plain; charset=us-ascii',
		'',
		'This is the mail system at host mail.example.org.',
		'',
		`<bob@example.net>: ${words}`,
		'',
		'--B1',
		'Content-Type: message/delivery-status',
		'',
		'Reporting-MTA: dns; mail.example.org',
		'',
		'Final-Recipient: rfc822; bob@example.net',
		`Action: ${action}`,
		`Status: ${status}`,
		`Diagnostic-Code: X-Postfix; ${words}`,
		'',
		'--B1',
		'Content-Type: message/rfc822',
		'',
		'From: alice@example.org',
		'To: bob@example.net',
		'Subject: Hello',
		'',
		opts.quoted ?? 'See you tomorrow.',
		'',
		'--B1--',
		'',
	].join('\n');
}

/** What a whole bounce tells: each card's code, provider and title, and the recipient's reason and verdict. */
export async function readBounce(raw: string) {
	const report = await decodeBounce(raw);
	const cards = explainText(raw, report).map(({explanation: e}) => ({code: e.code, provider: e.provider?.id, title: e.title, reason: e.reason, retry: e.retry}));
	const verdict = reportVerdict(report).recipients[0];
	return {cards, reason: report.recipients[0]?.reason, verdict};
}
