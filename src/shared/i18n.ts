// The reader's language: every word the extension's pages, in-page UI and menus show comes from here.
// The browser chooses the catalogue (`_locales/<lang>/messages.json`, `default_locale` "en") from its
// UI language; `chrome.i18n` / `browser.i18n` reads it. Where there is no extension API (unit tests,
// Node) or a message is missing, the English catalogue is read here, with the same placeholder rules.
// The core, the CLI and the library stay English and never come through here.
import en from '../../_locales/en/messages.json';

/** Every message name: a name missing from the English catalogue is a compile error. */
export type MessageKey = keyof typeof en;

/** The names that come as a pair `<base>_one` / `<base>_other`, chosen by a count. */
export type PluralKey = {[K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never}[MessageKey];

interface Entry {
	message: string;
	placeholders?: Record<string, {content: string}>;
}

interface I18nApi {
	getMessage(name: string, substitutions?: string | string[]): string;
}

const english: Readonly<Record<string, Entry>> = en;

function api(): I18nApi | undefined {
	const scope = globalThis as {browser?: {i18n?: I18nApi}; chrome?: {i18n?: I18nApi}};
	return scope.browser?.i18n ?? scope.chrome?.i18n;
}

/**
 * A message of the English catalogue with its substitutions, as the browser does it: `$NAME$` is
 * the placeholder's content, whose `$1`…`$9` are the substitutions; `$$` is a dollar sign.
 */
export function englishMessage(key: string, subs: readonly string[] = []): string {
	const entry = english[key];
	if (!entry) return '';
	const fill = (content: string) => content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
	return entry.message.replace(/\$\$|\$([A-Za-z0-9_]+)\$/g, (whole, name?: string) => {
		if (!name) return '$';
		const placeholder = entry.placeholders?.[name.toLowerCase()];
		return placeholder ? fill(placeholder.content) : whole;
	});
}

/** The message in the reader's language, English where the browser has none. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
	const strings = subs.map(String);
	let said = '';
	try {
		said = api()?.getMessage(key, strings) ?? '';
	} catch {
		// An extension context that was invalidated (the extension updated under a page) has no catalogue.
	}
	return said || englishMessage(key, strings);
}

/** The language the messages are in (the catalogue's own tag, not the browser's). */
export const lang = (): string => t('lang');

let formats: {lang: string; numbers: Intl.NumberFormat; plurals: Intl.PluralRules} | undefined;

/** The language's number format and plural rules, made once (they cost more than a lookup). */
function formatsOf(tag = lang()) {
	if (formats?.lang !== tag) formats = {lang: tag, numbers: new Intl.NumberFormat(tag), plurals: new Intl.PluralRules(tag)};
	return formats;
}

/** A number as the reader's language writes it (1,200 / 1.200 / 1 200). */
export const formatNumber = (n: number): string => formatsOf().numbers.format(n);

/** Which of a pair of messages a count takes in the reader's language. */
export const pluralKey = (base: PluralKey, count: number): MessageKey => `${base}_${formatsOf().plurals.select(count) === 'one' ? 'one' : 'other'}`;

/** The message of a pair chosen by `count` (the first substitution, written in the reader's way). */
export const tn = (base: PluralKey, count: number, ...subs: Array<string | number>): string => t(pluralKey(base, count), formatNumber(count), ...subs);

/** A pair of messages chosen by the first of its numbers, every number written in the reader's way. */
export const tNumbers = (base: PluralKey, [count = 0, ...rest]: readonly number[]): string => tn(base, count, ...rest.map(formatNumber));

/** Marks a slot in a message: a private-use character no catalogue holds. */
const SLOT = (i: number) => String.fromCharCode(0xe000 + i);

/**
 * A message split around its substitutions, for a surface that shows them as elements (a code, a
 * word in emphasis): strings for the message's own words, numbers for the slot (0-based) that stands there.
 */
export function messageParts(key: MessageKey, slots: number): Array<string | number> {
	const said = t(key, ...Array.from({length: slots}, (_, i) => SLOT(i)));
	return said.split(/([\ue000-\ue008])/).filter(Boolean).map(part => part.length === 1 && part >= SLOT(0) && part <= SLOT(8) ? part.charCodeAt(0) - 0xe000 : part);
}
