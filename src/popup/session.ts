// The popup's last input and view, kept for this browser session only (storage.session: in memory,
// gone when the browser quits, not readable by content scripts), so closing the popup by mistake
// loses nothing: a pasted bounce, a search, an open card or panel come back when it reopens.
// Cleared with recent lookups. Dropped files are not kept (their bytes never leave the worker).
import type {Explanation} from '../core';
import browser from '../shared/browser';

export type Panel = 'none' | 'browse' | 'settings';

export interface SessionState {
	query: string;
	panel: Panel;
	/** The card open on top of the list, if any, and the reply it was found in. */
	detail?: Explanation;
	reply?: string;
}

const KEY = 'popup';
/** Longest input kept: a bounce with its quoted message; storage.session holds 10 MB in all. */
export const SESSION_MAX_CHARS = 2 * 1024 * 1024;
const SAVE_AFTER_MS = 100;

const PANELS: readonly Panel[] = ['none', 'browse', 'settings'];

function valid(value: unknown): value is SessionState {
	const state = value as SessionState;
	if (typeof state !== 'object' || state === null || typeof state.query !== 'string' || !PANELS.includes(state.panel)) return false;
	const detail = state.detail as Partial<Explanation> | undefined;
	if (state.reply !== undefined && typeof state.reply !== 'string') return false;
	return detail === undefined || (typeof detail === 'object' && detail !== null && typeof detail.code === 'string' && typeof detail.title === 'string' && Array.isArray(detail.fix));
}

/** The session area, where the browser has one (Chrome 102+, Firefox 115+). */
const area = () => (browser.storage as {session?: typeof browser.storage.local}).session;

export async function loadSession(): Promise<SessionState | undefined> {
	try {
		const stored = await area()?.get(KEY);
		const state = stored?.[KEY];
		return valid(state) ? state : undefined;
	} catch {
		return undefined;
	}
}

let timer: ReturnType<typeof setTimeout> | undefined;
let pending: SessionState | undefined;

function write(): void {
	clearTimeout(timer);
	timer = undefined;
	const state = pending;
	pending = undefined;
	if (!state) return;
	const kept: SessionState = {query: state.query.length > SESSION_MAX_CHARS ? '' : state.query, panel: state.panel, ...(state.detail ? {detail: state.detail} : {}), ...(state.detail && state.reply ? {reply: state.reply} : {})};
	void area()?.set({[KEY]: kept}).catch(() => undefined);
}

/**
 * Keeps the state a moment after the last change (a keystroke does not write on its own), and at
 * once when the popup is hidden or closed (visibilitychange), so closing it right after typing
 * loses nothing.
 */
export function saveSession(state: SessionState): void {
	pending = state;
	clearTimeout(timer);
	timer = setTimeout(write, SAVE_AFTER_MS);
}

if (typeof document !== 'undefined') {
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') write();
	});
}

export async function clearSession(): Promise<void> {
	clearTimeout(timer);
	timer = undefined;
	pending = undefined;
	await area()?.remove(KEY).catch(() => undefined);
}
