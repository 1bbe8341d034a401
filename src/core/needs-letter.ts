// Whether a phrase or pattern can only match a text that holds an ASCII letter: then a text without
// one (a bare `550`, `5.1.1`) is known not to hold it without searching, and whatever is built to
// search for it (the reason phrase index, a joined pattern) need not be built for such a text.
const LETTER = /[a-zA-Z]/;

/**
 * True when every match of the phrase holds an ASCII letter, so a text without one cannot match it.
 * A literal is read as it is; a regex is read atom by atom: a sequence needs a letter when one of its
 * atoms that must occur does (a letter, a class of letters only, a group each of whose alternatives
 * needs one). Anything it cannot tell (lookarounds, escapes, `.`, the u and v flags, under which `k`
 * ignoring case also matches the Kelvin sign) counts as not needing one, so a true answer is always
 * right. Other flags change no letter into a non-letter (i matches a letter's other ASCII case only).
 */
export function needsLetter(phrase: string | RegExp): boolean {
	if (typeof phrase === 'string') return LETTER.test(phrase);
	// A RegExp's source and flags never change: each pattern is read once (callers ask about every
	// receiver's patterns for each text without a letter).
	let known = read.get(phrase);
	if (known === undefined) read.set(phrase, known = readPattern(phrase));
	return known;
}

const read = new WeakMap<RegExp, boolean>();

function readPattern(phrase: RegExp): boolean {
	if (/[uv]/.test(phrase.flags)) return false;
	const source = phrase.source;
	let i = 0;
	let unknown = false;
	// An alternation up to the closing `)` of its group (or the end): every alternative needs a letter.
	const alternation = (): boolean => {
		let all = true;
		let current = false;
		while (i < source.length && source[i] !== ')') {
			if (source[i] === '|') {
				all &&= current;
				current = false;
				i++;
				continue;
			}
			const needs = atom();
			const min = quantifierMin();
			if (needs && min > 0) current = true;
		}
		return all && current;
	};
	const atom = (): boolean => {
		const c = source[i++]!;
		if (c === '\\') {
			const e = source[i++] ?? '';
			// \xHH, \uHHHH or \u{…}, \cX: a character given by code, read as not a letter.
			if (e === 'x') i += 2;
			else if (e === 'u') i = source[i] === '{' ? source.indexOf('}', i) + 1 || source.length : i + 4;
			else if (e === 'c') i++;
			else if (e === 'k' && source[i] === '<') i = source.indexOf('>', i) + 1 || source.length;
			return false;
		}
		if (c === '[') {
			const negated = source[i] === '^';
			let letters = !negated;
			let members = 0;
			for (; i < source.length && source[i] !== ']'; i++, members++) {
				if (source[i] === '\\') {
					letters = false;
					i++;
				} else if (source[i + 1] === '-' && source[i + 2] !== undefined && source[i + 2] !== ']') {
					const from = source[i]!;
					const to = source[i + 2]!;
					// A range ending in an escape: the loop reads the escape next.
					if (to === '\\') {
						letters = false;
						i++;
						continue;
					}
					if (!((from >= 'a' && to <= 'z' && from <= to) || (from >= 'A' && to <= 'Z' && from <= to))) letters = false;
					i += 2;
				} else if (!LETTER.test(source[i]!)) letters = false;
			}
			i++;
			return letters && members > 0;
		}
		if (c === '(') {
			const lookaround = source.startsWith('?=', i) || source.startsWith('?!', i) || source.startsWith('?<=', i) || source.startsWith('?<!', i);
			if (source.startsWith('?:', i)) i += 2;
			else if (lookaround) i += source[i + 1] === '<' ? 3 : 2;
			else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1;
			// Any other `(?` (modifiers such as `(?i:…)`): a syntax this reading does not know.
			else if (source[i] === '?') unknown = true;
			const needs = alternation();
			i++;
			return needs && !lookaround;
		}
		if (c === '.' || c === '^' || c === '$') return false;
		return LETTER.test(c);
	};
	// The least count the quantifier after an atom allows (1 without one); a lazy `?` is skipped.
	const quantifierMin = (): number => {
		const m = /^(?:([*?])|(\+)|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(i, i + 16));
		if (!m) return 1;
		i += m[0].length;
		return m[1] ? 0 : m[2] ? 1 : Number(m[3]);
	};
	return alternation() && i >= source.length && !unknown;
}
