// One reply's verdict: the line a card leads with, in the verdict's words for the reason the reply's
// own words give (explainText), not the bare code's.
import {describe, expect, it} from 'vitest';
import {explain, isInvalid} from '../../src/core/explain';
import {explainText} from '../../src/core/explain-text';
import {adviceAct, replyVerdict, titleHead} from '../../src/core/reply-verdict';
import {REASONS, type Explanation} from '../../src/core/types';
import {REASON_WORDS} from '../../src/core/verdict-words';
import {WAITING_ADVICE} from '../../src/core/verdict-sentences';

const explained = (code: string): Explanation => {
	const e = explain(code);
	if (isInvalid(e)) throw new Error(e.error);
	return e;
};

describe('replyVerdict', () => {
	it('says an unknown user as the issue asks: the address does not exist — remove it', () => {
		const v = replyVerdict(explained('550 5.1.1'));
		expect(v.line).toBe('The address does not exist — check it for a typo, or remove it from your list');
		expect(v).toMatchObject({outcome: 'failed', tone: 'permanent', label: 'Not delivered', whoActs: 'sender', retry: 'do-not-retry'});
	});

	it('reads the reply’s words: a bare 550 that says “user unknown” is an unknown user, a 550 that names a block list is a block', () => {
		const [unknown] = explainText('550 Requested action not taken: mailbox unavailable, user unknown');
		expect(replyVerdict(unknown!.explanation).line).toMatch(/^The address does not exist — /);
		const [listed] = explainText('550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org');
		expect(replyVerdict(listed!.explanation)).toMatchObject({whoActs: 'sender-admin', retry: 'retry-after-fix'});
		expect(replyVerdict(listed!.explanation).line).toMatch(/block listing — fix it, then resend$/);
	});

	it('says a temporary reply is retried by the sending server', () => {
		const v = replyVerdict(explained('452 4.2.2'));
		expect(v).toMatchObject({outcome: 'delayed', tone: 'transient', retry: 'will-retry', whoActs: 'nobody'});
		expect(v.line).toBe('The mailbox is full — the sending server retries by itself; nothing to do yet');
	});

	it('falls back on the title’s head for a code no reason names', () => {
		expect(replyVerdict(explained('550')).line).toMatch(/^Requested action not taken — read the server’s own words/);
		const start = replyVerdict(explained('354'));
		expect(start.line).toBe('Start mail input');
		expect(start.whoActs).toBe(explained('354').whoActs);
	});

	it('gives every reason, final or waiting, a line of one clause and one imperative', () => {
		for (const reason of REASONS) {
			const act = adviceAct(REASON_WORDS[reason].advice);
			expect(act, reason).toMatch(/^[a-z]/);
			expect(act, reason).not.toMatch(/\.$/);
			expect(act.length, reason).toBeLessThanOrEqual(90);
		}
		for (const advice of Object.values(WAITING_ADVICE)) expect(adviceAct(advice)).toMatch(/^the sending server retries by itself/);
	});
});

describe('adviceAct and titleHead', () => {
	it('take what follows the dash up to the sentence’s end, or the first sentence', () => {
		expect(adviceAct('The address is fine; the block is on the sending side — fix it, then resend. Publish SPF.')).toBe('fix it, then resend');
		expect(adviceAct('Stop sending to them, and check why. Then wait.')).toBe('stop sending to them, and check why');
	});

	it('cut a registry title at its colon, semicolon, bracket or dash, and drop a placeholder', () => {
		expect(titleHead('Requested action not taken: mailbox unavailable (e.g., mailbox not found)')).toBe('Requested action not taken');
		expect(titleHead('<domain> Service not available, closing transmission channel')).toBe('Service not available, closing transmission channel');
		expect(titleHead('Bad destination mailbox address')).toBe('Bad destination mailbox address');
	});
});
