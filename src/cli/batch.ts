// The items of a long run taken a few at a time (in one thread, and in each --jobs worker's batch),
// each stage of their results for all of them before the next (run.ts: every item decoded, then
// every item's codes, bounds and rendering): the code of one stage is run on several emails while
// it is in the processor's caches, rather than the whole decoder's code, megabytes of it, on each
// email in turn. Each item's result is what renderItem gives it alone, in the same order: an item's
// decoding does not depend on another's (email-scope.ts: an item finished after another's decoding
// began reads its codes in a scope of its own), and what one item throws fails that item alone.
import {contentBytes} from './enumerate';
import type {Item} from './inputs';
import {failedResult, type Render, type Rendered} from './render';
import {decodeStage, resultStage, type Decoded, type ResultOut} from './run';

/** Items in a batch, at most. */
export const STAGE_BATCH = 8;
/** Content bytes past which a batch takes no more items (a large input goes on its own). */
export const STAGE_BYTES = 256 * 1024;

/** An item's decoding (undefined for no content), or what decodeStage (or its promise) threw. */
export interface Stage {
	decoded?: Decoded;
	failed?: {error: unknown};
}

/** Each item's first stage, postal-mime's decodings awaited when some are not synchronous. */
export function decodeBatch(items: readonly Item[]): Stage[] | Promise<Stage[]> {
	const stages: {decoded?: Decoded | Promise<Decoded>; failed?: {error: unknown}}[] = [];
	for (const item of items) {
		try {
			stages.push({decoded: decodeStage(item)});
		} catch (error) {
			stages.push({failed: {error}});
		}
	}
	if (!stages.some(stage => stage.decoded instanceof Promise)) return stages as Stage[];
	return (async () => {
		for (const stage of stages) {
			if (!(stage.decoded instanceof Promise)) continue;
			try {
				stage.decoded = await stage.decoded;
			} catch (error) {
				stage.decoded = undefined;
				stage.failed = {error};
			}
		}
		return stages as Stage[];
	})();
}

/** An item rendered from its first stage (decodeBatch's, in this thread or a worker's): its second stage and its rendering. */
export function renderStage(item: Item, stage: Stage, render: Render): Rendered {
	let result: ResultOut;
	try {
		if (stage.failed) throw stage.failed.error;
		result = resultStage(item, stage.decoded, render.codes);
	} catch (error) {
		result = failedResult(item, error);
	}
	return render(item, result);
}

/** Each item rendered, the items' decodings (postal-mime's) awaited first when some are not synchronous. */
export function renderBatch(items: readonly Item[], render: Render): Rendered[] | Promise<Rendered[]> {
	const stages = decodeBatch(items);
	if (stages instanceof Promise) return stages.then(all => items.map((item, i) => renderStage(item, all[i]!, render)));
	return items.map((item, i) => renderStage(item, stages[i]!, render));
}

/**
 * The items in batches, in order: the first `single` one at a time (a short run, or one that may
 * still be streaming, is written as each item is done), then up to STAGE_BATCH items or STAGE_BYTES
 * of content. Should the items fail (the inputs failing, until-failure.ts), the items taken before
 * are given as a batch first.
 */
export function* batches(items: Iterable<Item>, single: number): Generator<Item[]> {
	const source = items[Symbol.iterator]();
	let taken = 0;
	try {
		for (;;) {
			const batch: Item[] = [];
			let bytes = 0;
			let failure: {error: unknown} | undefined;
			const most = taken < single ? 1 : STAGE_BATCH;
			try {
				while (batch.length < most && bytes < STAGE_BYTES) {
					const next = source.next();
					if (next.done) break;
					batch.push(next.value);
					bytes += contentBytes(next.value);
				}
			} catch (error) {
				failure = {error};
			}
			taken += batch.length;
			if (batch.length > 0) yield batch;
			if (failure) throw failure.error;
			if (batch.length < most && bytes < STAGE_BYTES) return;
		}
	} finally {
		// As a for-of loop would: items left unread (the run stopped) close what they hold open.
		source.return?.(undefined);
	}
}
