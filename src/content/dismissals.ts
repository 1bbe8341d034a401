// Banners the user dismissed, remembered per message in storage.local (never leaves the browser).
import browser from '../shared/browser';

const KEY = 'dismissedBanners';
/** Oldest ids are forgotten past this many. */
const MAX = 500;

export class Dismissals {
	private ids = new Set<string>();
	readonly ready: Promise<void>;

	constructor() {
		this.ready = browser.storage.local.get(KEY).then(stored => {
			const list = stored[KEY];
			if (Array.isArray(list)) for (const id of list) if (typeof id === 'string') this.ids.add(id);
		}).catch(() => undefined);
	}

	has(id: string): boolean {
		return this.ids.has(id);
	}

	add(id: string): void {
		this.ids.delete(id);
		this.ids.add(id);
		const list = [...this.ids].slice(-MAX);
		this.ids = new Set(list);
		browser.storage.local.set({[KEY]: list}).catch(() => undefined);
	}
}

/** A short stable key for a message with no id of its own: FNV-1a of its first 4000 chars. */
export function textKey(text: string): string {
	let hash = 0x811c9dc5;
	const end = Math.min(text.length, 4000);
	for (let i = 0; i < end; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return `t:${(hash >>> 0).toString(36)}:${text.length}`;
}
