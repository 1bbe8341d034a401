// The table test every situation file shares: each row's words alone find their rule, and inside a
// whole bounce (a sending server's own report, or a remote reply quoted in a Postfix report) the
// card of its code is that rule's and the recipient's reason is the rule's; every rule has a row and
// decides for its own rows (no earlier rule takes them); look-alikes find no situation.
import {expect, it} from 'vitest';
import {findProviderRule} from '../../../src/core/receivers';
import type {Receiver} from '../../../src/core/types';
import {readInBounce} from './bounce';
import {readBounce, sendingSideBounce} from './sending-side';

/**
 * A server's words, the status its report gives them (empty for a remote reply with its own codes, quoted
 * in a Postfix report; `alone` for words a bounce never shows without a reply that has a card of its own),
 * and the card's title.
 */
export type SituationRow = [words: string, status: string, title: RegExp];

export function testSituation(receiver: Receiver, rows: SituationRow[], lookAlikes: string[]): void {
	const ruleOf = (words: string) => findProviderRule({text: words});

	it.each(rows)('%s: alone', (words, _status, title) => {
		const found = ruleOf(words);
		expect(found?.receiver.id).toBe(receiver.id);
		expect(found?.rule.title).toMatch(title);
	});

	it.each(rows.filter(([, status]) => status !== 'alone'))('%s: inside a whole bounce', async (words, status, title) => {
		const rule = ruleOf(words)!.rule;
		if (status) {
			const {cards, reason, verdict} = await readBounce(sendingSideBounce(words, status));
			expect(cards, JSON.stringify(cards)).toContainEqual(expect.objectContaining({code: status, provider: receiver.id, title: rule.title}));
			expect(reason).toBe(rule.reason);
			expect(verdict?.reason).toBe(rule.reason);
		} else {
			const {card, recipient} = readInBounce(words, 'mx.example.net', 'bob@example.net');
			expect(card?.provider, JSON.stringify(card)).toBe(receiver.id);
			expect(card?.title).toMatch(title);
			expect(recipient?.reason).toBe(rule.reason);
		}
	});

	it('gives every rule a row, and each rule decides for its own rows', () => {
		for (const rule of receiver.rules) {
			const own = rows.filter(([words]) => rule.phrase?.test(words));
			expect(own.length, rule.title).toBeGreaterThan(0);
			for (const [words] of own) expect(ruleOf(words)?.rule.title, words).toBe(rule.title);
		}
	});

	it.each(lookAlikes)('finds none of its situations in: %s', words => {
		expect(ruleOf(words)?.receiver.id).not.toBe(receiver.id);
	});
}
