// Content-script entry on the webmail hosts (manifest content_scripts): picks the webmail adapter,
// reads the settings, and runs the marking until the settings turn it off, a newer copy of the
// script starts, or the extension goes away (DESIGN.md, content-script contract).
import {DEFAULT_SETTINGS, loadSettings, onSettingsChanged, type Settings} from '../shared/settings';
import {run} from './app';
import {contextAlive, onDocumentReplaced, retireOnNewInstance, retireWhenOrphaned} from './lifecycle';
import {pickAdapter, type WebmailAdapter} from './webmail';

function enabled(adapter: WebmailAdapter, settings: Settings): boolean {
	if (adapter.id === 'generic') return true; // the user enabled this site explicitly
	return settings.marking[adapter.id];
}

async function main(): Promise<void> {
	const adapter = pickAdapter(location.hostname);
	const life = new AbortController();
	retireOnNewInstance(life);
	retireWhenOrphaned(life);
	let current: AbortController | undefined;
	let latest = DEFAULT_SETTINGS;
	const apply = (settings: Settings) => {
		latest = settings;
		current?.abort();
		current = undefined;
		if (life.signal.aborted || !contextAlive() || !enabled(adapter, settings)) return;
		const controller = new AbortController();
		life.signal.addEventListener('abort', () => controller.abort(), {once: true, signal: controller.signal});
		current = controller;
		run(adapter, controller, {banner: settings.banner});
	};
	const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
	apply(settings);
	// A page that rewrites its document wiped the run's nodes and listeners: start it again.
	onDocumentReplaced(() => apply(latest), life.signal);
	try {
		onSettingsChanged(apply, life.signal);
	} catch {
		// An orphaned script cannot listen any more; it is being retired anyway.
	}
}

void main().catch(() => undefined);
