// The right-click card's payload is built in the worker, in the reader's language: in a German
// browser its reply line, labels and verdict are the German catalogue's, and its English words are gone.
import {afterEach, describe, expect, test, vi} from 'vitest';
import {cardForSelection} from '../../src/background/selection-card';
import {replyVerdict} from '../../src/core/reply-verdict';
import {explain, isInvalid} from '../../src/core/explain';
import {speak} from '../shared/in-language';
import {dnsPlan} from '../../src/core';

afterEach(() => vi.unstubAllGlobals());

describe('the right-click card for a selection', () => {
	test('in English leads each card with the core’s own reply line', async () => {
		const payload = await cardForSelection('550 5.1.1');
		const e = explain('550 5.1.1');
		if (isInvalid(e)) throw new Error(e.error);
		expect(payload.cards[0]!.verdict).toBe(replyVerdict(e).line);
	});

	test('in German leads with the German reply line and says its labels in German', async () => {
		const {say} = speak('de');
		const payload = await cardForSelection('452 4.2.2 <full@rcpt.example>: Recipient address rejected: Mailbox full');
		const words = say('reason_mailboxfull_words');
		expect(payload.cards[0]!.verdict).toBe(say('reply_line', words.charAt(0).toUpperCase() + words.slice(1), say('waiting_receiving_act')));
		expect(payload.cards[0]!.verdict).toBe('Das Postfach ist voll — der sendende Server versucht es selbst erneut; noch nichts zu tun');
		expect(payload.cards[0]!.whoActs).toBe(say('who_nobody'));
		expect(payload.labels.whoActs).toBe(say('card_who_acts'));
	});

	test('says how many more codes the full explanation has, in the reader’s words', async () => {
		const text = ['550 5.1.1 User unknown', '452 4.2.2 Mailbox full', '554 5.7.1 Relay access denied', '421 4.7.0 Try again later'].join('\n');
		const english = await cardForSelection(text);
		expect(english.more).toBe(2);
		expect(english.moreNote).toBe('2 more codes in the full explanation.');
		const {say} = speak('de');
		expect((await cardForSelection(text)).moreNote).toBe(say('card_more_codes_other', '2'));
		expect((await cardForSelection('550 5.1.1')).moreNote).toBe('');
	});

	test('offers Check DNS for the same readings as the hover card, with the reply the names come from', async () => {
		const spamhaus = '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7';
		const payload = await cardForSelection(spamhaus);
		expect(payload.cards[0]!.dns).toMatchObject({diagnostic: expect.stringContaining('[203.0.113.7] blocked using zen.spamhaus.org'), status: '5.7.1'});
		// The same plan the hover card's reading gives: the background opens the page with this IP.
		expect(dnsPlan(payload.cards[0]!.dns!)?.request).toEqual({ip: '203.0.113.7'});
		const gmail = await cardForSelection('550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. gsmtp');
		expect(gmail.cards[0]!.dns).toMatchObject({reason: 'authfailure'});
		// A code DNS cannot answer offers none.
		expect((await cardForSelection('550 5.1.1')).cards[0]!.dns).toBeUndefined();
		expect((await cardForSelection('452 4.2.2 Mailbox full')).cards[0]!.dns).toBeUndefined();
	});
});
