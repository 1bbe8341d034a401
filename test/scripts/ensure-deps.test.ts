// The pre-step of npm start and npm test: which locked packages are missing, how installed versions are
// read, the Node version bound; and, run as a script in a copy of the project, that it installs nothing
// when everything is there and reinstalls no shared (linked) node_modules.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
// @ts-expect-error: a plain .mjs script without declarations
import {installedVersions, missingPackages, nodeIsRecentEnough} from '../../scripts/ensure-deps.mjs';

const SCRIPT = resolve(import.meta.dirname, '../../scripts/ensure-deps.mjs');

const lock = {
	packages: {
		'': {name: 'x', version: '1.0.0'},
		'node_modules/vite': {version: '8.3.8'},
		'node_modules/a/node_modules/b': {version: '2.0.0'},
		'node_modules/@rolldown/binding-darwin-arm64': {version: '1.0.0', optional: true, os: ['darwin']},
	},
};

let temp = '';
afterEach(() => {
	if (temp) rmSync(temp, {recursive: true, force: true});
	temp = '';
});

/** A project folder with package.json, package-lock.json and the given installed packages. */
function project(installed: Record<string, string>, record: boolean): string {
	temp = mkdtempSync(join(tmpdir(), 'bounce-decoder-deps-'));
	const root = join(temp, 'project');
	mkdirSync(join(root, 'scripts'), {recursive: true});
	writeFileSync(join(root, 'package.json'), JSON.stringify({name: 'x', version: '1.0.0', engines: {node: '>=20.19'}}));
	writeFileSync(join(root, 'package-lock.json'), JSON.stringify(lock));
	execFileSync('cp', [SCRIPT, join(root, 'scripts/ensure-deps.mjs')]);
	mkdirSync(join(root, 'node_modules'));
	for (const [path, version] of Object.entries(installed)) {
		mkdirSync(join(root, path), {recursive: true});
		writeFileSync(join(root, path, 'package.json'), JSON.stringify({version}));
	}
	if (record) writeFileSync(join(root, 'node_modules/.package-lock.json'), JSON.stringify({packages: Object.fromEntries(Object.entries(installed).map(([p, version]) => [p, {version}]))}));
	return root;
}

describe('missingPackages', () => {
	test('lists locked packages that are absent or at another version, never the root or optional ones', () => {
		const installed: Record<string, string> = {'node_modules/vite': '8.3.7'};
		expect(missingPackages(lock, (path: string) => installed[path])).toEqual([
			{path: 'node_modules/vite', version: '8.3.8'},
			{path: 'node_modules/a/node_modules/b', version: '2.0.0'},
		]);
	});

	test('nothing is missing when every required package is there at its locked version', () => {
		const installed: Record<string, string> = {'node_modules/vite': '8.3.8', 'node_modules/a/node_modules/b': '2.0.0'};
		expect(missingPackages(lock, (path: string) => installed[path])).toEqual([]);
	});
});

describe('installedVersions', () => {
	test.each([true, false])('reads npm\'s record of node_modules, or each package.json without one (record: %s)', record => {
		const root = project({'node_modules/vite': '8.3.8'}, record);
		const version = installedVersions(root);
		expect([version('node_modules/vite'), version('node_modules/a/node_modules/b')]).toEqual(['8.3.8', undefined]);
	});
});

test('nodeIsRecentEnough compares with a >=X.Y bound', () => {
	expect(['20.18.3', '20.19.0', '20.20.2', '22.1.0', '19.99.0'].map(v => nodeIsRecentEnough('>=20.19', v))).toEqual([false, true, true, true, false]);
	expect(nodeIsRecentEnough(undefined, '18.0.0')).toBe(true);
});

describe('as the pre-step', () => {
	const run = (root: string) => {
		try {
			return {status: 0, out: execFileSync(process.execPath, [join(root, 'scripts/ensure-deps.mjs')], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})};
		} catch (error) {
			const e = error as {status: number; stdout: string; stderr: string};
			return {status: e.status, out: e.stdout + e.stderr};
		}
	};

	test('says and does nothing when every locked package is installed', () => {
		expect(run(project({'node_modules/vite': '8.3.8', 'node_modules/a/node_modules/b': '2.0.0'}, true))).toEqual({status: 0, out: ''});
	});

	test('does not reinstall a linked node_modules: it names what is missing and exits 1', () => {
		const root = project({'node_modules/vite': '8.3.8'}, true);
		const shared = join(temp, 'shared-node_modules');
		execFileSync('mv', [join(root, 'node_modules'), shared]);
		symlinkSync(shared, join(root, 'node_modules'));
		const result = run(root);
		expect(result.status).toBe(1);
		expect(result.out).toContain('node_modules is a link to a shared install, and 1 locked package(s) are missing or at another version there (a/node_modules/b 2.0.0)');
	});
});
