// ESLint (flat config) with typescript-eslint. Chosen over Biome because the two rules that matter
// most here — "core imports nothing from the browser" and "no HTML sinks with page text" — are
// plain `no-restricted-imports` / `no-restricted-syntax` selectors, with messages that say why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const htmlSinks = [
	{selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'Bounces quote attacker-controlled text: build DOM nodes or let Preact render text (DESIGN.md, Rules).'},
	{selector: 'CallExpression[callee.property.name="insertAdjacentHTML"]', message: 'No HTML sinks: build nodes instead.'},
	{selector: 'CallExpression[callee.object.name="document"][callee.property.name=/^(write|writeln)$/]', message: 'No document.write.'},
	{selector: 'NewExpression[callee.name="Function"]', message: 'No new Function.'},
	{selector: 'CallExpression[callee.name="Function"]', message: 'No Function().'},
	{selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]', message: 'No dangerouslySetInnerHTML: render text.'},
];

const network = [
	{name: 'fetch', message: 'The extension makes no network request (DESIGN.md, Private).'},
	{name: 'XMLHttpRequest', message: 'The extension makes no network request.'},
	{name: 'WebSocket', message: 'The extension makes no network request.'},
	{name: 'EventSource', message: 'The extension makes no network request.'},
];

const browserGlobals = ['window', 'document', 'navigator', 'chrome', 'browser', 'localStorage', 'sessionStorage', 'location', 'process', 'Buffer', 'require']
	.map(name => ({name, message: 'src/core is pure: no DOM, browser or Node API (DESIGN.md, Layout).'}));

const polyfill = {name: 'webextension-polyfill', message: 'Import the browser API from src/shared/browser.ts.'};

// `../core` and `../core/index` are the core's public API; `../core/explain` reaches inside it.
const throughIndex = {regex: '(?:^|/)core/(?!index(?:\\.ts)?$)', message: 'Other folders import the core only through src/core/index.ts: export what they need there.'};

/** Each folder outside the core: the folders it may not import, and whether it may use the browser API. */
const LAYERS = {
	content: {apart: ['popup', 'background', 'cli'], browserApi: true},
	popup: {apart: ['content', 'background', 'cli'], browserApi: true},
	background: {apart: ['content', 'popup', 'cli'], browserApi: true},
	ui: {apart: ['content', 'popup', 'background', 'cli'], browserApi: false},
	shared: {apart: ['content', 'popup', 'background', 'ui', 'cli'], browserApi: true},
	cli: {apart: ['content', 'popup', 'background'], browserApi: true},
};

export default tseslint.config(
	{ignores: ['dist/**', 'dist-lib/**', 'dist-cli/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'release/**']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		languageOptions: {globals: {...globals.browser, ...globals.node}},
		rules: {
			'no-eval': 'error',
			'no-implied-eval': 'error',
			'no-script-url': 'error',
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
			'@typescript-eslint/consistent-type-imports': 'error',
		},
	},
	{
		files: ['src/**/*.{ts,tsx}'],
		rules: {
			'no-restricted-syntax': ['error', ...htmlSinks],
			'no-restricted-globals': ['error', ...network],
			'no-restricted-properties': ['error', {object: 'navigator', property: 'sendBeacon', message: 'No network requests.'}],
		},
	},
	// The DNS checks' requests (issue 17): the core's DoH client takes `fetch` from its caller, and only these
	// files pass it — the CLI's --dns and the extension page that runs a check the user clicked.
	{
		files: ['src/cli/dns.ts', 'src/popup/dns-fetch.ts'],
		rules: {'no-restricted-globals': ['error', ...network.filter(entry => entry.name !== 'fetch')]},
	},
	// The core imports nothing outside itself: no relative path may climb out of src/core (one block
	// per depth), and no browser, UI or Node library.
	...[1, 2, 3, 4].map(depth => ({
		files: [`src/core/${'*/'.repeat(depth - 1)}*.ts`],
		rules: {
			'no-restricted-imports': ['error', {
				patterns: [
					{regex: `^(?:\\.\\./){${depth}}`, message: 'src/core imports nothing outside itself (DESIGN.md, Layout).'},
					{group: ['webextension-polyfill', 'preact', 'preact/*', '@floating-ui/*'], message: 'src/core is pure: no browser or UI library.'},
					{group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core is pure: no Node API (it runs in the worker and the page).'},
				],
			}],
			'no-restricted-globals': ['error', ...network, ...browserGlobals],
		},
	})),
	// The other folders: the core only through its index; content, popup and background never import
	// one another (they meet in core, ui and shared); ui knows no browser API; only
	// src/shared/browser.ts imports the polyfill (STYLE.md 12).
	...Object.entries(LAYERS).map(([folder, {apart, browserApi}]) => ({
		files: [`src/${folder}/**/*.{ts,tsx}`],
		ignores: folder === 'shared' ? ['src/shared/browser.ts'] : [],
		rules: {
			'no-restricted-imports': ['error', {
				paths: [browserApi ? polyfill : {...polyfill, message: 'src/ui knows no browser API: the surface that uses it passes what it needs.'}],
				patterns: [
					throughIndex,
					{group: apart.flatMap(other => [`**/${other}`, `**/${other}/**`]), message: `src/${folder} may not import ${apart.join(', ')}: content, popup and background meet only in core, ui and shared.`},
					...(browserApi ? [] : [{group: ['**/shared/browser', '**/shared/browser.ts'], message: 'src/ui knows no browser API (DESIGN.md, Layout).'}]),
				],
			}],
			...(browserApi ? {} : {'no-restricted-globals': ['error', ...network, ...['chrome', 'browser'].map(name => ({name, message: 'src/ui knows no browser API (DESIGN.md, Layout).'}))]}),
		},
	})),
);
