// Thin MV3 service worker: listeners registered at top level, nothing kept in memory, so it works
// the same right after the browser stopped it (DESIGN.md, MV3 worker).
import browser from '../shared/browser';
import {handleCommand} from './commands';
import {ensureMenus, handleMenuClick} from './context-menu';
import {LIFE_PORT} from '../shared/messages';
import {handleMessage, isOwnSender} from './messages';
import {onPermissionsChanged, syncSites} from './sites';
import {isSettingsArea} from '../shared/settings';
import {welcomeOnInstall} from './welcome';

browser.runtime.onInstalled.addListener(details => {
	void ensureMenus();
	void syncSites();
	void welcomeOnInstall(details);
});
// Menus persist in Chrome; a browser that drops them with the background page gets them back here
// (ensureMenus updates an existing menu, so this is idempotent).
browser.runtime.onStartup.addListener(() => {
	void ensureMenus();
});
browser.contextMenus.onClicked.addListener((info, tab) => {
	void handleMenuClick(info, tab);
});
browser.runtime.onMessage.addListener(handleMessage);
browser.commands.onCommand.addListener(command => void handleCommand(command));
// Content scripts hold a port open to learn when the extension goes away (content/lifecycle.ts); any
// other port is closed at once.
browser.runtime.onConnect.addListener(port => {
	if (port.name !== LIFE_PORT || !port.sender || !isOwnSender(port.sender)) port.disconnect();
});
browser.permissions.onAdded.addListener(change => void onPermissionsChanged(change, true));
browser.permissions.onRemoved.addListener(change => void onPermissionsChanged(change, false));
browser.storage.onChanged.addListener((changes, area) => {
	if (isSettingsArea(area) && 'sites' in changes) void syncSites();
});
