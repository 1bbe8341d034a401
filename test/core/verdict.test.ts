import {describe, expect, test} from 'vitest';
import {decodeBounce} from '../../src/core/decode';
import {pseudoStatus} from '../../src/core/reasons';
import {REASONS, type BounceKind, type RecipientResult} from '../../src/core/types';
import {outcomeOf, reportVerdict, serverCodes, verdict} from '../../src/core/verdict';
import {REASON_WORDS} from '../../src/core/verdict-words';

const result = (over: Partial<RecipientResult>): RecipientResult => ({
	recipient: 'bob@rcpt.example',
	status: '5.1.1',
	replyCode: '550',
	reason: 'userunknown',
	hardBounce: true,
	action: 'failed',
	diagnostic: '550 5.1.1 User unknown',
	command: 'RCPT',
	remoteMta: 'mx.rcpt.example',
	...over,
});

const of = (r: RecipientResult, kind: BounceKind = 'bounce') => verdict(r, {kind});

describe('outcome: from the report’s structure, not the code class', () => {
	test('Action: failed is final even with a 4.x.x status (the queue lifetime ran out)', () => {
		const v = of(result({status: '4.4.1', replyCode: '', reason: 'expired', hardBounce: false}));
		expect(v).toMatchObject({outcome: 'failed', tone: 'permanent', label: 'Not delivered'});
		expect(v.headline).toBe('Not delivered to bob@rcpt.example: the sending server gave up after retrying for too long (4.4.1).');
		expect(v.headline).not.toMatch(/temporar|retrying by itself/i);
	});

	test('a final 550 4.4.7 is failed; the same code with Action: delayed is a delay', () => {
		expect(of(result({status: '4.4.7', reason: 'expired', hardBounce: false})).outcome).toBe('failed');
		const delayed = of(result({status: '4.4.7', replyCode: '', reason: 'expired', hardBounce: false, action: 'delayed'}), 'delay');
		expect(delayed).toMatchObject({outcome: 'delayed', tone: 'transient', retry: 'will-retry', label: 'Delayed'});
		expect(delayed.headline).toBe('Delivery to bob@rcpt.example is delayed: the message is still waiting to be delivered (4.4.7).');
		expect(delayed.advice).toMatch(/^Temporary — the sending server retries/);
	});

	test('a 5xx status with Action: delayed is still a delay: the action decides', () => {
		expect(of(result({action: 'delayed'})).outcome).toBe('delayed');
	});

	test('without an action the kind decides, then the codes', () => {
		expect(outcomeOf(result({action: '', status: '4.2.2', replyCode: '452'}), 'delay')).toBe('delayed');
		// A non-delivery report is final whatever the class of the code it quotes.
		expect(outcomeOf(result({action: '', status: '4.7.0', replyCode: '421'}), 'bounce')).toBe('failed');
		expect(outcomeOf(result({action: '', status: '2.0.0', replyCode: '250', reason: 'delivered'}), 'delivered')).toBe('delivered');
		expect(outcomeOf(result({action: '', status: '2.1.5', replyCode: ''}), 'bounce')).toBe('delivered');
		expect(outcomeOf(result({action: 'relayed'}), 'bounce')).toBe('delivered');
		expect(outcomeOf(result({reason: 'feedback', action: ''}), 'feedback')).toBe('not-a-bounce');
		expect(outcomeOf(result({reason: 'vacation', action: ''}), 'autoreply')).toBe('not-a-bounce');
		expect(outcomeOf(result({}), 'none')).toBe('not-a-bounce');
	});
});

describe('words a person acts on', () => {
	test('an unknown address: wrong or gone, remove it', () => {
		const v = of(result({}));
		expect(v.headline).toBe('Not delivered to bob@rcpt.example: the address does not exist (550 5.1.1).');
		expect(v.advice).toMatch(/^The address is wrong or gone — .*remove it/);
		expect(v).toMatchObject({whoActs: 'sender', retry: 'do-not-retry'});
	});

	test('a block-list refusal: the address is fine, the block is on the sending side — never "may work later"', () => {
		const v = of(result({status: '5.7.1', replyCode: '554', reason: 'blocked', hardBounce: false, diagnostic: '554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org'}));
		expect(v.advice).toMatch(/^The address is fine; the block is on the sending side — fix it, then resend\./);
		expect(`${v.headline} ${v.advice}`).not.toMatch(/soft bounce|may work later/i);
		expect(v).toMatchObject({whoActs: 'sender-admin', retry: 'retry-after-fix'});
	});

	test('a delay says the sending server retries; a sending-side delay says who fixes it if it lasts', () => {
		const full = of(result({status: '4.2.2', replyCode: '452', reason: 'mailboxfull', hardBounce: false, action: 'delayed'}), 'delay');
		expect(full.advice).toBe('Temporary — the sending server retries by itself; nothing to do yet.');
		expect(full.whoActs).toBe('nobody');
		const throttled = of(result({status: '4.7.0', replyCode: '421', reason: 'blocked', hardBounce: false, action: 'delayed'}), 'delay');
		expect(throttled.advice).toMatch(/^Temporary — .*the block is on the sending side/);
		expect(throttled.whoActs).toBe('sender-admin');
	});

	test('delivered, a complaint and an automatic reply are told as such', () => {
		expect(of(result({status: '2.0.0', replyCode: '250', reason: 'delivered', action: 'delivered'}), 'delivered').headline).toBe('Delivered to bob@rcpt.example (250 2.0.0).');
		const complaint = of(result({status: '', replyCode: '', reason: 'feedback', action: '', feedbackType: 'abuse'}), 'feedback');
		expect(complaint).toMatchObject({outcome: 'not-a-bounce', label: 'Complaint'});
		expect(complaint.headline).toBe('Not a bounce: a complaint (feedback report) about a message you sent (recipient bob@rcpt.example).');
		const away = of(result({recipient: '', status: '', replyCode: '', reason: 'vacation', action: ''}), 'autoreply');
		expect(away.headline).toBe('Not a bounce: an automatic reply, such as an out-of-office message.');
	});

	test('every reason of the vocabulary has its words and advice, with no code in them', () => {
		for (const reason of REASONS) {
			const row = REASON_WORDS[reason];
			expect(row.words, reason).toMatch(/^[a-z][^.]*[^.]$/);
			expect(row.advice, reason).toMatch(/^[A-Z].*\.$/);
			expect(`${row.words} ${row.waiting ?? ''} ${row.advice}`, reason).not.toMatch(/\b\d\.\d{1,3}\.\d{1,3}\b|\b[245]\d\d\b/);
		}
	});

	test('only the reasons where the address itself is bad tell the person to drop it', () => {
		for (const reason of REASONS) {
			const {advice, side} = REASON_WORDS[reason];
			expect(/\b(?:remove|replace) (?:it|the address)\b/.test(advice), reason).toBe(side === 'address');
		}
	});
});

