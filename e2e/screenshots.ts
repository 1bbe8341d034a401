// Where the E2E tests' screenshots go: into docs/screenshots/ (the README's pictures) only when asked
// — `npm run screenshots` sets BD_SCREENSHOTS=1 — and otherwise into a temporary folder, so the
// screenshot code still runs in every test run but a clone stays clean after `npm run test:e2e`;
// each suite removes that folder when it is done (removeScratch), so no run leaves one behind.
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

const DOCS = resolve(import.meta.dirname, '../docs/screenshots');
let scratch: string | undefined;

/** The path to write the screenshot `name` (e.g. `popup.png`) to. */
export function screenshotPath(name: string): string {
	if (process.env.BD_SCREENSHOTS === '1') {
		mkdirSync(DOCS, {recursive: true});
		return join(DOCS, name);
	}
	scratch ??= mkdtempSync(join(tmpdir(), 'bd-screenshots-'));
	return join(scratch, name);
}

/** Removes the temporary folder this suite's screenshots went to, if it made one (an afterAll hook). */
export function removeScratch(): void {
	if (scratch) rmSync(scratch, {recursive: true, force: true});
	scratch = undefined;
}
