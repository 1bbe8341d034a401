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

export default tseslint.config(
	{ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'release/**']},
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
	{
		files: ['src/core/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', {
				patterns: [
					{group: ['webextension-polyfill', 'preact', 'preact/*', '@floating-ui/*'], message: 'src/core is pure: no browser or UI library.'},
					{group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core is pure: no Node API (it runs in the worker and the page).'},
					{group: ['**/content/**', '**/background/**', '**/popup/**', '**/ui/**', '**/shared/browser', '**/shared/browser.ts', '**/cli/**'], message: 'src/core may not import the extension layers.'},
				],
			}],
			'no-restricted-globals': ['error', ...network, ...browserGlobals],
		},
	},
	{
		// Only src/shared/browser.ts may import the polyfill: one seam for the browser API (STYLE.md 12).
		files: ['src/**/*.{ts,tsx}'],
		ignores: ['src/shared/browser.ts', 'src/core/**'],
		rules: {
			'no-restricted-imports': ['error', {paths: [{name: 'webextension-polyfill', message: 'Import the browser API from src/shared/browser.ts.'}]}],
		},
	},
);
