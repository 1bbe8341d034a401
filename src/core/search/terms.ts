// The words of a search query: folded (case, Latin accents, ß), split into words that keep codes
// whole (`5.7.26`, `AUP#CXBL`, `RP-001`), stemmed so that a form of a word finds the others
// (`greylisted` finds "greylisting"), and widened by the spellings people use for one thing
// (`blacklisted`, `blocklisted`, `denylisted`; `grey`, `gray`).

/**
 * Lower case, Latin diacritics removed (`boîte` → `boite`, `Empfänger` → `empfanger`), ß → ss;
 * everything else (Japanese kana with their voicing marks included) as it was.
 */
export function fold(text: string): string {
	return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/ß/g, 'ss');
}

/** A word: letters and digits, joined by . # _ - (codes and tags stay one word). */
export const WORD = /[\p{L}\p{N}]+(?:[.#_-][\p{L}\p{N}]+)*/gu;

/**
 * Where Latin letters or digits meet Japanese script inside one run (`spfエラー`, `550エラー`): Japanese
 * writes no space there, so the two are two words.
 */
const SCRIPT_SEAM = /(?<=[\p{Script=Latin}\p{N}])(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc])|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc])(?=[\p{Script=Latin}\p{N}])/u;

/** The words of a (folded) text, in order: a hyphenated word without digits counts as its parts, a word across scripts as its runs. */
export function wordsOf(text: string): string[] {
	const out: string[] = [];
	for (const [run] of text.matchAll(WORD)) {
		for (const word of SCRIPT_SEAM.test(run) ? run.split(SCRIPT_SEAM) : [run]) {
			if (word.includes('-') && !/\d/.test(word)) out.push(...word.split('-').filter(Boolean));
			else out.push(word);
		}
	}
	return out.filter(word => word.length >= 2 || /[^\p{Script=Latin}\p{N}]/u.test(word));
}

/**
 * Words that carry no meaning for the search in the languages it reads (`blocked by spamhaus`,
 * `Postfach ist voll`): they would match nearly every entry. The everyday phrasings (concepts.ts)
 * still read them, on the whole text.
 */
const STOP = new Set([
	'a', 'an', 'the', 'by', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'is', 'are', 'was', 'be', 'it', 'my', 'and', 'or',
	'der', 'die', 'das', 'ist', 'ein', 'eine', 'und', 'von', 'mit',
	'le', 'la', 'les', 'est', 'un', 'une', 'et', 'de', 'du', 'des', 'par',
	'el', 'los', 'las', 'es', 'y', 'en', 'por', 'con',
	'o', 'os', 'as', 'um', 'uma', 'do', 'da', 'com', 'e',
	'il', 'lo', 'gli', 'di', 'con', 'per',
]);

/** The words of a query the ranking reads: wordsOf less the stop words. */
export function termsOf(text: string): string[] {
	return wordsOf(text).filter(word => !STOP.has(word));
}

const LATIN = /^[a-z]+$/;

/**
 * The stem of an English word, for matching by substring: the usual endings off (`greylisted` →
 * `greylist`, `blocked` → `block`, `mailboxes` → `mailbox`, `spamming` → `spam`), never shorter
 * than four letters. Anything else (codes, other languages) as it is.
 */
export function stem(word: string): string {
	if (!LATIN.test(word) || word.length < 5) return word;
	let base = word;
	if (/(?:ss|us|is)$/.test(base)) return base;
	for (const ending of ['ing', 'ed', 'xes', 'ses', 'ies', 's']) {
		if (base.endsWith(ending) && base.length - ending.length >= 4) {
			base = ending === 'ies' ? `${base.slice(0, -3)}y` : ending === 'xes' || ending === 'ses' ? base.slice(0, -2) : base.slice(0, -ending.length);
			break;
		}
	}
	// `spamm` (spamming), `blocklistt`: a doubled last consonant left by -ing/-ed.
	if (base !== word && /([b-df-hj-np-rtv-z])\1$/.test(base) && base.length > 4) base = base.slice(0, -1);
	return base;
}

/**
 * Spellings of one thing, keyed by stem: each also searches for the words it lists. Synonyms stay
 * few and exact: a wide synonym ranks unrelated codes.
 */
export const SPELLINGS: Readonly<Record<string, readonly string[]>> = {
	full: ['quota', 'storage', 'full'],
	quota: ['quota', 'full', 'storage'],
	spam: ['spam', 'junk', 'reputation'],
	junk: ['junk', 'spam'],
	blacklist: ['blocklist', 'block list', 'blocked', 'listed'],
	blocklist: ['blocklist', 'block list', 'blocked', 'listed'],
	denylist: ['blocklist', 'block list', 'blocked', 'listed'],
	block: ['blocked', 'blocklist', 'refused'],
	grey: ['grey', 'gray'],
	gray: ['gray', 'grey'],
	greylist: ['greylist', 'graylist'],
	graylist: ['graylist', 'greylist'],
	unknown: ['unknown', 'not exist', 'nonexistent', 'no such'],
	exist: ['exist', 'unknown', 'no such'],
	nonexistent: ['nonexistent', 'not exist', 'unknown'],
	big: ['size', 'large', 'big'],
	large: ['size', 'large', 'big'],
	password: ['password', 'credentials', 'authentication'],
	login: ['authentication', 'credentials', 'login'],
	tls: ['tls', 'starttls', 'encryption'],
	ssl: ['tls', 'starttls', 'encryption'],
	encryption: ['encryption', 'tls'],
	rdns: ['ptr', 'reverse'],
	ptr: ['ptr', 'reverse'],
	rate: ['rate', 'too many', 'limit'],
	throttl: ['throttl', 'rate', 'too many'],
	timeout: ['timed out', 'time out', 'timeout', 'expired'],
	email: ['email', 'e-mail', 'mail'],
	autoreply: ['auto-reply', 'auto reply', 'automatic reply', 'autoresponder', 'vacation', 'out of office'],
	autoresponder: ['autoresponder', 'auto-reply', 'automatic reply', 'vacation'],
};

/** The forms a word is searched as: itself (its stem) and its spellings. */
export function formsOf(word: string): {own: string; variants: readonly string[]} {
	const own = stem(word);
	return {own, variants: SPELLINGS[own] ?? SPELLINGS[word] ?? []};
}
