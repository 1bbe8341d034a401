// The E2E suites' screenshots land in docs/screenshots/ only when asked (npm run screenshots).
import {afterEach, describe, expect, it, vi} from 'vitest';
import {existsSync, writeFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {tmpdir} from 'node:os';

const DOCS = resolve(import.meta.dirname, '../../docs/screenshots');

describe('screenshotPath', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
		vi.resetModules();
	});

	it('writes to a temporary folder in a test run, never into the tracked pictures', async () => {
		vi.stubEnv('BD_SCREENSHOTS', '');
		const {removeScratch, screenshotPath} = await import('../../e2e/screenshots');
		const path = screenshotPath('popup.png');
		expect(path.startsWith(tmpdir())).toBe(true);
		expect(path.startsWith(DOCS)).toBe(false);
		removeScratch();
	});

	it('removes its temporary folder when the suite is done, and makes a new one after', async () => {
		vi.stubEnv('BD_SCREENSHOTS', '');
		const {removeScratch, screenshotPath} = await import('../../e2e/screenshots');
		const path = screenshotPath('popup.png');
		writeFileSync(path, 'png');
		removeScratch();
		expect(existsSync(dirname(path))).toBe(false);
		const again = screenshotPath('popup.png');
		expect(dirname(again)).not.toBe(dirname(path));
		expect(existsSync(dirname(again))).toBe(true);
		removeScratch();
	});

	it('writes into docs/screenshots/ when BD_SCREENSHOTS=1 (npm run screenshots)', async () => {
		vi.stubEnv('BD_SCREENSHOTS', '1');
		const {screenshotPath} = await import('../../e2e/screenshots');
		expect(screenshotPath('popup.png')).toBe(resolve(DOCS, 'popup.png'));
	});
});
