// Settings in storage.sync (or on this browser only, when sync's quota refused them), plus which optional host permissions are actually granted (the user can
// revoke them in the browser's own UI, so the stored list alone is not the truth).
import {useCallback, useEffect, useState} from 'preact/hooks';
import browser from '../shared/browser';
import {DEFAULT_SETTINGS, loadSettings, onSettingsChanged, saveSettings, settingsKeptLocally, type Settings} from '../shared/settings';

export interface SettingsState {
	settings: Settings;
	granted: Set<string>;
	/** Some settings are kept on this browser only: storage.sync refused them (quota). */
	keptLocally: boolean;
	/** Asks for the host permission (must run inside the click), then stores the site. */
	enableSite(patterns: string[]): Promise<boolean>;
	disableSite(patterns: string[]): Promise<void>;
	update(patch: Partial<Settings>): Promise<void>;
}

async function grantedOrigins(): Promise<Set<string>> {
	const all = await browser.permissions.getAll();
	return new Set(all.origins ?? []);
}

export function useSettings(): SettingsState {
	const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
	const [granted, setGranted] = useState<Set<string>>(new Set());
	const [keptLocally, setKeptLocally] = useState(false);
	useEffect(() => {
		const controller = new AbortController();
		void loadSettings().then(setSettings);
		void settingsKeptLocally().then(setKeptLocally);
		void grantedOrigins().then(setGranted);
		onSettingsChanged(setSettings, controller.signal);
		return () => controller.abort();
	}, []);

	const update = useCallback(async (patch: Partial<Settings>) => {
		setSettings(current => ({...current, ...patch}));
		await saveSettings(patch);
		setKeptLocally(await settingsKeptLocally());
	}, []);

	const enableSite = useCallback(async (patterns: string[]) => {
		// permissions.request needs the user's click: it is the first await of the handler.
		const ok = await browser.permissions.request({origins: patterns});
		if (!ok) return false;
		const current = await loadSettings();
		await update({sites: [...new Set([...current.sites, ...patterns])]});
		setGranted(await grantedOrigins());
		return true;
	}, [update]);

	const disableSite = useCallback(async (patterns: string[]) => {
		const current = await loadSettings();
		await update({sites: current.sites.filter(site => !patterns.includes(site))});
		await browser.permissions.remove({origins: patterns}).catch(() => false);
		setGranted(await grantedOrigins());
	}, [update]);

	return {settings, granted, keptLocally, enableSite, disableSite, update};
}
