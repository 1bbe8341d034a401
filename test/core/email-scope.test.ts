// Answers kept between questions about one email are never given for another (email-scope.ts).
import {describe, expect, it} from 'vitest';
import {beginEmail, emailScope, RecentAnswers} from '../../src/core/email-scope';
import {detectProviders} from '../../src/core/receivers';
import {decodeBounce, decodeText} from '../../src/core/decode';
import {explainText} from '../../src/core/explain-text';

const ids = (list: readonly {id: string}[]): string[] => list.map(r => r.id);

const REPLY = '550-5.7.26 Unauthenticated email from sender.example is not accepted due to domain\'s DMARC policy. gsmtp';

describe('one email\'s scope', () => {
	it('gives a kept answer again within one email, and a new reading in the next', () => {
		beginEmail();
		const first = detectProviders(REPLY);
		expect(first.length).toBeGreaterThan(0);
		expect(detectProviders(REPLY)).toBe(first);
		beginEmail();
		const next = detectProviders(REPLY);
		expect(next).not.toBe(first);
		expect(next).toEqual(first);
	});

	it('keeps a few answers per email: a host and a reply asked in turn do not push each other out', () => {
		const host = 'gmail-smtp-in.l.google.com';
		beginEmail();
		const words = detectProviders(REPLY);
		const named = detectProviders(host);
		expect(ids(named)).toEqual(['google']);
		expect(detectProviders(REPLY)).toBe(words);
		expect(detectProviders(host)).toBe(named);
		// Other texts asked in between, up to the few kept.
		for (let i = 0; i < 6; i++) detectProviders(`mx${i}.example.org`);
		expect(detectProviders(REPLY)).toBe(words);
		beginEmail();
		expect(detectProviders(host)).not.toBe(named);
		expect(detectProviders(REPLY)).not.toBe(words);
	});

	it('starts a new scope for each email decoded, each message of an mbox, and each text explained', async () => {
		const message = (n: number) => `From: MAILER-DAEMON@mx.example\nTo: a@sender.example\nSubject: Undelivered Mail Returned to Sender\n\n<user${n}@recipient.example>: host mx.recipient.example said: ${REPLY}\n`;
		let before = emailScope();
		await decodeBounce(message(1));
		expect(emailScope()).toBe(before + 1);
		before = emailScope();
		await decodeBounce(`From MAILER-DAEMON Mon Dec  1 10:00:00 2026\n${message(1)}\nFrom MAILER-DAEMON Mon Dec  1 10:01:00 2026\n${message(2)}`);
		expect(emailScope()).toBe(before + 2);
		before = emailScope();
		decodeText(REPLY);
		expect(emailScope()).toBe(before + 1);
		before = emailScope();
		explainText(REPLY);
		expect(emailScope()).toBe(before + 1);
	});

	it('explains a text in the scope it was just decoded in, and in a new one when another began since', () => {
		beginEmail();
		const decoded = emailScope();
		const alone = explainText(REPLY);
		expect(explainText(REPLY, undefined, decoded + 1)).toEqual(alone);
		expect(emailScope()).toBe(decoded + 1);
		beginEmail();
		expect(explainText(REPLY, undefined, decoded + 1)).toEqual(alone);
		expect(emailScope()).toBe(decoded + 3);
	});
});

describe('RecentAnswers', () => {
	it('gives an answer kept in this email with this owner, never after a new email or owner', () => {
		const recent = new RecentAnswers<string | undefined>(2, undefined);
		const owner = {};
		beginEmail();
		expect(recent.find(owner, 'a')).toBe(-1);
		recent.keep('a', undefined);
		recent.keep('b', 'B');
		expect(recent.at(recent.find(owner, 'b'))).toBe('B');
		const kept = recent.find(owner, 'a');
		expect(kept).toBeGreaterThanOrEqual(0);
		expect(recent.at(kept)).toBeUndefined();
		expect(recent.find({}, 'b')).toBe(-1);
		recent.keep('b', 'B');
		beginEmail();
		expect(recent.find(owner, 'b')).toBe(-1);
	});

	it('keeps the last `size` answers, the oldest given up first', () => {
		const recent = new RecentAnswers<number>(2, 0);
		beginEmail();
		recent.find(null, 'x');
		recent.keep('x', 1);
		recent.keep('y', 2);
		recent.keep('z', 3);
		expect(recent.find(null, 'x')).toBe(-1);
		expect(recent.at(recent.find(null, 'y'))).toBe(2);
		expect(recent.at(recent.find(null, 'z'))).toBe(3);
	});
});
