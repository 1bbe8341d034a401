// The one import of webextension-polyfill (STYLE.md practice 12): every browser API goes through here,
// so tests can mock a single module and Chrome and Firefox share one code path.
import browser from 'webextension-polyfill';

export default browser;
export type {Browser, Menus, Runtime, Tabs} from 'webextension-polyfill';
