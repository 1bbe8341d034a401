// User settings, kept in storage.sync so they follow the user's browser profile.
// Written by the popup's settings panel; read by the content script and the background.
import browser from './browser';

export interface Settings {
	/** Inline marking per built-in webmail. */
	marking: {gmail: boolean; outlook: boolean};
	/** The one-line verdict banner above a recognised bounce. */
	banner: boolean;
	/** Extra host match patterns the user enabled (`https://mail.yahoo.com/*`), each backed by an optional host permission. */
	sites: string[];
}

export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	marking: Object.freeze({gmail: true, outlook: true}),
	banner: true,
	sites: Object.freeze([]) as unknown as string[],
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
	};
}

export async function loadSettings(): Promise<Settings> {
	return normalizeSettings(await browser.storage.sync.get(SETTING_KEYS));
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
	await browser.storage.sync.set(patch);
}

/** Calls back with the whole new settings object whenever one of them changes; stops with the signal. */
export function onSettingsChanged(callback: (settings: Settings) => void, signal?: AbortSignal): void {
	const listener = (changes: Record<string, unknown>, area: string) => {
		if (area !== 'sync' || !SETTING_KEYS.some(key => key in changes)) return;
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
