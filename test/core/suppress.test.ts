import {describe, expect, it} from 'vitest';
import {addressesToSuppress, complainant, decodeBounce, normalisedAddress} from '../../src/core';
import type {RecipientResult} from '../../src/core';
import {dsnEmail} from '../helpers/dsn';

const recipient = (address: string, status: string, action = 'failed', diagnostic = `550 ${status} user unknown`) =>
	[`Final-Recipient: rfc822; ${address}`, `Action: ${action}`, `Status: ${status}`, `Diagnostic-Code: smtp; ${diagnostic}`];

describe('addressesToSuppress', () => {
	it('lists hard bounces that failed for good, each once', async () => {
		const report = await decodeBounce(dsnEmail({recipients: [
			recipient('Gone@Example.COM', '5.1.1'),
			recipient('full@example.com', '5.2.2', 'failed', '552 5.2.2 mailbox full'),
			recipient('later@example.com', '4.4.1', 'delayed', '451 4.4.1 try again later'),
			recipient('Gone@example.com', '5.1.1'),
		]}));
		expect(addressesToSuppress(report)).toEqual(['gone@example.com']);
	});

	it('leaves out what is no valid address', () => {
		const r = {recipient: 'not an address', hardBounce: true, action: 'failed', status: '5.1.1'} as unknown as RecipientResult;
		expect(addressesToSuppress({kind: 'bounce', recipients: [r]})).toEqual([]);
	});

	it('keeps the local part as written (it may be case-sensitive)', () => {
		expect(normalisedAddress('John.Doe@MAIL.Example.org')).toBe('John.Doe@mail.example.org');
	});
});

describe('complainant', () => {
	const feedback = (feedbackType: string | undefined, recipient = 'Angry@Example.NET'): RecipientResult => ({recipient, status: '', replyCode: '', reason: 'feedback', hardBounce: false, action: '', diagnostic: '', command: '', remoteMta: '', ...(feedbackType ? {feedbackType} : {})});

	it('is the recipient of an abuse or fraud report, normalised (no type: abuse, RFC 5965\'s default here)', () => {
		expect(complainant(feedback('abuse'), 'feedback')).toBe('Angry@example.net');
		expect(complainant(feedback('fraud'), 'feedback')).toBe('Angry@example.net');
		expect(complainant(feedback(undefined), 'feedback')).toBe('Angry@example.net');
	});

	it('is no one for other feedback types, other kinds of report, or no valid address', () => {
		for (const type of ['auth-failure', 'not-spam', 'virus', 'other']) expect(complainant(feedback(type), 'feedback'), type).toBeUndefined();
		expect(complainant(feedback('abuse'), 'bounce')).toBeUndefined();
		expect(complainant(feedback('abuse', 'redacted'), 'feedback')).toBeUndefined();
	});

	it('reads the recipient of a real ARF complaint decoded whole', async () => {
		const arf = [
			'From: staff@fbl.example', 'To: fbl@sender.example', 'Subject: FW: offer', 'MIME-Version: 1.0',
			'Content-Type: multipart/report; report-type=feedback-report; boundary="b"', '',
			'--b', 'Content-Type: text/plain', '', 'This is an email abuse report.', '',
			'--b', 'Content-Type: message/feedback-report', '', 'Feedback-Type: abuse', 'User-Agent: FBL/1.0', 'Version: 1', 'Original-Rcpt-To: <reader@example.org>', '',
			'--b', 'Content-Type: message/rfc822', '', 'From: news@sender.example', 'To: reader@example.org', 'Subject: offer', '', 'Buy now.', '',
			'--b--', '',
		].join('\r\n');
		const report = await decodeBounce(arf);
		expect(report.kind).toBe('feedback');
		expect(report.recipients.map(r => complainant(r, report.kind))).toEqual(['reader@example.org']);
		expect(addressesToSuppress(report)).toEqual([]);
	});
});
