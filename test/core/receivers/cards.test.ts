// Whole-table: a provider's card (and a block list's, a situation's, server software's) is held to the
// bar a standard card meets (src/core/data/enhanced-codes.json: every entry has a meaning of two or more
// sentences, two or more causes and two or more steps). The bar, per rule:
//   - meaning: two sentences or more, 150 characters or more, and at least eight words the title does
//     not already say: what happened in plain words, not the title restated;
//   - causes: at least one;
//   - fix: at least two steps when the sender, its admin or the recipient's admin has to act (one is
//     enough when only the recipient, or nobody, acts), each a sentence of its own;
//   - where the provider or list documents a place to act (a delisting portal, a lookup, a form), every
//     rule of a reason that place serves names it in its steps (PLACES below, each from the provider's
//     own pages);
//   - whoActs, retry and a source URL set (the invariants test checks their form).
// The receivers in COMPLETE meet it in every rule; FLOOR is how many rules of the whole table meet it.
// Both are raised as rules are filled in, never lowered.
import {describe, expect, it} from 'vitest';
import {receivers} from '../../../src/core/receivers';
import type {ProviderId, ProviderRule} from '../../../src/core/types';
import {PLACES, sentences, shortOf} from './card-bar';

/** Receivers whose every rule meets the bar. */
const COMPLETE: ReadonlySet<ProviderId> = new Set<ProviderId>(['spamhaus', 'barracuda', 'spamcop', 'proofpoint', 'cloudmark', 'messagelabs', 'greylisting', 'connection', 'limits', 'recipient-dns', 'tls', 'postfix', 'exim', 'sendmail', 'netease', 'tencent', 'yandex', 'mailru', 'zoho', 'comcast', 'cox', 'united-internet', 'cisco', 'orange', 'iua', 'spectrum', 'apple', 'godaddy', 'amazon-ses', 'yahoo', 'outlook-com', 'microsoft', 'google', 'mimecast']);
/** Rules of the whole table that meet the bar, at least. */
const FLOOR = 464;

const rules = receivers.flatMap(receiver => receiver.rules.map(rule => ({receiver, rule, gaps: shortOf(receiver, rule)})));
const meeting = rules.filter(r => r.gaps.length === 0).length;
const label = (rule: ProviderRule): string => rule.tag ?? (typeof rule.status === 'object' ? `${rule.status.from}-${rule.status.to}` : rule.status) ?? rule.reply ?? String(rule.phrase);

describe('provider cards are as complete as standard ones', () => {
	it('the bar is one a standard card meets', async () => {
		const {enhancedCodes} = await import('../../../src/core/data');
		for (const entry of enhancedCodes) {
			expect(sentences(entry.meaning), entry.code).toBeGreaterThanOrEqual(2);
			expect(entry.meaning.length, entry.code).toBeGreaterThanOrEqual(150);
			expect(entry.causes.length, entry.code).toBeGreaterThanOrEqual(1);
			expect(entry.fix.length, entry.code).toBeGreaterThanOrEqual(2);
		}
	});

	it('tells a thin rule from a full one', () => {
		const thin: ProviderRule = {phrase: /x/, title: 'Mailbox full', meaning: 'The mailbox is full.', causes: ['Quota.'], fix: ['Wait.'], whoActs: 'sender', retry: 'will-retry', reason: 'mailboxfull', source: 'https://example.com/'};
		const receiver = receivers[0]!;
		expect(shortOf(receiver, thin)).toEqual(expect.arrayContaining(['meaning: one sentence', 'meaning: restates the title', 'fix: fewer than 2 steps', 'fix: a step under 25 characters']));
		expect(sentences('Look it up at check.spamhaus.org, e.g. for 192.0.2.1. Then ask for removal.')).toBe(2);
	});

	it(`${meeting} of ${rules.length} rules meet the bar (at least ${FLOOR})`, () => {
		expect(meeting).toBeGreaterThanOrEqual(FLOOR);
	});

	it.each(rules.filter(r => COMPLETE.has(r.receiver.id)).map(r => [`${r.receiver.id} ${label(r.rule)}`, r.gaps] as const))('%s meets the bar', (_name, gaps) => {
		expect(gaps).toEqual([]);
	});

	it.each([...Object.entries(PLACES)])('%s: the place named in the steps is one its rules link or document', (id, place) => {
		// A place must be named by at least one rule: a pattern nothing matches would check nothing.
		const own = rules.filter(r => r.receiver.id === id);
		expect(own.some(r => r.rule.fix.some(step => place!.place.test(step)))).toBe(true);
	});
});
