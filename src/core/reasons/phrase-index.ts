// All reasons' phrases compiled once into one matcher. The result is the same as trying each
// reason in precedence order and each of its phrases in turn (the first reason with a matching
// phrase wins), but the text is read once: the literal phrases, and the literals each regex phrase
// needs (required-literals.ts), go into one automaton (literal-automaton.ts: every occurrence in one
// linear pass). A reason's regex phrases run only when no literal phrase of that reason or of an
// earlier one has already decided, and only when the text holds a literal every match of the regex
// needs: most texts hold none of them.
import type {ReasonRule} from './types';
import {automatonOf, automatonTables, type AutomatonTables, type Literal} from '../literal-automaton';
import {builtTables, patternInputs} from '../kept-tables';
import {requiredLiterals} from '../required-literals';

export interface PhraseIndex {
	/** Index (in the rules' order) of the first rule with a phrase in the text, or -1. */
	firstRule(text: string): number;
}

/** A regex phrase: its rule, its place among the rule's phrases, its id, and whether no literal rules it out. */
interface RegexPhrase {
	rule: number;
	phrase: number;
	id: number;
	always: boolean;
}

/** What the index reads with (kept-tables.ts may keep it): the automaton's tables and the regex phrases. */
interface PhraseTables {
	automaton: AutomatonTables;
	regexes: RegexPhrase[];
}

function phraseTables(rules: readonly ReasonRule[]): PhraseTables {
	const NONE = rules.length;
	// Ids below NONE: a literal phrase of that rule; NONE + n: a literal the n-th regex phrase needs.
	const literals: Literal[] = [];
	const regexes: RegexPhrase[] = [];
	rules.forEach((rule, index) => {
		rule.phrases.forEach((phrase, at) => {
			if (typeof phrase === 'string') {
				literals.push({text: phrase, id: index});
				return;
			}
			const id = NONE + regexes.length;
			const needed = requiredLiterals(phrase);
			for (const text of needed ?? []) literals.push({text, id});
			regexes.push({rule: index, phrase: at, id, always: !needed});
		});
	});
	return {automaton: automatonTables(literals), regexes};
}

/** The rules' phrases written out whole (JSON), as kept tables are named (kept-tables.ts). */
function phraseInputs(rules: readonly ReasonRule[]): string {
	return JSON.stringify(rules.map((rule) => rule.phrases.map((p) => (typeof p === 'string' ? p : patternInputs(p)))));
}

export function buildPhraseIndex(rules: readonly ReasonRule[]): PhraseIndex {
	const NONE = rules.length;
	const tables = builtTables('reason-phrases', () => phraseInputs(rules), () => phraseTables(rules));
	const automaton = automatonOf(tables.automaton);
	const regexes = tables.regexes.map(({rule, phrase, id, always}) => ({rule, re: rules[rule]!.phrases[phrase] as RegExp, id, always}));
	const seen = new Uint8Array(NONE + regexes.length);
	return {
		firstRule(text: string): number {
			seen.fill(0);
			// Reading stops at a phrase of the first rule: no regex phrase can come before it.
			const lowest = automaton.scan(text, seen, 1);
			const found = lowest < NONE ? lowest : NONE;
			// Regex phrases of rules that precede the best literal match, in precedence order.
			for (const {rule, re, id, always} of regexes) {
				if (rule >= found) break;
				if ((always || seen[id] === 1) && re.test(text)) return rule;
			}
			return found === NONE ? -1 : found;
		},
	};
}
