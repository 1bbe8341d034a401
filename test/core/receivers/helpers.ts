// Shared helpers for the receiver tests.

import {expect, it} from 'vitest';
import {decodeBounce} from '../../../src/core/decode';
import {explainText} from '../../../src/core/explain-text';
import {findProviderRule, type ProviderContext} from '../../../src/core/receivers';
import type {ProviderId, Reason} from '../../../src/core/types';

/** A row of a provider table test: a realistic diagnostic line and what it must resolve to. */
export type Row = [line: string, provider: ProviderId, reason: Reason, title: RegExp];

export function resolve(line: string, ctx: Omit<ProviderContext, 'text'> = {}) {
	const found = findProviderRule({...ctx, text: line});
	return found && {provider: found.receiver.id, reason: found.rule.reason, title: found.rule.title, rule: found.rule};
}

/**
 * A small Postfix bounce (multipart/report) whose remote server answered `reply`: the text part says
 * `host HOST said: REPLY`, the delivery-status part carries it as Diagnostic-Code.
 */
export function postfixBounce(reply: string, opts: {to?: string; host?: string; command?: string} = {}): string {
	const to = opts.to ?? 'bob@example.net';
	const host = opts.host ?? 'mx.example.net';
	const command = opts.command ?? 'RCPT TO';
	return [
		'From: MAILER-DAEMON@mail.example.org (Mail Delivery System)',
		'To: alice@example.org',
		'Subject: Undelivered Mail Returned to Sender',
		'MIME-Version: 1.0',
		'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
		'',
		'--B1',
		'Content-Type: text/plain; charset=us-ascii',
		'',
		'This is the mail system at host mail.example.org.',
		'',
		"I'm sorry to have to inform you that your message could not",
		'be delivered to one or more recipients.',
		'',
		`<${to}>: host ${host}[192.0.2.25] said: ${reply} (in reply to ${command} command)`,
		'',
		'--B1',
		'Content-Type: message/delivery-status',
		'',
		'Reporting-MTA: dns; mail.example.org',
		'',
		`Final-Recipient: rfc822; ${to}`,
		`Action: ${/^4/.test(reply) ? 'delayed' : 'failed'}`,
		`Status: ${/\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(reply)?.[1] ?? (/^4/.test(reply) ? '4.0.0' : '5.0.0')}`,
		`Remote-MTA: dns; ${host}`,
		`Diagnostic-Code: smtp; ${reply}`,
		'',
		'--B1--',
		'',
	].join('\n');
}

/** The provider and title of each reply's card when the whole bounce is decoded and explained. */
export async function cardsInBounce(raw: string): Promise<Array<{provider?: ProviderId; title: string}>> {
	const report = await decodeBounce(raw);
	return explainText(raw, report).map(({explanation}) => ({provider: explanation.provider?.id, title: explanation.title}));
}

/**
 * Tests each row twice: the line alone resolves to its provider, reason and title, and the card of the
 * same reply inside a whole Postfix bounce (bounceOpts: its recipient, host and command) is that rule's.
 */
export function testRows(rows: Row[], bounceOpts: Parameters<typeof postfixBounce>[1]): void {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
	});

	it.each(rows)('finds its rule inside a whole bounce: %s', async (line, provider, _reason, title) => {
		const cards = await cardsInBounce(postfixBounce(line, bounceOpts));
		expect(cards.some(card => card.provider === provider && title.test(card.title)), JSON.stringify(cards)).toBe(true);
	});
}
