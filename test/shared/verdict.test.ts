// The verdict banner's words, from a BounceReport.
import {expect, test} from 'vitest';
import type {BounceReport, RecipientResult} from '../../src/core/types';
import {verdictLines} from '../../src/shared/verdict';

const recipient = (fields: Partial<RecipientResult>): RecipientResult => ({
	recipient: 'a@b.example', status: '5.1.1', replyCode: '550', reason: 'userunknown', hardBounce: true, action: 'failed',
	diagnostic: '', command: 'RCPT', remoteMta: '', ...fields,
});

const report = (kind: BounceReport['kind'], recipients: RecipientResult[]): BounceReport => ({kind, recipients, summary: ''});

test('one line per failed recipient, in the documented form', () => {
	expect(verdictLines(report('bounce', [recipient({})]))).toEqual([{
		tone: 'permanent',
		text: 'Permanent failure for a@b.example — the address does not exist (550 5.1.1). Remove it from your list.',
	}]);
});

test('a full mailbox failed for good this time; a delay is retried', () => {
	const [full] = verdictLines(report('bounce', [recipient({status: '5.2.2', replyCode: '552', reason: 'mailboxfull', hardBounce: false})]));
	expect(full).toEqual({tone: 'permanent', text: 'Permanent failure for a@b.example — the mailbox is full (552 5.2.2). Try again later, or reach the person another way.'});
	const [delayed] = verdictLines(report('delay', [recipient({status: '4.4.7', replyCode: '', reason: 'expired', hardBounce: false, action: 'delayed'})]));
	expect(delayed).toEqual({tone: 'transient', text: 'Delivery delayed for a@b.example — the sending server gave up after retrying (4.4.7). The sending server keeps retrying.'});
});

test('codes and recipient are optional; not-bounces give no lines', () => {
	const [line] = verdictLines(report('bounce', [recipient({recipient: '', status: '', replyCode: '', reason: 'undefined', hardBounce: false})]));
	expect(line!.text).toBe('Failure — the reason could not be determined. Check the address and the reason before resending.');
	expect(verdictLines(report('none', []))).toEqual([]);
	expect(verdictLines(report('delivered', [recipient({reason: 'delivered'})]))).toEqual([]);
});
