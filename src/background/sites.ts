// Other webmails the user enabled (Settings → Other webmails): each granted optional host pattern in
// settings.sites gets the manifest's content script, registered at runtime.
import browser from '../shared/browser';
import {loadSettings, saveSettings} from '../shared/settings';

type PermissionChange = Parameters<Parameters<typeof browser.permissions.onAdded.addListener>[0]>[0];

export const SITES_SCRIPT_ID = 'bounce-decoder-sites';

/** The content script as built (one self-contained file, vite.config.ts), read from the running manifest. */
function contentScriptFiles(): string[] {
	return browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
}

/** Registers the content script on every enabled site that is still granted, and nowhere else. */
export async function syncSites(): Promise<void> {
	const [{sites}, all] = await Promise.all([loadSettings(), browser.permissions.getAll()]);
	const granted = new Set(all.origins ?? []);
	const matches = sites.filter(site => granted.has(site));
	const files = contentScriptFiles();
	const existing = await browser.scripting.getRegisteredContentScripts({ids: [SITES_SCRIPT_ID]});
	if (existing.length > 0) await browser.scripting.unregisterContentScripts({ids: [SITES_SCRIPT_ID]});
	if (matches.length === 0 || files.length === 0) return;
	// All frames, about:blank ones included: Proton renders the message in an about:blank iframe and
	// Roundcube's preview is a same-origin frame.
	await browser.scripting.registerContentScripts([{id: SITES_SCRIPT_ID, matches, js: files, runAt: 'document_idle', persistAcrossSessions: true, allFrames: true, matchOriginAsFallback: true}]);
}

/**
 * Keeps settings.sites in step with permissions granted or revoked outside the popup (the browser's
 * own extension page, or a popup that closed during the prompt, as Firefox's does).
 */
export async function onPermissionsChanged(change: PermissionChange, added: boolean): Promise<void> {
	const origins = change.origins ?? [];
	if (origins.length > 0) {
		const {sites} = await loadSettings();
		const next = added ? [...new Set([...sites, ...origins])] : sites.filter(site => !origins.includes(site));
		if (next.length !== sites.length || next.some((site, i) => site !== sites[i])) await saveSettings({sites: next});
	}
	await syncSites();
}
