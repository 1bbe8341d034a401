// npm start without a browser or a display: a clear message, exit code 1, no stack trace. The
// script checks both before it builds anything, so these runs are quick.
import {spawnSync} from 'node:child_process';
import {resolve} from 'node:path';
import {expect, test} from 'vitest';

const START = resolve(import.meta.dirname, '../../scripts/start.mjs');

function start(env: Record<string, string | undefined>) {
	const clean = Object.fromEntries(Object.entries({...process.env, ...env}).filter(([key, value]) => value !== undefined && key !== 'DISPLAY' && key !== 'WAYLAND_DISPLAY')) as NodeJS.ProcessEnv;
	if (env.DISPLAY) clean.DISPLAY = env.DISPLAY;
	return spawnSync(process.execPath, [START], {env: clean, encoding: 'utf8', timeout: 30_000});
}

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at |Error:/m);

test('no Chromium: says how to install it, exits 1', () => {
	const run = start({CHROMIUM_PATH: '/nowhere/chromium', DISPLAY: ':99'});
	expect(run.status).toBe(1);
	expect(run.stderr).toContain('npm start needs Chromium');
	expect(run.stderr).toContain('/nowhere/chromium');
	expect(run.stderr).toContain('apt-get install -y chromium');
	expect(run.stdout).not.toContain('Building');
	noStack(run.stderr);
});

test.runIf(process.platform === 'linux')('no display: points at xvfb-run and --check, exits 1', () => {
	const run = start({CHROMIUM_PATH: process.execPath});
	expect(run.status).toBe(1);
	expect(run.stderr).toContain('there is no display ($DISPLAY is not set)');
	expect(run.stderr).toContain('xvfb-run -a npm start');
	expect(run.stderr).toContain('npm start -- --check');
	expect(run.stdout).not.toContain('Building');
	noStack(run.stderr);
});
