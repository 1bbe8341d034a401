// detectProviders searches only the receivers whose literals a text holds (required-literals.ts): it
// finds what searching every receiver's patterns one by one finds, on texts shaped by the patterns.
import {describe, expect, it} from 'vitest';
import {detectProviders, receivers} from '../../../src/core/receivers';
import {beginEmail} from '../../../src/core/email-scope';
import {sample, seeded} from '../regex-sample';
import {referenceDetect} from './detect-reference';

const ids = (list: readonly {id: string}[]): string[] => list.map(r => r.id);

function same(text: string): void {
	beginEmail();
	expect(ids(detectProviders(text)), JSON.stringify(text)).toEqual(ids(referenceDetect(text)));
}

describe('detectProviders', () => {
	it('finds receivers by their signatures, in order of their first match', () => {
		beginEmail();
		expect(ids(detectProviders('550 5.7.1 [TSS04] by mta7.am0.yahoodns.net, see https://support.google.com gsmtp'))).toEqual(['yahoo', 'google']);
		beginEmail();
		expect(ids(detectProviders('mx.example.org said: 550 no such user'))).toEqual([]);
	});

	it('finds what the one-by-one search finds, on texts shaped by the signatures', () => {
		const random = seeded(1414);
		const patterns = receivers.flatMap(r => r.detect);
		const filler = ['', ' ', '550 5.7.1 ', 'host mx1.example.net[192.0.2.1] said: ', ' (in reply to RCPT TO command)', '\n', '-', '.'];
		const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
		let named = 0;
		for (let n = 0; n < 3000; n++) {
			let text = '';
			for (let k = 0, parts = 1 + Math.floor(random() * 3); k < parts; k++) text += pick(filler) + sample(pick(patterns), random);
			if (n % 3 === 1) text = text.toUpperCase();
			if (n % 5 === 2 && text.length > 2) text = text.slice(1, -1);
			same(text);
			if (referenceDetect(text).length > 0) named++;
		}
		expect(named).toBeGreaterThan(2000);
	});

	it('… and on words that name no receiver', () => {
		for (const text of ['', '550', '5.1.1', 'user unknown', 'mailbox full; try again later', 'Ünïcödé 宛先不明', 'x'.repeat(5000)]) same(text);
	});
});
