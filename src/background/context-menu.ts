// "Explain this error" on selected text, on any page: a card next to the selection when the page
// can be scripted (activeTab + scripting), else the full-page view (browser pages, PDF viewer, stores).
import browser, {type Menus, type Tabs} from '../shared/browser';
import {cardCss} from '../ui/styles';
import {pageThemeAt} from '../ui/page-theme';
import {explainUrl} from '../shared/explain-url';
import {t} from '../shared/i18n';
import {cardForSelection} from './selection-card';
import {showCard} from './show-card';

export const MENU_ID = 'explain-selection';
/** The menu item; its title in the browser's language, read when the menu is made. */
const menu = () => ({id: MENU_ID, title: t('menu_explain'), contexts: ['selection' as const]});

/** Creates the menu, or updates it when it survived (menus persist across worker restarts and updates). */
export async function ensureMenus(): Promise<void> {
	try {
		const {title, contexts} = menu();
		await browser.contextMenus.update(MENU_ID, {title, contexts});
	} catch {
		await new Promise<void>(resolve => {
			// create() reports a duplicate id (a race with another onInstalled) through lastError only.
			browser.contextMenus.create(menu(), () => {
				void browser.runtime.lastError;
				resolve();
			});
		});
	}
}

export async function openExplanation(query: string, opener?: Tabs.Tab): Promise<void> {
	await browser.tabs.create({url: explainUrl(query), ...(opener?.id !== undefined && opener.id >= 0 ? {openerTabId: opener.id, index: (opener.index ?? 0) + 1} : {})});
}

/** The selection as the page holds it: menus report it with line breaks folded, bounces need them. */
function readSelection(): string {
	return getSelection()?.toString() ?? '';
}

/** True when the card was shown in the page. */
async function showInPage(tabId: number, frameId: number | undefined, selectionText: string): Promise<boolean> {
	const target = {tabId, frameIds: [frameId ?? 0]};
	try {
		const [read] = await browser.scripting.executeScript({target, func: readSelection});
		const text = typeof read?.result === 'string' && read.result.trim() ? read.result : selectionText;
		const payload = await cardForSelection(text);
		// The page's scheme at the selection, so the card matches the page rather than the system.
		const [theme] = await browser.scripting.executeScript({target, func: pageThemeAt, args: []});
		const [result] = await browser.scripting.executeScript({target, func: showCard, args: [payload, cardCss, theme?.result === 'dark' ? 'dark' : 'light']});
		return result?.result === true;
	} catch {
		// No access: chrome://, the Web Store, the PDF viewer, about: pages, or no activeTab grant.
		return false;
	}
}

export async function handleMenuClick(info: Pick<Menus.OnClickData, 'menuItemId' | 'selectionText' | 'frameId'>, tab?: Tabs.Tab): Promise<void> {
	if (info.menuItemId !== MENU_ID || !info.selectionText?.trim()) return;
	const shown = tab?.id !== undefined && tab.id >= 0 && await showInPage(tab.id, info.frameId, info.selectionText);
	if (!shown) await openExplanation(info.selectionText, tab);
}
