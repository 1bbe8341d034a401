// The literals a regex cannot match without: a set of strings, one of which every match holds (in
// ASCII lower case), so a text holding none of them (read with its ASCII letters lowered) is known not
// to match without running the regex. Read from the pattern's source, which is parsed as JavaScript
// reads a pattern without the u or v flag (Annex B): a literal is a run of characters that must occur
// in a row, a group of such alternatives (`(?:icloud|me|mac)\.com`) gives a few runs, and zero-width
// assertions (`\b`, `^`, look-arounds) consume nothing, so the characters on either side of them stand
// in a row in the text. Anything this reading does not know for sure (an escape it does not name, a
// backreference, a flag other than g, i, m, s) makes the answer undefined: no filter, never a wrong one.
// Why ASCII only: without the u flag, `i` matches a letter's other ASCII case and nothing else (ECMA-262
// Canonicalize never maps a non-ASCII character to an ASCII one), so lowering ASCII letters keeps every
// match; a non-ASCII character of a pattern ends a literal.

import {builtTables, patternInputs} from './kept-tables';
import {automatonOf, automatonTables, type Literal, type LiteralAutomaton} from './literal-automaton';

/** Most strings a set may hold: a cross product past it ends the run there. */
const MAX_SET = 64;
/** Most repetitions of an exact part spelled out (`\d{3}` is read, `a{0,99}` is not). */
const MAX_REPEAT = 8;

/**
 * What a part of a pattern matches, as sets of strings (null: too many, or not literal): `exact`,
 * every string it can match; `prefix` and `suffix`, strings one of which starts (ends) each match
 * (`['']` when nothing is known); `required`, the best set one of which each match holds.
 */
interface Reading {
	exact: string[] | null;
	prefix: string[];
	suffix: string[];
	required: string[] | null;
}

/** Thrown on a construct this reading does not know: the pattern gets no literals. */
class Unknown extends Error {}

const NOTHING = [''];
const EMPTY: Reading = {exact: NOTHING, prefix: NOTHING, suffix: NOTHING, required: null};
const ANY: Reading = {exact: null, prefix: NOTHING, suffix: NOTHING, required: null};

/** The better of two required sets: the longer shortest string, then the fewer strings. */
function better(a: string[] | null, b: string[] | null): string[] | null {
	if (!b || shortest(b) === 0) return a;
	if (!a || shortest(a) === 0) return b;
	const la = shortest(a);
	const lb = shortest(b);
	return lb > la || (lb === la && b.length < a.length) ? b : a;
}

function shortest(set: readonly string[]): number {
	let min = Infinity;
	for (const s of set) if (s.length < min) min = s.length;
	return min;
}

/** Every a+b, or null when there would be more than MAX_SET. */
function cross(a: readonly string[], b: readonly string[]): string[] | null {
	if (a.length * b.length > MAX_SET) return null;
	const out = new Set<string>();
	for (const x of a) for (const y of b) out.add(x + y);
	return [...out];
}

/** Both sets' strings, or null when there would be more than MAX_SET. */
function union(a: readonly string[] | null, b: readonly string[] | null): string[] | null {
	if (!a || !b) return null;
	const out = [...new Set([...a, ...b])];
	return out.length > MAX_SET ? null : out;
}

class Reader {
	i = 0;
	constructor(private readonly source: string) {}

	/** An alternation, up to a `)` or the end: a match is one alternative's. */
	alternation(): Reading {
		const alternatives: Reading[] = [this.sequence()];
		while (this.source[this.i] === '|') {
			this.i++;
			alternatives.push(this.sequence());
		}
		if (alternatives.length === 1) return alternatives[0]!;
		let exact: string[] | null = [];
		let prefix: string[] | null = [];
		let suffix: string[] | null = [];
		let required: string[] | null = [];
		for (const a of alternatives) {
			exact = union(exact, a.exact);
			prefix = union(prefix, a.prefix);
			suffix = union(suffix, a.suffix);
			const own = better(a.required, a.exact);
			required = own && shortest(own) > 0 ? union(required, own) : null;
		}
		return {exact, prefix: prefix ?? NOTHING, suffix: suffix ?? NOTHING, required};
	}

	/**
	 * A sequence of quantified atoms: adjacent exact parts join into runs (their cross product); a
	 * run joins the prefix of the part after it, and a part's suffix starts the next run.
	 */
	sequence(): Reading {
		let run: string[] = NOTHING;
		let prefix: string[] | null = null;
		let required: string[] | null = null;
		while (this.i < this.source.length && this.source[this.i] !== '|' && this.source[this.i] !== ')') {
			const part = this.quantified();
			const joined = part.exact && cross(run, part.exact);
			if (joined) {
				run = joined;
				continue;
			}
			const before = cross(run, part.prefix) ?? run;
			prefix ??= before;
			required = better(better(required, before), part.required);
			run = part.suffix;
		}
		required = better(required, run);
		return prefix ? {exact: null, prefix, suffix: run, required} : {exact: run, prefix: run, suffix: run, required};
	}

