// Random texts shaped by a regex: a walk over its source that picks one alternative, a count within
// each quantifier's bounds and a character of each class, so most texts it gives match the pattern
// (look-arounds and back-references are left out, so some do not). For fuzz tests that compare a fast
// search with a plain one on texts that hold what the patterns look for.
import {mulberry32} from '../helpers/prng';

/** A seeded generator (mulberry32, test/helpers/prng.ts): the same seed gives the same texts. */
export const seeded = mulberry32;

const POOL = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .-_:;#()[]@/<>\'"!?,=+*\t\nàéß中';

export function sample(pattern: RegExp, random: () => number): string {
	const source = pattern.source;
	let i = 0;
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const caseOf = (c: string): string => (pattern.flags.includes('i') && random() < 0.5 ? (random() < 0.5 ? c.toUpperCase() : c.toLowerCase()) : c);

	function alternation(): string {
		const options = [sequence()];
		while (source[i] === '|') {
			i++;
			options.push(sequence());
		}
		return pick(options);
	}
	function sequence(): string {
		let out = '';
		while (i < source.length && source[i] !== '|' && source[i] !== ')') out += quantified();
		return out;
	}
	function quantified(): string {
		const start = i;
		let text = atom();
		const q = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(source.slice(i, i + 24));
		if (!q) return text;
		i += q[0].length;
		const min = q[1] ? (q[1] === '+' ? 1 : 0) : Number(q[2]);
		const max = q[1] ? (q[1] === '?' ? 1 : min + 3) : q[3] === undefined ? min : q[4] ? Number(q[4]) : min + 3;
		const count = min + Math.floor(random() * (Math.min(max, min + 3) - min + 1));
		const end = i - q[0].length;
		for (let n = 1; n < count; n++) {
			i = start;
			text += atom();
		}
		i = end + q[0].length;
		return count === 0 ? '' : text;
	}
	function atom(): string {
		const c = source[i++]!;
		if (c === '\\') return escape();
		if (c === '(') return group();
		if (c === '[') return klass();
		if (c === '^' || c === '$') return '';
		if (c === '.') return pick([...POOL.replace(/\n/, '')]);
		return caseOf(c);
	}
	function escape(): string {
		const c = source[i++]!;
		if (c === 'd') return String(Math.floor(random() * 10));
		if (c === 'w') return pick([...'abcXYZ019_']);
		if (c === 's') return pick([' ', ' ', '\t']);
		if (c === 'b' || c === 'B') return '';
		if (c === 'D' || c === 'W' || c === 'S') return pick([' ', '.', '-']);
		if (c === 'n') return '\n';
		if (c === 't') return '\t';
		return caseOf(c);
	}
	function group(): string {
		const kind = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i));
		if (kind) i += kind[0].length;
		const inner = alternation();
		i++;
		return kind && kind[0] !== '?:' && !/^\?<[A-Za-z_$]/.test(kind[0]) ? '' : inner;
	}
	function klass(): string {
		let negated = false;
		if (source[i] === '^') {
			negated = true;
			i++;
		}
		const body: string[] = [];
		for (; source[i] !== ']'; i++) {
			if (source[i] === '\\') {
				i++;
				body.push('\\' + source[i]);
			} else body.push(source[i]!);
		}
		i++;
		const re = new RegExp(`[${negated ? '^' : ''}${body.join('')}]`, pattern.flags.includes('i') ? 'i' : '');
		const fits = [...POOL].filter(ch => re.test(ch));
		return fits.length > 0 ? caseOf(pick(fits)) : '';
	}
	return alternation();
}
