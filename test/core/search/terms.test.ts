import {describe, expect, it} from 'vitest';
import {fold, formsOf, stem, termsOf, wordsOf} from '../../../src/core/search/terms';
import {conceptText} from '../../../src/core/search/concepts';

describe('fold', () => {
	it('takes off case and Latin accents, ß as ss, and leaves Japanese as it is', () => {
		expect(fold('Empfänger Unbekannt')).toBe('empfanger unbekannt');
		expect(fold('Boîte pleine')).toBe('boite pleine');
		expect(fold('Nachricht zu groß')).toBe('nachricht zu gross');
		expect(fold('メールボックスがいっぱい')).toBe('メールボックスがいっぱい');
	});
});

describe('wordsOf and termsOf', () => {
	it('keeps codes and tags whole and splits hyphenated words', () => {
		expect(wordsOf('550 5.7.26 aup#cxbl rp-001 auto-reply')).toEqual(['550', '5.7.26', 'aup#cxbl', 'rp-001', 'auto', 'reply']);
	});
	it('drops one-letter Latin words but keeps a Japanese word', () => {
		expect(wordsOf('a b 宛先不明')).toEqual(['宛先不明']);
	});
	it('splits where Latin letters or digits meet Japanese, which writes no space there; codes stay whole', () => {
		expect(wordsOf('spfエラー')).toEqual(['spf', 'エラー']);
		expect(wordsOf('550エラー 5.7.26の意味')).toEqual(['550', 'エラー', '5.7.26', 'の意味']);
		expect(wordsOf('ドメインのmxレコード')).toEqual(['ドメインの', 'mx', 'レコード']);
		expect(wordsOf('aup#cxbl 5.7.26')).toEqual(['aup#cxbl', '5.7.26']);
	});
	it('leaves out the stop words of each language the search reads', () => {
		expect(termsOf('blocked by spamhaus')).toEqual(['blocked', 'spamhaus']);
		expect(termsOf('postfach ist voll')).toEqual(['postfach', 'voll']);
		expect(termsOf('la boite est pleine')).toEqual(['boite', 'pleine']);
	});
});

describe('stem', () => {
	it.each([
		['greylisted', 'greylist'],
		['greylisting', 'greylist'],
		['blocked', 'block'],
		['mailboxes', 'mailbox'],
		['addresses', 'address'],
		['policies', 'policy'],
		['spamming', 'spam'],
		['recipients', 'recipient'],
		['status', 'status'],
		['access', 'access'],
		['timed', 'timed'],
		['5.7.26', '5.7.26'],
	])('%s → %s', (word, expected) => {
		expect(stem(word)).toBe(expected);
	});
});

describe('formsOf', () => {
	it('searches a spelling for the others', () => {
		expect(formsOf('graylisted').variants).toContain('greylist');
		expect(formsOf('blacklisted').variants).toContain('blocklist');
		expect(formsOf('denylisted').variants).toContain('blocklist');
		expect(formsOf('mailbox').variants).toEqual([]);
	});
});

describe('conceptText', () => {
	it('takes out the spaces between Japanese words only', () => {
		expect(conceptText('メール サイズ　超過')).toBe('メールサイズ超過');
		expect(conceptText('mailbox full')).toBe('mailbox full');
		expect(conceptText('spf エラー')).toBe('spf エラー');
	});
});
