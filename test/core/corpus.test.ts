import {beforeAll, describe, expect, test} from 'vitest';
import {pct, scoreCorpus} from '../../scripts/eval-lib';
import type {CorpusScore} from '../../scripts/eval-lib';

// Floors = what decodeBounce measurably reaches on the DEV corpus, rounded down to the integer
// percent (`npm run eval` prints the figures). Raise them when accuracy improves; never lower them
// to make a change pass. The targets are in the comments.
const FLOORS = {
	statusLiteral: 99, // issue: ≥ 99 where the code occurs in the email
	status: 96,
	replyCode: 99,
	reason: 98, // issue: ≥ 95
	hardBounce: 98, // issue: ≥ 98
	fullyRight: 94,
	textReason: 90, // issue: ≥ 90 (displayed text of the same emails). Of the 37 misses, 27 have no
	// reason in their text part at all (a text part marked as an attachment, an inline message/rfc822
	// only, a lost nested boundary, an auto-reply known only by its headers, or a notice that only
	// lists the recipients while the cause sits in the message/delivery-status part); the other 10
	// follow reference conventions the text alone cannot tell apart, or name another cause.
	textCorpusStatus: 100,
	textCorpusReply: 100,
	textCorpusTemporary: 100,
};

let score: CorpusScore;

beforeAll(async () => {
	score = await scoreCorpus();
}, 120_000);

describe('DEV corpus floors', () => {
	test('raw MIME: status, reply code, reason, hard/soft', () => {
		expect(pct(score.statusLiteral)).toBeGreaterThanOrEqual(FLOORS.statusLiteral);
		expect(pct(score.status)).toBeGreaterThanOrEqual(FLOORS.status);
		expect(pct(score.replyCode)).toBeGreaterThanOrEqual(FLOORS.replyCode);
		expect(pct(score.reason)).toBeGreaterThanOrEqual(FLOORS.reason);
		expect(pct(score.hardBounce)).toBeGreaterThanOrEqual(FLOORS.hardBounce);
		expect(pct(score.fullyRight)).toBeGreaterThanOrEqual(FLOORS.fullyRight);
	});

	test('displayed text of the same emails: reason', () => {
		expect(pct(score.text.reason)).toBeGreaterThanOrEqual(FLOORS.textReason);
	});

	test('corpus-text: codes of the main result and temporary/permanent', () => {
		expect(pct(score.textCorpus.status)).toBeGreaterThanOrEqual(FLOORS.textCorpusStatus);
		expect(pct(score.textCorpus.replyCode)).toBeGreaterThanOrEqual(FLOORS.textCorpusReply);
		expect(pct(score.textCorpus.temporary)).toBeGreaterThanOrEqual(FLOORS.textCorpusTemporary);
	});
});
