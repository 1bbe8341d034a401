// The catalogues: every language has every message of the English one, with the same placeholders
// and no empty text; every name the manifest uses exists; and the wrapper fills placeholders the way
// the browser does, falling back to English where there is no extension API (as here, in Node).
import {readdirSync, readFileSync} from 'node:fs';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {englishMessage, formatNumber, messageParts, t, tn} from '../../src/shared/i18n';
import {searchWords} from '../../src/popup/word-search';

type Catalogue = Record<string, {message: string; description?: string; placeholders?: Record<string, {content: string}>}>;

const LOCALES = new URL('../../_locales/', import.meta.url);
const read = (lang: string): Catalogue => JSON.parse(readFileSync(new URL(`${lang}/messages.json`, LOCALES), 'utf8'));
const languages = readdirSync(LOCALES).sort();
const en = read('en');

describe('the catalogues', () => {
	test('English, German, French, Spanish and Japanese', () => {
		expect(languages).toEqual(['de', 'en', 'es', 'fr', 'ja']);
	});

	test.each(languages)('%s has every message of English and no other, none empty', lang => {
		const catalogue = read(lang);
		expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
		for (const [key, entry] of Object.entries(catalogue)) expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
		// Its own tag, which the pages' lang attribute and number formats follow.
		expect(catalogue.lang!.message).toBe(lang);
	});

	test.each(languages)('%s has the same placeholders as English, and uses only those', lang => {
		for (const [key, entry] of Object.entries(read(lang))) {
			expect(entry.placeholders, `${lang} ${key}`).toEqual(en[key]!.placeholders);
			const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map(m => m[1]!.toLowerCase());
			for (const name of used) expect(Object.keys(entry.placeholders ?? {}), `${lang} ${key}`).toContain(name);
			// A placeholder English fills is filled in every language too (a count may go unsaid in a singular).
			const englishUsed = new Set([...en[key]!.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map(m => m[1]!.toLowerCase()));
			if (!key.endsWith('_one')) expect(new Set(used), `${lang} ${key}`).toEqual(englishUsed);
		}
	});

	test.each(languages)('%s: the manifest’s names exist and its description fits the stores’ 132 characters', lang => {
		const manifest = readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8');
		const names = [...manifest.matchAll(/__MSG_(\w+)__/g)].map(m => m[1]!);
		expect(names.length).toBeGreaterThan(4);
		for (const name of names) expect(read(lang)[name], `${lang} ${name}`).toBeDefined();
		expect(read(lang).ext_description!.message.length).toBeLessThanOrEqual(132);
	});

	test.each(languages)('%s: the example words the start screen suggests find codes', lang => {
		expect(searchWords(read(lang).hint_words!.message).items.length, lang).toBeGreaterThan(0);
	});

	test('message names are what the browser accepts (letters, digits, underscores)', () => {
		for (const key of Object.keys(en)) expect(key).toMatch(/^[a-z0-9_]+$/);
	});
});

describe('the wrapper', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	test('without an extension API it says English, with placeholders filled in order', () => {
		expect(t('toolbar_settings')).toBe('Settings');
		expect(t('sentence_failed_codes', 'a@b.example', 'the address does not exist', '550 5.1.1')).toBe('Not delivered to a@b.example: the address does not exist (550 5.1.1).');
		// A substitution is put in as it is: its dollar signs and placeholder-like text stay.
		expect(t('recipient_server', '$1 $HOST$ $$')).toBe('Server: $1 $HOST$ $$');
		expect(englishMessage('no_such_message')).toBe('');
	});

	test('a count picks the singular or the plural and is written as the language writes numbers', () => {
		expect(tn('status_results', 1)).toBe('1 result');
		expect(tn('status_results', 1200)).toBe('1,200 results');
		expect(formatNumber(10_000)).toBe('10,000');
	});

	test('with the browser’s API it says what the browser says, and English where the browser has nothing', () => {
		const getMessage = vi.fn((name: string, subs?: string[]) => name === 'toolbar_settings' ? 'Einstellungen' : name === 'lang' ? 'de' : name === 'status_results_other' ? `${subs![0]} Ergebnisse` : '');
		vi.stubGlobal('chrome', {i18n: {getMessage}});
		expect(t('toolbar_settings')).toBe('Einstellungen');
		expect(tn('status_results', 1200)).toBe('1.200 Ergebnisse');
		expect(t('toolbar_browse')).toBe('Browse codes');
		expect(getMessage).toHaveBeenCalledWith('toolbar_browse', []);
	});

	test('a message split around its slots, for words shown as elements', () => {
		expect(messageParts('hint_paste', 1)).toEqual(['Paste a whole bounce, or drop an ', 0, ' file here, to get a verdict per recipient.']);
		expect(messageParts('hint_type', 2)).toEqual(['Type a code — ', 0, ' — or words such as ', 1, '.']);
	});
});
