// A mark → the explanation its card shows: the whole reply it belongs to (reply code + enhanced code +
// tags + words), as the core reads it (explainReplies: the same reading the popup and the context-menu
// card give). The core's tables and provider rules live in the background (src/background/
// explain-batch.ts): each scanned body's replies are asked for in one `explain-batch` message, with
// the body's text as context (the bounce's provider), and the answers are kept per body, so a card
// normally shows from them in the frame the pointer reaches the code. A closed message's answers go
// with its body element.
import {MAX_EXPLAIN_CONTEXT, MAX_EXPLAIN_ITEMS, type CardExplanation as Explanation, type ExplainBatchAnswer, type ExplainItem} from '../shared/messages';
import type {Mark, MarkTone, Reply} from './marks';

/** Sends one body's batch to the background; rejects when the extension went away (or the worker failed). */
export type SendBatch = (items: ExplainItem[], context: string) => Promise<ExplainBatchAnswer>;

/** Answers kept per body (oldest forgotten first): far more replies than a thread shows. */
const MAX_CACHED = 4000;

interface BodyAnswers {
	/** The body's text as last scanned (its head): the context every batch of this body carries. */
	context: string;
	/** Reply → the answer (null: the core knows none of its codes). */
	answers: Map<string, Explanation | null>;
}

let bodies = new WeakMap<Element, BodyAnswers>();

function answersOf(body: Element): BodyAnswers {
	let entry = bodies.get(body);
	if (!entry) bodies.set(body, entry = {context: '', answers: new Map()});
	return entry;
}

const keyOf = (group: Reply): string => `${group.reply ?? ''}\n${group.enhanced ?? ''}\n${group.tags.join(' ')}\n${group.text}`;

const itemOf = (group: Reply): ExplainItem => ({
	...(group.reply ? {reply: group.reply} : {}),
	...(group.enhanced ? {enhanced: group.enhanced} : {}),
	tags: group.tags,
	text: group.text,
});

/** The reply's code as one (`550 5.1.1`), else its one code, else `fallback`. */
export function replyCode(group: Reply, fallback: string): string {
	const {reply, enhanced} = group;
	if (reply && enhanced) return `${reply} ${enhanced}`;
	return reply ?? enhanced ?? fallback;
}

function unrecognised(mark: Mark): Explanation {
	return {
		code: mark.code, kind: 'unknown', severity: 'permanent', title: 'Unrecognised code', meaning: mark.group.text,
		causes: [], fix: [], whoActs: 'sender-admin', retry: 'retry-after-fix', reason: 'unmapped', sources: [], inRegistry: false, notes: [],
	};
}

/** The answer for a reply of a body: an explanation, null (none), or undefined (not asked yet). */
function answerOf(group: Reply, body: Element): Explanation | null | undefined {
	return bodies.get(body)?.answers.get(keyOf(group));
}

/** The mark's explanation if its body's answers have it (no message, no wait), else undefined. */
export function cachedExplanation(mark: Mark): Explanation | undefined {
	const answer = answerOf(mark.group, mark.body);
	if (answer === undefined) return undefined;
	return answer ?? unrecognised(mark);
}

/** The tone of a reply known only by its provider tag (`[TSS04]` is transient, `(S3150)` permanent), once known. */
export function tagTone(group: Reply, body: Element): MarkTone | undefined {
	if (group.tags.length === 0) return undefined;
	const answer = answerOf(group, body);
	if (answer === undefined) return undefined;
	return !answer || answer.severity === 'intermediate' ? 'information' : answer.severity;
}

/** What "Open full explanation" asks for: the reply's text when a provider's reading applies, else the code. */
export function queryOf(mark: Mark, explanation?: Explanation): string {
	const text = mark.group.text;
	if (explanation?.provider && text && text.length <= 500) return text;
	return explanation?.code ?? replyCode(mark.group, mark.code);
}

function remember(body: Element, key: string, value: Explanation | null): void {
	const {answers} = answersOf(body);
	answers.delete(key);
	answers.set(key, value);
	if (answers.size > MAX_CACHED) answers.delete(answers.keys().next().value!);
}

