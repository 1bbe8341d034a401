// The values README.md's library examples ("The npm package") show, from the same calls: when one of
// these fails, the README says something the library no longer does.
import {describe, expect, test} from 'vitest';
import {decodeBounce, explain, explainText, findCodes, isInvalid, verdict} from 'bounce-decoder';
import {dsnEmail} from '../helpers/dsn';

describe('README: the npm package', () => {
	test('decodeBounce and verdict', async () => {
		const eml = Buffer.from(dsnEmail({recipients: [['Final-Recipient: rfc822; bob@example.com', 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown']]}));
		const report = await decodeBounce(eml);
		expect(report.kind).toBe('bounce');
		const r = report.recipients[0]!;
		expect([r.recipient, r.reason, r.hardBounce, r.status, r.replyCode, r.command]).toEqual(['bob@example.com', 'userunknown', true, '5.1.1', '550', 'RCPT']);
		const v = verdict(r, report);
		expect([v.outcome, v.headline]).toEqual(['failed', 'Not delivered to bob@example.com: the address does not exist (550 5.1.1).']);
		expect(v.advice).toMatch(/^The address is wrong or gone — /);
	});

	test('explain', () => {
		const e = explain('5.7.26');
		expect(isInvalid(e) ? e.error : [e.title, e.severity, e.retry, e.whoActs]).toEqual(['Multiple authentication checks failed', 'permanent', 'retry-after-fix', 'sender-admin']);
		const bad = explain('5.9.1');
		expect(isInvalid(bad) && bad.error).toMatch(/^“5\.9\.1” is not an enhanced status code: /);
	});

	test('explainText', () => {
		const out = explainText('421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume')
			.map(({finding, explanation}) => [finding.text.slice(0, 17), explanation.provider?.name, explanation.title]);
		expect(out).toEqual([['421 4.7.0 [TSS04]', 'Yahoo / AOL', 'Yahoo deferral: volume or complaints (TSS04)']]);
	});

	test('findCodes', () => {
		expect(findCodes('host mx.example.com said: 550 5.7.1 Service unavailable; blocked using zen.spamhaus.org')).toEqual([{
			reply: {kind: 'reply', code: '550', start: 26, end: 29},
			enhanced: {kind: 'enhanced', code: '5.7.1', start: 30, end: 35},
			tags: [],
			text: '550 5.7.1 Service unavailable; blocked using zen.spamhaus.org',
			start: 26,
			end: 87,
		}]);
	});
});
