import {describe, expect, it} from 'vitest';
import type {ResultOut} from '../../src/cli/run';
import {Summary} from '../../src/cli/summary';
import {painter} from '../../src/cli/wrap';
import type {RecipientResult} from '../../src/core';

const r = (recipient: string, fields: Partial<RecipientResult> = {}): RecipientResult => ({recipient, status: '5.1.1', replyCode: '550', reason: 'userunknown', hardBounce: true, action: 'failed', diagnostic: '', command: '', remoteMta: '', ...fields});
const result = (kind: ResultOut['kind'], recipients: RecipientResult[], error?: string): ResultOut => ({input: 'x', kind, summary: '', recipients, codes: [], ...(error ? {error} : {})});

function sample(): Summary {
	const summary = new Summary();
	summary.add(result('bounce', [r('gone@Example.COM'), r('full@example.com', {reason: 'mailboxfull', hardBounce: false, status: '4.2.2', provider: 'google'})]));
	summary.add(result('bounce', [r('gone@Example.COM'), r('other@b.example', {provider: 'google'})]));
	summary.add(result('delay', [r('later@b.example', {action: 'delayed', status: '4.4.1', reason: 'expired', hardBounce: false})]));
	summary.add(result('bounce', [r('not an address')]));
	summary.add(result('invalid', [], 'looks like binary data'));
	return summary;
}

describe('Summary', () => {
	it('counts by reason, provider and recipient domain, and lists each address to suppress once', () => {
		expect(sample().json()).toEqual({
			inputs: 5,
			errors: 1,
			recipients: 6,
			byKind: {bounce: 3, delay: 1, invalid: 1},
			byReason: {userunknown: 4, expired: 1, mailboxfull: 1},
			byProvider: {google: 2},
			byDomain: {'b.example': 2, 'example.com': 3},
			// Hard, final failures of valid addresses only: not the full mailbox, the delay, nor the invalid address.
			suppress: ['gone@example.com', 'other@b.example'],
			complained: [],
		});
	});

	it('lists the addresses that complained apart, in both forms, and only complaints', () => {
		const summary = sample();
		const feedback = (address: string, feedbackType: string) => result('feedback', [r(address, {reason: 'feedback', hardBounce: false, status: '', replyCode: '', action: '', feedbackType})]);
		summary.add(feedback('Angry@Example.NET', 'abuse'));
		summary.add(feedback('phished@example.net', 'fraud'));
		summary.add(feedback('dmarc@example.net', 'auth-failure'));
		summary.add(feedback('fine@example.net', 'not-spam'));
		expect(summary.json()).toMatchObject({suppress: ['gone@example.com', 'other@b.example'], complained: ['Angry@example.net', 'phished@example.net']});
		const text = summary.text(painter(false)).split('\n');
		expect(text.slice(-3)).toEqual(['Complained: 2 addresses — marked your message as spam or fraud (feedback reports); do not mail them again', 'Angry@example.net', 'phished@example.net']);
		// Without complaints the text says nothing of them.
		expect(sample().text(painter(false))).not.toMatch(/Complained/);
	});

	it('says reasons and providers in words in its text form, and what suppressing means', () => {
		const text = sample().text(painter(false));
		expect(text).toMatch(/the address does not exist/);
		expect(text).toMatch(/the mailbox is full/);
		// Kinds in words too, most first: three bounces, a delay, one not readable.
		expect(text).toMatch(/\nBy kind\n {7}3 {2}bounces: delivery failed\n {7}1 {2}delays: the sending server still retries\n {7}1 {2}not readable\n/);
		expect(text).not.toMatch(/userunknown|mailboxfull/);
		expect(text).toMatch(/Google/);
		expect(text).toMatch(/To suppress: 2 addresses — hard bounces/);
		expect(text.trim().split('\n').slice(-2)).toEqual(['gone@example.com', 'other@b.example']);
		expect(text.split('\n')[0]).toBe('5 inputs, 6 recipients, 1 not readable');
	});

	it('says one input, one recipient and one address in the singular', () => {
		const one = new Summary();
		one.add(result('bounce', [r('gone@example.com')]));
		const text = one.text(painter(false));
		expect(text.split('\n')[0]).toBe('1 input, 1 recipient');
		expect(text).toMatch(/To suppress: 1 address — hard bounces/);
	});
});
