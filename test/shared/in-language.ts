// The browser's i18n API over one of our catalogues, for tests that render a surface in another
// language: `speak('de')` stubs `chrome.i18n` with the German catalogue, filling placeholders as the
// browser does (src/shared/i18n.ts holds the same rules for English); `vi.unstubAllGlobals()` undoes it.
import {vi} from 'vitest';
import de from '../../_locales/de/messages.json';
import en from '../../_locales/en/messages.json';
import es from '../../_locales/es/messages.json';
import fr from '../../_locales/fr/messages.json';
import ja from '../../_locales/ja/messages.json';

export type Catalogue = Record<string, {message: string; placeholders?: Record<string, {content: string}>}>;

// Imported, not read from disk: the tests that use this run in happy-dom as well as in Node.
const CATALOGUES: Readonly<Record<string, Catalogue>> = {de, en, es, fr, ja};

export function catalogue(lang: string): Catalogue {
	const messages = CATALOGUES[lang];
	if (!messages) throw new Error(`no catalogue for ${lang}`);
	return messages;
}

/** `getMessage` over a catalogue: '' for a name it lacks, as the browser answers. */
export function getMessageOf(messages: Catalogue) {
	return (name: string, subs: string[] = []): string => {
		const entry = messages[name];
		if (!entry) return '';
		return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, p: string) => entry.placeholders?.[p.toLowerCase()]?.content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '') ?? whole);
	};
}

/** Makes `t()` read this language's catalogue; returns the catalogue and a `say(key, ...subs)` over it. */
export function speak(lang: string) {
	const messages = catalogue(lang);
	const getMessage = getMessageOf(messages);
	vi.stubGlobal('chrome', {i18n: {getMessage}});
	return {messages, say: (key: string, ...subs: string[]) => getMessage(key, subs)};
}

/**
 * The English words a surface must not show in another language: each message of these names, cut
 * at its placeholders, whose text differs from the other language's (a word both share, such as
 * "Server", proves nothing); pieces without a word of three letters are left out.
 */
export function englishOnly(lang: string, keys: readonly string[]): string[] {
	const en = catalogue('en');
	const other = catalogue(lang);
	return keys
		.filter(key => en[key]!.message !== other[key]!.message)
		.flatMap(key => en[key]!.message.split(/\$[A-Za-z0-9_]+\$/))
		.map(piece => piece.trim())
		.filter(piece => /\p{L}{3}/u.test(piece));
}

/** The names of the English catalogue that start with one of these prefixes. */
export const keysStarting = (...prefixes: string[]): string[] => Object.keys(catalogue('en')).filter(key => prefixes.some(prefix => key.startsWith(prefix)));
