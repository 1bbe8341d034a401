// The boundaries of the parts, as eslint.config.js enforces them (DESIGN.md, Layout): the core imports
// nothing outside itself; other folders reach the core only through src/core/index.ts; ui knows no
// browser API; content, popup and background never import one another.
import {fileURLToPath} from 'node:url';
import {ESLint} from 'eslint';
import {describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const eslint = new ESLint({cwd: root});

/** The boundary messages ESLint gives a file of that path with that code. */
async function lint(path: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, {filePath: `${root}${path}`});
	return result!.messages.filter(m => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map(m => m.message);
}

const use = (source: string) => `import * as m from '${source}';\nexport const x = m;\n`;

describe('lint boundaries', () => {
	it.each([
		['src/core/x.ts', '../ui/severity'],
		['src/core/decode/x.ts', '../../shared/settings'],
		['src/core/decode/layouts/x.ts', '../../../content/marks'],
		['src/core/x.ts', 'preact'],
		['src/popup/x.ts', '../core/explain'],
		['src/content/x.ts', '../core/find-codes/group'],
		['src/cli/x.ts', '../core/decode'],
		['src/popup/x.ts', '../content/marks'],
		['src/content/x.ts', '../background/explain-batch'],
		['src/background/x.ts', '../popup/lookup'],
		['src/ui/x.ts', '../shared/browser'],
		['src/ui/x.ts', 'webextension-polyfill'],
		['src/content/x.ts', 'webextension-polyfill'],
	])('%s may not import %s', async (path, source) => {
		expect(await lint(path, use(source))).not.toEqual([]);
	});

	it.each([
		['src/core/decode/x.ts', '../explain'],
		['src/core/decode/layouts/x.ts', '../../receivers'],
		['src/popup/x.ts', '../core'],
		['src/background/x.ts', '../core/index'],
		['src/content/x.ts', '../ui/severity'],
		['src/popup/x.ts', '../shared/messages'],
		['src/background/x.ts', '../shared/browser'],
	])('%s may import %s', async (path, source) => {
		expect(await lint(path, use(source))).toEqual([]);
	});

	it('keeps the browser globals out of ui', async () => {
		expect(await lint('src/ui/x.ts', 'export const id = chrome.runtime.id;\n')).not.toEqual([]);
		expect(await lint('src/ui/x.ts', 'export const id = browser.runtime.id;\n')).not.toEqual([]);
	});
});