describe('no internal code in a sentence', () => {
	test('a pseudo status stays out of the headline', () => {
		for (const reason of REASONS) {
			const status = pseudoStatus(reason, false);
			if (!status) continue;
			const v = of(result({status, replyCode: '', reason}));
			expect(v.codes, reason).toBe('');
			expect(v.headline, reason).not.toContain(status);
		}
	});

	test('the server’s own codes are shown, and only well-formed ones', () => {
		expect(serverCodes(result({}))).toBe('550 5.1.1');
		expect(serverCodes(result({replyCode: '', status: '5.0.911'}))).toBe('');
		expect(serverCodes(result({replyCode: '550', status: '4.0.947'}))).toBe('550');
		expect(serverCodes(result({replyCode: '55', status: 'x.1.1'}))).toBe('');
	});
});

describe('the recipient in the headline', () => {
	test('a value that is no address is "the recipient"', () => {
		const v = of(result({recipient: 'your account is suspended - restore it at https://evil.example/'}));
		expect(v.recipient).toBe('');
		expect(v.headline).toBe('Not delivered to the recipient: the address does not exist (550 5.1.1).');
		expect(of(result({recipient: ''})).headline).toMatch(/^Not delivered to the recipient:/);
	});

	test('bidi controls are stripped from an address', () => {
		expect(of(result({recipient: 'bob@\u202ercpt.example'})).headline).toMatch(/^Not delivered to bob@rcpt\.example:/);
	});
});

describe('reportVerdict: the whole report from the same pieces', () => {
	test('one recipient: the summary is its headline', () => {
		const r = result({});
		expect(reportVerdict({kind: 'bounce', recipients: [r]}).summary).toBe(of(r).headline);
	});

	test('several recipients: led by the first failure, counting those with the same outcome', () => {
		const a = result({recipient: 'a@rcpt.example'});
		const b = result({recipient: 'b@rcpt.example'});
		const late = result({recipient: 'c@rcpt.example', status: '4.2.2', replyCode: '452', reason: 'mailboxfull', action: 'delayed'});
		const same = reportVerdict({kind: 'bounce', recipients: [late, a, b]});
		expect(same).toMatchObject({outcome: 'failed', label: 'Not delivered'});
		expect(same.summary).toBe('Not delivered to a@rcpt.example and 1 more: the address does not exist (550 5.1.1).');
		expect(same.recipients.map(v => v.outcome)).toEqual(['delayed', 'failed', 'failed']);
		const mixed = reportVerdict({kind: 'bounce', recipients: [a, result({recipient: 'd@rcpt.example', status: '5.2.2', replyCode: '552', reason: 'mailboxfull'})]});
		expect(mixed.summary).toBe('Not delivered to a@rcpt.example and 1 more: the address does not exist (550 5.1.1), among other reasons.');
	});

	test('nothing found is not a bounce', () => {
		expect(reportVerdict({kind: 'none', recipients: []})).toMatchObject({outcome: 'not-a-bounce', summary: 'Not a bounce: no failed recipient was found.', advice: ''});
	});

	test('BounceReport.summary is the report verdict’s summary', async () => {
		const raw = [
			'From: MAILER-DAEMON@mx.sender.example (Mail Delivery System)',
			'Subject: Undelivered Mail Returned to Sender',
			'MIME-Version: 1.0',
			'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
			'',
			'--B',
			'Content-Type: message/delivery-status',
			'',
			'Reporting-MTA: dns; mx.sender.example',
			'',
			'Final-Recipient: rfc822; bob@rcpt.example',
			'Action: failed',
			'Status: 4.4.1',
			'Diagnostic-Code: X-Postfix; connect to rcpt.example[192.0.2.1]:25: Connection timed out',
			'--B--',
			'',
		].join('\n');
		const report = await decodeBounce(raw);
		expect(report.summary).toBe(reportVerdict(report).summary);
		expect(report.summary).toMatch(/^Not delivered to bob@rcpt\.example: /);
	});
});
