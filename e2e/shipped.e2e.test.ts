// What ships is what runs: the built extension (dist/, or BD_DIST) holds no test hook. The E2E tests
// reach the worker's handlers through the browser's own events and messages, never a global the
// build would have to expose. Needs `npm run build` first.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {expect, test} from 'vitest';
import {DIST} from './harness';

/** Names the worker or a page once exposed for tests, and the pattern any such global would follow. */
const HOOKS = /__handleMenuClick|globalThis\.__[A-Za-z]+\s*=/;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap(name => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

test('no file of the build carries a test hook', () => {
	const scripts = files(DIST).filter(path => /\.(m?js|html)$/.test(path));
	expect(scripts.map(path => relative(DIST, path))).toContain('content.js');
	expect(scripts.filter(path => HOOKS.test(readFileSync(path, 'utf8'))).map(path => relative(DIST, path))).toEqual([]);
});
