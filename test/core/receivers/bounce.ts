// A reply line inside a whole bounce: the Postfix report a sending server writes when the remote host
// refuses, with its delivery-status part, read the way the popup and the CLI read a bounce.
import {describe, expect, it} from 'vitest';
import {explainText} from '../../../src/core/explain-text';
import {decodeText} from '../../../src/core/decode/text-report';
import type {Receiver} from '../../../src/core/types';
import {detectProviders} from '../../../src/core/receivers';
import {resolve, type Row as HelperRow} from './helpers';

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

/** The card the reading of a whole bounce gives its reply, and the decoder's result for its recipient. */
export function readInBounce(reply: string, host: string, recipient: string) {
	const text = postfixBounce(reply, host, recipient);
	const report = decodeText(text);
	const code = /^[245]\d\d/.exec(reply)?.[0] ?? '';
	const found = explainText(text, report).find(r => r.finding.text.includes(reply.slice(code.length + 1, code.length + 30)));
	const e = found?.explanation;
	return {card: e && {provider: e.provider?.id, title: e.title, reason: e.reason}, recipient: report.recipients[0]};
}

/** A reply line as the provider writes it, the reason its rule gives, and its title. */
export type Row = [line: string, reason: string, title: RegExp];

/** A receiver's table: reply lines as the provider writes them, the reason its rule gives, and its title. */
export interface Table {
	receiver: Receiver;
	/** The provider's MX host, as a Postfix report names it. */
	host: string;
	recipient: string;
	rows: Row[];
	/** Lines like the provider's that must not find its rules (other servers' words, near misses). */
	lookalikes: string[];
}

/** Each row's reply alone and inside a whole bounce; every rule has a row; look-alikes find none of its rules. */
export function testTable(t: Table): void {
	const id = t.receiver.id;
	// A line that names the provider finds it by itself; one that does not, once its provider is known
	// (from the bounce's host, as in the popup and the CLI).
	const alone = (line: string) => (detectProviders(line).some(r => r.id === id) ? resolve(line) : resolve(line, {provider: id}));
	describe(`${t.receiver.name} receiver`, () => {
		it.each(t.rows)('%s alone', (line, reason, title) => {
			const found = alone(line);
			expect(found?.provider).toBe(id);
			expect(found?.reason).toBe(reason);
			expect(found?.title).toMatch(title);
		});

		it.each(t.rows)(`%s inside a bounce from ${t.host}`, (line, reason, title) => {
			const read = readInBounce(line, t.host, t.recipient);
			// The decoder takes the rule's reason only from a provider whose reading of its own replies
			// decides (Receiver.decides); server software's rules explain, the classifier decides.
			if (t.receiver.decides) {
				expect(read.recipient?.provider).toBe(id);
				expect(read.recipient?.reason).toBe(reason);
			}
			expect(read.card?.provider).toBe(id);
			expect(read.card?.title).toMatch(title);
		});

		it('gives every rule a tested row', () => {
			for (const rule of t.receiver.rules) expect(t.rows.some(([line]) => alone(line)?.rule === rule), rule.title).toBe(true);
		});

		it.each(t.lookalikes)('does not read %s as its own', line => {
			expect(resolve(line)?.provider).not.toBe(id);
		});
	});
}

/**
 * Rows of part of a provider's table (the rest is tested elsewhere): each line alone resolves to its
 * provider, reason and title (with `known`, once the provider is known, for words that name none), and
 * inside a whole bounce from `host` its card is that rule's.
 */
export function testRows(rows: HelperRow[], host: string, recipient: string, known?: HelperRow[1]): void {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line, known ? {provider: known} : {});
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
	});

	it.each(rows)(`%s inside a bounce from ${host}`, (line, provider, _reason, title) => {
		const read = readInBounce(line, host, recipient);
		expect(read.card?.provider).toBe(provider);
		expect(read.card?.title).toMatch(title);
	});
}
