// The literal words a regex cannot match without: read from its source, so that a cheap search for
// those words (anchors/index.ts) can tell that a regex has nothing to find before it is run.
//
// needOf(re) is a condition on words (lower-case ASCII, no white space, three characters or more) that
// every text the regex matches meets, ignoring ASCII case: all of the literal runs of a sequence, one
// of the alternatives of an alternation; or null when nothing can be read. It errs only one way: what
// it cannot read exactly (classes, escapes other than punctuation, optional atoms, lookarounds,
// backreferences, non-ASCII and white-space characters) adds no word and ends a run of literal
// characters, which only weakens the condition, never makes it wrong. White space is left out so
// that the words also hold in texts read with their white space folded (noticeAction, provider
// phrases), and non-ASCII characters so that they hold in the NFC view of a text (matchView).
// A non-ASCII character other than white space does say one thing: the text holds some character
// outside ASCII (NON_ASCII, a word of its own), since no view turns a text of ASCII into one that
// holds such a character — except through FOLDS, whose characters neither count as one nor meet it.

/**
 * Characters read as an ASCII one: a typographic apostrophe (matchView), the compatibility forms
 * that NFC maps to ASCII (Kelvin sign, Greek question mark, Greek varia), and the ones a `u`-flag
 * case-insensitive regex folds to ASCII (long s, Kelvin sign).
 */
export const FOLDS: ReadonlyMap<number, string> = new Map([
	[0x2018, "'"],
	[0x2019, "'"],
	[0x02bc, "'"],
	[0x212a, 'k'],
	[0x017f, 's'],
	[0x037e, ';'],
	[0x1fef, '`'],
]);

/** The word every character outside ASCII but those of FOLDS meets (anchors/index.ts reads it so). */
export const NON_ASCII = '\u0080';
const NON_ASCII_NEED: Need = {word: NON_ASCII};

/**
 * Whether a character outside ASCII (one UTF-16 unit) needs NON_ASCII: all but FOLDS, the white space
 * of `\s` and the invisible characters plainSpaces (decode/text.ts) drops. Code ranges, not a
 * `\p{…}` class: compiling one of those costs more than a process saves by the word.
 */
function needsNonAscii(code: number): boolean {
	if (code < 0x80 || FOLDS.has(code)) return false;
	if (code === 0xa0 || code === 0x1680 || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff) return false;
	return !(code >= 0x2000 && code <= 0x200d) && code !== 0x2060;
}

/** A condition on the words a text holds: a word, all of several conditions, or one of several. */
export type Need = {readonly word: string} | {readonly all: readonly Need[]} | {readonly any: readonly Need[]};

interface Term {
	/** The literal character (already lower-cased), when the atom is one ASCII character a run may hold. */
	char?: string;
	/** What a group needs, when the atom is a group whose words count (or a character outside ASCII). */
	need?: Need | null;
	min: number;
	max: number;
}

type Atom = Omit<Term, 'min' | 'max'>;

/** Runs shorter than this say too little to be worth looking for (`<`, `to`, `is` are in most texts). */
const SHORTEST = 3;

class Reader {
	pos = 0;
	constructor(readonly src: string) {}

	peek(): string {
		return this.src[this.pos] ?? '';
	}

	/** Alternatives up to the closing parenthesis (not consumed) or the end. */
	alternation(): Need | null {
		const alternatives = [this.sequence()];
		while (this.peek() === '|') {
			this.pos++;
			alternatives.push(this.sequence());
		}
		return needAny(alternatives);
	}

	/** One alternative: every literal run and every group it cannot match without. */
	sequence(): Need | null {
		const needs: (Need | null)[] = [];
		let run = '';
		const flush = (): void => {
			if (run.length >= SHORTEST) needs.push({word: run});
			run = '';
		};
		while (this.pos < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
			const term = this.term();
			if (term.char !== undefined && term.min >= 1) {
				// `x{2,}`: the text holds `xx`, and its last `x` is right before what follows.
				run += term.char.repeat(Math.min(term.min, 64));
				if (term.max !== term.min) {
					flush();
					run = term.char;
				}
				continue;
			}
			flush();
			// NON_ASCII once, however many characters outside ASCII the sequence has.
			if (term.need && term.min >= 1 && (term.need !== NON_ASCII_NEED || !needs.includes(NON_ASCII_NEED))) needs.push(term.need);
		}
		flush();
		return needAll(needs);
	}

	/** An atom with its quantifier. */
	term(): Term {
		const term = this.atom() as Term;
		// Read by character: this runs once per atom of every registered regex when the anchor pass is
		// first built, so no slice and no regex search for the common atoms that have no quantifier.
		const c = this.src.charCodeAt(this.pos);
		if (c === 0x2a || c === 0x2b || c === 0x3f) {
			// `*`, `+`, `?`, each maybe lazy (`*?`).
			this.pos += this.src.charCodeAt(this.pos + 1) === 0x3f ? 2 : 1;
			term.min = c === 0x2b ? 1 : 0;
			term.max = c === 0x3f ? 1 : Infinity;
			return term;
		}
		const q = c === 0x7b ? /^\{(\d+)(?:(,)(\d*))?\}\??/.exec(this.src.slice(this.pos, this.pos + 24)) : null;
		if (!q) {
			term.min = 1;
			term.max = 1;
			return term;
		}
		this.pos += q[0].length;
		term.min = Number(q[1]);
		term.max = q[2] ? (q[3] ? Number(q[3]) : Infinity) : term.min;
		return term;
	}