	quantified(): Reading {
		const atom = this.atom();
		const q = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(this.source.slice(this.i, this.i + 24));
		if (!q) return atom;
		this.i += q[0].length;
		const min = q[1] ? (q[1] === '+' ? 1 : 0) : Number(q[2]);
		const max = q[1] ? (q[1] === '?' ? 1 : Infinity) : q[3] === undefined ? min : q[4] ? Number(q[4]) : Infinity;
		let exact: string[] | null = null;
		if (atom.exact && max <= MAX_REPEAT) {
			// Every count from min to max of the part's strings.
			let times: string[] | null = NOTHING;
			exact = min === 0 ? NOTHING : [];
			for (let n = 1; n <= max && times && exact; n++) {
				times = cross(times, atom.exact);
				if (n >= min) exact = union(exact, times);
			}
			if (!times) exact = null;
		}
		if (exact) return {exact, prefix: exact, suffix: exact, required: null};
		if (min === 0) return ANY;
		return {exact: null, prefix: atom.prefix, suffix: atom.suffix, required: better(atom.required, atom.exact)};
	}

	atom(): Reading {
		const c = this.source[this.i++]!;
		if (c === '\\') return this.escape();
		if (c === '(') return this.group();
		if (c === '[') {
			// A class: no literal. `]` first closes an empty class in JavaScript (`[]`).
			for (; this.i < this.source.length && this.source[this.i] !== ']'; this.i++) if (this.source[this.i] === '\\') this.i++;
			if (this.i >= this.source.length) throw new Unknown('unclosed class');
			this.i++;
			return ANY;
		}
		if (c === '^' || c === '$') return EMPTY;
		if (c === '.') return ANY;
		if (c === '*' || c === '+' || c === '?') throw new Unknown('nothing to repeat');
		if (c === '{' && /^\d+(?:,\d*)?\}/.test(this.source.slice(this.i))) throw new Unknown('nothing to repeat');
		return literal(c);
	}

	escape(): Reading {
		const c = this.source[this.i++];
		if (c === undefined) throw new Unknown('trailing backslash');
		if (c === 'b' || c === 'B') return EMPTY;
		if ('dDwWsS'.includes(c)) return ANY;
		const control = CONTROL[c];
		if (control !== undefined && !(c === '0' && /\d/.test(this.source[this.i] ?? ''))) return literal(control);
		// Backreferences, octal and control escapes, \x, \u, \k, \p and identity escapes of letters: not read.
		if (/[\w]/.test(c)) throw new Unknown(`escape \\${c}`);
		return literal(c);
	}

	group(): Reading {
		let assertion = false;
		if (this.source[this.i] === '?') {
			const kind = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(this.source.slice(this.i));
			if (!kind) throw new Unknown('group kind');
			// (?: and (?<name> group; (?= (?! (?<= (?<! look around.
			assertion = kind[0] === '?=' || kind[0] === '?!' || kind[0] === '?<=' || kind[0] === '?<!';
			this.i += kind[0].length;
		}
		const inner = this.alternation();
		if (this.source[this.i] !== ')') throw new Unknown('unclosed group');
		this.i++;
		// A look-around consumes nothing: what stands on either side of it stands in a row.
		return assertion ? EMPTY : inner;
	}
}

/** Escapes that stand for one control character (`\0` when no digit follows). */
const CONTROL: Record<string, string> = {n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0'};

function literal(c: string): Reading {
	const code = c.charCodeAt(0);
	if (code >= 128) return ANY;
	const set = [code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c];
	return {exact: set, prefix: set, suffix: set, required: null};
}

/**
 * Strings in ASCII lower case, one of which every match of the pattern holds (its ASCII letters
 * lowered), or undefined when the source cannot tell (no literal required, or a construct this
 * reading does not know). Never an empty string.
 */
export function requiredLiterals(pattern: RegExp): string[] | undefined {
	if (!/^[gims]*$/.test(pattern.flags)) return undefined;
	const reader = new Reader(pattern.source);
	try {
		const whole = reader.alternation();
		if (reader.i !== pattern.source.length) return undefined;
		const set = better(whole.required, whole.exact);
		return set && shortest(set) > 0 ? set : undefined;
	} catch (error) {
		if (error instanceof Unknown) return undefined;
		throw error;
	}
}

/** What one pass over a text tells of a list of items, each with its patterns (literalFilter). */
export interface LiteralFilter {
	/** Reports item i (its index) when the text holds a literal one of its patterns needs. */
	automaton: LiteralAutomaton;
	/** 1 for each item searched whatever the text holds: a pattern of it has no literals to read. */
	always: Uint8Array;
}

/** The literals every item's patterns need, as one automaton, and the items no literal can rule out. */
export function literalFilter(items: readonly (readonly RegExp[])[]): LiteralFilter {
	const tables = builtTables(
		'literal-filter',
		() => JSON.stringify(items.map((patterns) => patterns.map(patternInputs))),
		() => {
			const literals: Literal[] = [];
			const always = new Uint8Array(items.length);
			items.forEach((patterns, id) => {
				for (const pattern of patterns) {
					const needed = requiredLiterals(pattern);
					if (needed) for (const text of needed) literals.push({text, id});
					else always[id] = 1;
				}
			});
			return {automaton: automatonTables(literals), always};
		},
	);
	// `always` is read, never written: the kept one is shared by every filter made from it.
	return {automaton: automatonOf(tables.automaton), always: tables.always};
}
