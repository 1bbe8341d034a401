// The welcome page opens once, on a fresh install (not on an update or a browser update), in a new tab.
import browser, {type Runtime} from '../shared/browser';

export const WELCOME_PATH = 'src/welcome/welcome.html';

export async function welcomeOnInstall(details: Pick<Runtime.OnInstalledDetailsType, 'reason'>): Promise<void> {
	if (details.reason !== 'install') return;
	await browser.tabs.create({url: browser.runtime.getURL(WELCOME_PATH)});
}
