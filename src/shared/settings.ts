// User settings, kept in storage.sync so they follow the user's browser profile, or in storage.local
// (this browser only) when sync's quota refuses them: a long site list can pass sync's 8 KB per item.
// Written by the popup's settings panel; read by the content script and the background.
import browser from './browser';
import {chosenResolver, customResolver, DEFAULT_RESOLVER_ID, type ResolverId} from './resolvers';

export interface Settings {
	/** Inline marking per built-in webmail. */
	marking: {gmail: boolean; outlook: boolean};
	/** The one-line verdict banner above a recognised bounce. */
	banner: boolean;
	/** Extra host match patterns the user enabled (`https://mail.yahoo.com/*`), each backed by an optional host permission. */
	sites: string[];
	/** The DNS-over-HTTPS resolver the DNS checks ask (src/shared/resolvers.ts), by id; `custom` is customResolver. */
	resolver: ResolverId;
	/** The resolver URL the person typed (validated by parseCustomResolver), or ''. */
	customResolver: string;
}

export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	marking: Object.freeze({gmail: true, outlook: true}),
	banner: true,
	sites: Object.freeze([]) as unknown as string[],
	resolver: DEFAULT_RESOLVER_ID,
	customResolver: '',
});

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/** Webmails offered as opt-in, each with the host pattern its optional permission asks for. */
export const OPTIONAL_SITES = [
	{id: 'yahoo', name: 'Yahoo Mail', patterns: ['https://mail.yahoo.com/*']},
	{id: 'proton', name: 'Proton Mail', patterns: ['https://mail.proton.me/*']},
	{id: 'fastmail', name: 'Fastmail', patterns: ['https://app.fastmail.com/*']},
	{id: 'icloud', name: 'iCloud Mail', patterns: ['https://www.icloud.com/*']},
] as const;

/** Keeps stored values of the right shape: storage.sync can hold anything an older version wrote. */
export function normalizeSettings(raw: Record<string, unknown>): Settings {
	const marking = typeof raw.marking === 'object' && raw.marking !== null ? raw.marking as Record<string, unknown> : {};
	return {
		marking: {
			gmail: typeof marking.gmail === 'boolean' ? marking.gmail : DEFAULT_SETTINGS.marking.gmail,
			outlook: typeof marking.outlook === 'boolean' ? marking.outlook : DEFAULT_SETTINGS.marking.outlook,
		},
		banner: typeof raw.banner === 'boolean' ? raw.banner : DEFAULT_SETTINGS.banner,
		sites: Array.isArray(raw.sites) ? raw.sites.filter((s): s is string => typeof s === 'string') : [],
		resolver: chosenResolver(raw).id,
		customResolver: typeof raw.customResolver === 'string' ? customResolver(raw.customResolver)?.url ?? '' : '',
	};
}

/** The storage areas settings live in: sync, and local for what sync's quota refused. */
export const isSettingsArea = (area: string): boolean => area === 'sync' || area === 'local';

/**
 * Whether a storage error is a quota refusal: Chromium says "QUOTA_BYTES_PER_ITEM quota exceeded" (or
 * QUOTA_BYTES, MAX_ITEMS, MAX_WRITE_OPERATIONS_PER_MINUTE …), Firefox "QuotaExceededError: storage.sync
 * API call exceeded its quota limitations".
 */
export function isQuotaError(error: unknown): boolean {
	const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
	return /quota/i.test(text);
}

/** The keys an area really holds (some implementations answer absent keys as undefined). */
const stored = (items: Record<string, unknown>) => Object.fromEntries(Object.entries(items).filter(([, value]) => value !== undefined));

/** A setting kept in both areas is the synced one (written by another browser of the profile since). */
export async function loadSettings(): Promise<Settings> {
	const [local, sync] = await Promise.all([browser.storage.local.get(SETTING_KEYS), browser.storage.sync.get(SETTING_KEYS)]);
	return normalizeSettings({...stored(local), ...stored(sync)});
}

/** Whether some settings are kept on this browser only (a save fell back to storage.local). */
export async function settingsKeptLocally(): Promise<boolean> {
	return Object.keys(stored(await browser.storage.local.get(SETTING_KEYS))).length > 0;
}

/**
 * Saves to storage.sync; what sync's quota refuses goes to storage.local, and its older synced copy is
 * removed so that it does not win on load. Says where the patch was kept.
 */
export async function saveSettings(patch: Partial<Settings>): Promise<'sync' | 'local'> {
	const keys = Object.keys(patch);
	try {
		await browser.storage.sync.set(patch);
	} catch (error) {
		if (!isQuotaError(error)) throw error;
		await browser.storage.local.set(patch);
		await browser.storage.sync.remove(keys);
		return 'local';
	}
	// Synced again (the list got shorter): a local copy from an earlier fallback is stale.
	await browser.storage.local.remove(keys);
	return 'sync';
}

/** Calls back with the whole new settings object whenever one of them changes; stops with the signal. */
export function onSettingsChanged(callback: (settings: Settings) => void, signal?: AbortSignal): void {
	const listener = (changes: Record<string, unknown>, area: string) => {
		if (!isSettingsArea(area) || !SETTING_KEYS.some(key => key in changes)) return;
		void loadSettings().then(callback);
	};
	browser.storage.onChanged.addListener(listener);
	signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), {once: true});
}

/** A site pattern for an origin the user typed (`roundcube.example.org` → `https://roundcube.example.org/*`). */
export function sitePattern(input: string): string | undefined {
	const text = input.trim();
	if (!text) return undefined;
	try {
		const url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
		if (!/^[a-z0-9.-]+$/i.test(url.hostname) || !url.hostname.includes('.')) return undefined;
		return `${url.protocol}//${url.hostname}/*`;
	} catch {
		return undefined;
	}
}
