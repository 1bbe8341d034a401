// Recent lookups, kept on this device only (storage.local): the codes and tags the user opened.
// Pasted bounces are never stored, only the codes explained from them.
import browser from '../shared/browser';

export interface RecentEntry {
	query: string;
	title: string;
	at: number;
}

const KEY = 'recent';
export const RECENT_MAX = 12;

function valid(value: unknown): value is RecentEntry {
	const e = value as RecentEntry;
	return typeof e === 'object' && e !== null && typeof e.query === 'string' && typeof e.title === 'string' && typeof e.at === 'number';
}

// Writes run one after another, so a Clear is never undone by an add that started before it.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
	const next = queue.then(task, task);
	queue = next.catch(() => undefined);
	return next;
}

export async function loadRecent(): Promise<RecentEntry[]> {
	const stored = await browser.storage.local.get(KEY);
	const list = stored[KEY];
	return Array.isArray(list) ? list.filter(valid).slice(0, RECENT_MAX) : [];
}

/** Puts the lookup first, once; returns the new list. */
export function addRecent(query: string, title: string): Promise<RecentEntry[]> {
	return serial(async () => {
		const q = query.trim().slice(0, 64);
		if (!q) return loadRecent();
		const list = [{query: q, title, at: Date.now()}, ...(await loadRecent()).filter(e => e.query.toLowerCase() !== q.toLowerCase())]
			.slice(0, RECENT_MAX);
		await browser.storage.local.set({[KEY]: list});
		return list;
	});
}

export function clearRecent(): Promise<void> {
	return serial(() => browser.storage.local.remove(KEY));
}
