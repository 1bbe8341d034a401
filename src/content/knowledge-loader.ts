// Loads the knowledge chunk once, on demand (the first marked code), and keeps it.
import type * as KnowledgeModule from './knowledge';

type Knowledge = typeof KnowledgeModule;

let loading: Promise<Knowledge> | undefined;
let loaded: Knowledge | undefined;

export function loadKnowledge(): Promise<Knowledge> {
	loading ??= import('./knowledge').then(module => (loaded = module), (error: unknown) => {
		loading = undefined; // let a later call try again
		throw error;
	});
	return loading;
}

/** The knowledge chunk if it has loaded, else undefined (callers then load it and come back). */
export function knowledge(): Knowledge | undefined {
	return loaded;
}
