// Loads the decoding chunk (knowledge.ts: the verdict banner's decoder) once, on demand (the first
// marked code, when the banner is on), and keeps it.
import type * as KnowledgeModule from './knowledge';

type Knowledge = typeof KnowledgeModule;

let loading: Promise<Knowledge> | undefined;

export function loadKnowledge(): Promise<Knowledge> {
	loading ??= import('./knowledge').catch((error: unknown) => {
		loading = undefined; // let a later call try again
		throw error;
	});
	return loading;
}