/** Forgets every answer (tests). */
export function clearExplanations(): void {
	bodies = new WeakMap();
}

/**
 * Asks the background for explanations and keeps the answers. One instance per run: it stops asking
 * once its signal aborts, and in-flight questions are shared so a reply is never asked twice at once.
 */
export class Explainer {
	private inFlight = new WeakMap<Element, Map<string, Promise<void>>>();

	constructor(
		private readonly send: SendBatch,
		private readonly signal: AbortSignal,
	) {}

	/**
	 * Asks, in one message per body, for the replies of a scanned body that are not known yet (the first
	 * MAX_EXPLAIN_ITEMS, in document order; later ones are asked on hover), with the body's text as
	 * context. Resolves true when some reply known only by a provider tag got its meaning (its marks can
	 * take their tone now).
	 */
	async prefetch(marks: readonly Mark[], text = ''): Promise<boolean> {
		const byBody = new Map<Element, Mark[]>();
		for (const mark of marks) {
			const list = byBody.get(mark.body);
			if (list) list.push(mark);
			else byBody.set(mark.body, [mark]);
		}
		const asked = await Promise.all([...byBody].map(([body, list]) => {
			if (text) answersOf(body).context = text.slice(0, MAX_EXPLAIN_CONTEXT);
			return this.prefetchBody(body, list);
		}));
		return asked.some(Boolean);
	}

	private async prefetchBody(body: Element, marks: readonly Mark[]): Promise<boolean> {
		const groups: Reply[] = [];
		const seen = new Set<string>();
		const known = bodies.get(body)?.answers;
		const flying = this.inFlight.get(body);
		let tagOnly = false;
		let last: Reply | undefined;
		// Replies looked at: a huge body re-scanned after a change has its first ones known already.
		let looked = 0;
		for (const mark of marks) {
			if (groups.length >= MAX_EXPLAIN_ITEMS || looked >= 4 * MAX_EXPLAIN_ITEMS) break;
			const {group} = mark;
			if (group === last) continue;
			last = group;
			looked++;
			const key = keyOf(group);
			if (seen.has(key) || known?.has(key) || flying?.has(key)) continue;
			seen.add(key);
			groups.push(group);
			// A reply with neither code is its tag alone: its marks wait for the answer to take a tone.
			tagOnly ||= !group.reply && !group.enhanced;
		}
		if (groups.length === 0) return false;
		await this.ask(body, groups);
		return tagOnly;
	}

	/** The mark's explanation, asking the background for what its body's answers lack. */
	async explanationOf(mark: Mark): Promise<Explanation> {
		const known = cachedExplanation(mark);
		if (known) return known;
		await this.ask(mark.body, [mark.group]);
		return cachedExplanation(mark) ?? unrecognised(mark);
	}

	private async ask(body: Element, groups: Reply[]): Promise<void> {
		let flying = this.inFlight.get(body);
		if (!flying) this.inFlight.set(body, flying = new Map());
		const keys = groups.map(keyOf);
		const waits = keys.map(key => flying.get(key)).filter((p): p is Promise<void> => p !== undefined);
		const fresh = groups.filter((_, i) => !flying.has(keys[i]!));
		if (fresh.length > 0) {
			const freshKeys = fresh.map(keyOf);
			const context = bodies.get(body)?.context ?? '';
			const asked = this.signal.aborted ? Promise.reject(new Error('stopped')) : Promise.resolve().then(() => this.send(fresh.map(itemOf), context));
			const done = asked.then(answers => {
				if (!Array.isArray(answers)) throw new Error('explain-batch: no answer');
				freshKeys.forEach((key, i) => remember(body, key, answers[i] ?? null));
			}).finally(() => {
				for (const key of freshKeys) flying.delete(key);
			});
			for (const key of freshKeys) flying.set(key, done);
			waits.push(done);
		}
		await Promise.all(waits);
	}
}