	atom(): Atom {
		const c = this.src[this.pos++] ?? '';
		if (c === '(') return this.group();
		if (c === '[') {
			this.skipClass();
			return {};
		}
		if (c === '\\') return this.escape();
		// `.`, `^`, `$`, and a quantifier character where no atom precedes it (not a valid regex).
		if ('.^$*+?'.includes(c)) return {};
		return literal(c);
	}

	group(): Atom {
		// A group's words count: `(…)`, `(?:…)`, `(?<name>…)`. A lookaround or any other `(?…` form is
		// read to its end, but nothing in it counts.
		let counts = true;
		if (this.src.startsWith('?:', this.pos)) this.pos += 2;
		else if (this.src.startsWith('?<', this.pos) && this.pos + 2 < this.src.length && this.src[this.pos + 2] !== '=' && this.src[this.pos + 2] !== '!') {
			const end = this.src.indexOf('>', this.pos);
			this.pos = end < 0 ? this.src.length : end + 1;
		} else if (this.peek() === '?') counts = false;
		const need = this.alternation();
		if (this.peek() === ')') this.pos++;
		return counts ? {need} : {};
	}

	skipClass(): void {
		// Inside a class `\` escapes the next character and `[` is plain; the first `]` ends it (`[]` and `[^]` included).
		while (this.pos < this.src.length) {
			const c = this.src[this.pos++];
			if (c === '\\') this.pos++;
			else if (c === ']') return;
		}
	}

	escape(): Atom {
		const e = this.src[this.pos++] ?? '';
		// `\1`, `\12`, `\0…`: a backreference or an octal escape, all its digits.
		if (/\d/.test(e)) {
			while (/\d/.test(this.peek())) this.pos++;
			return {};
		}
		// `\k<name>`, `\p{…}`, `\u{…}`, `\uHHHH`, `\xHH`, `\cX`: skip what they take; none is a literal here.
		if (e === 'k' && this.peek() === '<') this.pos = Math.max(this.pos, this.src.indexOf('>', this.pos) + 1);
		else if ((e === 'p' || e === 'P' || e === 'u') && this.peek() === '{') this.pos = Math.max(this.pos, this.src.indexOf('}', this.pos) + 1);
		else if (e === 'u') this.pos += /^[0-9a-fA-F]{4}/.test(this.src.slice(this.pos, this.pos + 4)) ? 4 : 0;
		else if (e === 'x') this.pos += /^[0-9a-fA-F]{2}/.test(this.src.slice(this.pos, this.pos + 2)) ? 2 : 0;
		else if (e === 'c' && /[A-Za-z]/.test(this.peek())) this.pos++;
		// Any other letter escape is a class, an assertion or a control character; punctuation is itself.
		return /[A-Za-z]/.test(e) || !e ? {} : literal(e);
	}
}

/**
 * One character as a run may hold it: printable ASCII other than the space, lower-cased; another
 * character outside ASCII needs NON_ASCII (needsNonAscii).
 */
function literal(c: string): Atom {
	const code = c.charCodeAt(0);
	if (code > 0x20 && code < 0x7f) return {char: c.toLowerCase()};
	return needsNonAscii(code) ? {need: NON_ASCII_NEED} : {};
}

/** All of the conditions (those that are null say nothing); null when none is left. */
export function needAll(needs: readonly (Need | null)[]): Need | null {
	const parts = needs.flatMap((n) => (n === null ? [] : 'all' in n ? n.all : [n]));
	return parts.length === 0 ? null : parts.length === 1 ? parts[0]! : {all: parts};
}

/** One of the conditions; null when one of them is null (it may hold in any text). */
export function needAny(needs: readonly (Need | null)[]): Need | null {
	if (needs.some((n) => n === null)) return null;
	const parts = (needs as Need[]).flatMap((n) => ('any' in n ? n.any : [n]));
	return parts.length === 1 ? parts[0]! : {any: parts};
}

/**
 * What every text the pattern matches holds (see above), or null when nothing can be read: the
 * regex must then always be run. A pattern with the `v` flag (another class syntax) is not read.
 */
export function needOf(pattern: RegExp): Need | null {
	if (pattern.flags.includes('v')) return null;
	const reader = new Reader(pattern.source);
	const need = reader.alternation();
	// A `)` without its `(` cannot be in a valid source; read nothing from a source not read to its end.
	return reader.pos < pattern.source.length ? null : need;
}

/** The words a condition names, each once. */
export function wordsOf(need: Need | null, into = new Set<string>()): Set<string> {
	if (need === null) return into;
	if ('word' in need) into.add(need.word);
	else for (const part of 'all' in need ? need.all : need.any) wordsOf(part, into);
	return into;
}
