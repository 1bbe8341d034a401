// A code's registry card (explain.ts explainReply, explainEnhanced) is a function of the code alone:
// static data, never an email's text or a provider. Each is built once per code and handed out as a
// new object with its own notes and sources arrays, so the same code read in many emails costs a
// lookup, and no caller shares what it may change. The codes are well-formed (parseCode), so the keys
// are few; a map is emptied past MAX_CARDS anyway.
//
// Copies are written out field by field in the card's own key order (JSON keeps it): Node 20's
// Object.assign({}, card) costs ~0.3 µs a card, a literal ~0.02 µs.
import type {Explanation} from './types';

const MAX_CARDS = 4096;

/** The key orders a registry card is built in: with a stage (a registry entry, a class and subject), or without (an unlisted reply code). */
const WITH_STAGE = 'code,kind,severity,title,meaning,causes,fix,whoActs,retry,stage,reason,sources,inRegistry,notes';
const WITHOUT_STAGE = 'code,kind,severity,title,meaning,causes,fix,whoActs,retry,reason,sources,inRegistry,notes';

interface Card {
	card: Explanation;
	/** Which literal copies it: 1 with a stage, 2 without, 0 neither (copied key by key). */
	layout: 0 | 1 | 2;
}

export type CardCache = Map<string, Card>;

export const newCardCache = (): CardCache => new Map();

/** The card of `code` from `cards`, built by `build` the first time; always a new object. */
export function registryCard(cards: CardCache, code: string, build: (code: string) => Explanation): Explanation {
	let known = cards.get(code);
	if (!known) {
		if (cards.size >= MAX_CARDS) cards.clear();
		const card = build(code);
		const keys = Object.keys(card).join(',');
		known = {card, layout: keys === WITH_STAGE ? 1 : keys === WITHOUT_STAGE ? 2 : 0};
		cards.set(code, known);
	}
	const {card, layout} = known;
	const sources = card.sources.slice();
	const notes = card.notes.slice();
	if (layout === 1) {
		return {code: card.code, kind: card.kind, severity: card.severity, title: card.title, meaning: card.meaning, causes: card.causes, fix: card.fix, whoActs: card.whoActs, retry: card.retry, stage: card.stage, reason: card.reason, sources, inRegistry: card.inRegistry, notes};
	}
	if (layout === 2) {
		return {code: card.code, kind: card.kind, severity: card.severity, title: card.title, meaning: card.meaning, causes: card.causes, fix: card.fix, whoActs: card.whoActs, retry: card.retry, reason: card.reason, sources, inRegistry: card.inRegistry, notes};
	}
	const copy = copyOf(card);
	copy.sources = sources;
	copy.notes = notes;
	return copy;
}

/** `Object.assign({}, value)` for a plain object (own enumerable keys, in order), without its slow path. */
export function copyOf<T extends object>(value: T): T {
	const out = {} as Record<string, unknown>;
	const from = value as Record<string, unknown>;
	for (const key in from) if (Object.hasOwn(from, key)) out[key] = from[key];
	return out as T;
}

/** `[...new Set([...a, ...b, ...c])]`, without the set: a card's sources and its parts', each once, in order. */
export function sourcesOf(a: readonly string[], b: readonly string[], c: readonly string[]): string[] {
	const out: string[] = [];
	for (const s of a) if (!out.includes(s)) out.push(s);
	for (const s of b) if (!out.includes(s)) out.push(s);
	for (const s of c) if (!out.includes(s)) out.push(s);
	return out;
}
