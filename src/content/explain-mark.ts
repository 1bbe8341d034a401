// A mark → the explanation its card shows: the whole reply it belongs to (reply code + enhanced code,
// with the reply's text and tags so provider rules apply), or the provider tag itself. The core's
// tables and provider rules live in the background (src/background/explain-batch.ts): each scanned
// body's replies are asked for in one `explain-batch` message, and the answers are cached here by code
// and context, so a card normally shows from the cache in the frame the pointer reaches the code.
import type {Explanation} from '../core/types';
import {MAX_EXPLAIN_ITEMS, type ExplainBatchAnswer, type ExplainItem} from '../shared/messages';
import type {Mark, MarkTone, Reply} from './marks';

/** Sends one batch to the background; rejects when the extension went away (or the worker failed). */
export type SendBatch = (items: ExplainItem[]) => Promise<ExplainBatchAnswer>;

/** Explanations kept (oldest forgotten first): far more than a thread shows, small next to the page. */
const MAX_CACHED = 4000;

/** code + context → the answer (null: the core does not know the code). Shared by every run in the page. */
const cache = new Map<string, Explanation | null>();

const keyOf = (item: ExplainItem): string => `${item.code}\n${item.tags.join(' ')}\n${item.provider ?? ''}\n${item.text}`;

const itemOf = (code: string, group: Reply): ExplainItem => ({code, text: group.text, tags: group.tags});

/** The reply's code as one (`550 5.1.1`), else its one code, else `fallback`. */
export function replyCode(group: Reply, fallback: string): string {
	const {reply, enhanced} = group;
	if (reply && enhanced) return `${reply} ${enhanced}`;
	return reply ?? enhanced ?? fallback;
}

/** What to ask for a mark, in order of preference: its tag (for a tag), its whole reply, its own token. */
function chainOf(mark: Mark): ExplainItem[] {
	const codes = mark.kind === 'provider-tag' ? [mark.code, replyCode(mark.group, mark.code), mark.code] : [replyCode(mark.group, mark.code), mark.code];
	return [...new Set(codes)].map(code => itemOf(code, mark.group));
}

function unrecognised(mark: Mark): Explanation {
	return {
		code: mark.code, kind: 'unknown', severity: 'permanent', title: 'Unrecognised code', meaning: mark.group.text,
		causes: [], fix: [], whoActs: 'sender-admin', retry: 'retry-after-fix', reason: 'unmapped', sources: [], inRegistry: false, notes: [],
	};
}

/** The first item of the chain the cache answers with an explanation; `missing` when one must be asked first. */
function resolve(mark: Mark): {explanation: Explanation} | {missing: ExplainItem} {
	for (const item of chainOf(mark)) {
		const key = keyOf(item);
		if (!cache.has(key)) return {missing: item};
		const hit = cache.get(key);
		if (hit) return {explanation: hit};
	}
	return {explanation: unrecognised(mark)};
}

/** The mark's explanation if the cache has it (no message, no wait), else undefined. */
export function cachedExplanation(mark: Mark): Explanation | undefined {
	const found = resolve(mark);
	return 'explanation' in found ? found.explanation : undefined;
}

/** The tone of a reply known only by its provider tag (`[TSS04]` is transient, `(S3150)` permanent), once known. */
export function tagTone(group: Reply): MarkTone | undefined {
	const tag = group.tags[0];
	if (!tag) return undefined;
	const key = keyOf(itemOf(tag, group));
	if (!cache.has(key)) return undefined;
	const explained = cache.get(key);
	return !explained || explained.severity === 'intermediate' ? 'information' : explained.severity;
}

/** What "Open full explanation" asks for: the reply's text when a provider's reading applies, else the code. */
export function queryOf(mark: Mark, explanation?: Explanation): string {
	const text = mark.group.text;
	if (explanation?.provider && text && text.length <= 500) return text;
	return explanation?.code ?? replyCode(mark.group, mark.code);
}

function remember(key: string, value: Explanation | null): void {
	cache.delete(key);
	cache.set(key, value);
	if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
}

/** Forgets every answer (tests). */
export function clearExplanations(): void {
	cache.clear();
}

/**
 * Asks the background for explanations and fills the cache. One instance per run: it stops asking once
 * its signal aborts, and in-flight questions are shared so a code is never asked twice at once.
 */
export class Explainer {
	private readonly inFlight = new Map<string, Promise<void>>();

	constructor(
		private readonly send: SendBatch,
		private readonly signal: AbortSignal,
	) {}

	/**
	 * Asks, in one message, for the replies of a scanned body that are not known yet: each reply as a whole
	 * and each provider tag (the first MAX_EXPLAIN_ITEMS, in document order; later ones are asked on hover).
	 * Resolves true when some lone provider tag got its meaning (its marks can take their tone now).
	 */
	async prefetch(marks: readonly Mark[]): Promise<boolean> {
		const items: ExplainItem[] = [];
		const seen = new Set<string>();
		let tagOnly = false;
		const want = (item: ExplainItem, lone: boolean) => {
			const key = keyOf(item);
			if (seen.has(key) || cache.has(key) || this.inFlight.has(key)) return;
			seen.add(key);
			items.push(item);
			tagOnly ||= lone;
		};
		let last: Reply | undefined;
		// Replies looked at: a huge body re-scanned after a change has its first ones known already.
		let groups = 0;
		for (const mark of marks) {
			if (items.length >= MAX_EXPLAIN_ITEMS || groups >= 4 * MAX_EXPLAIN_ITEMS) break;
			const {group} = mark;
			if (group === last) continue;
			last = group;
			groups++;
			// A reply with neither code is its tag alone: its marks wait for the answer to take a tone.
			const lone = !group.reply && !group.enhanced;
			want(itemOf(replyCode(group, mark.code), group), lone);
			for (const tag of group.tags) want(itemOf(tag, group), lone);
		}
		if (items.length === 0) return false;
		await this.ask(items.slice(0, MAX_EXPLAIN_ITEMS));
		return tagOnly;
	}

	/** The mark's explanation, asking the background for what the cache lacks. */
	async explanationOf(mark: Mark): Promise<Explanation> {
		for (let step = 0; step < 4; step++) {
			const found = resolve(mark);
			if ('explanation' in found) return found.explanation;
			await this.ask([found.missing]);
		}
		return unrecognised(mark);
	}

	private async ask(items: ExplainItem[]): Promise<void> {
		const keys = items.map(keyOf);
		const waits = keys.map(key => this.inFlight.get(key)).filter((p): p is Promise<void> => p !== undefined);
		const fresh = items.filter((_, i) => !this.inFlight.has(keys[i]!));
		if (fresh.length > 0) {
			const freshKeys = fresh.map(keyOf);
			const asked = this.signal.aborted ? Promise.reject(new Error('stopped')) : Promise.resolve().then(() => this.send(fresh));
			const done = asked.then(answers => {
				if (!Array.isArray(answers)) throw new Error('explain-batch: no answer');
				freshKeys.forEach((key, i) => remember(key, answers[i] ?? null));
			}).finally(() => {
				for (const key of freshKeys) this.inFlight.delete(key);
			});
			for (const key of freshKeys) this.inFlight.set(key, done);
			waits.push(done);
		}
		await Promise.all(waits);
	}
}
