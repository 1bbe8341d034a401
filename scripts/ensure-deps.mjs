// The pre-step of `npm start` and `npm test` (prestart, pretest in package.json): on a fresh clone, or after
// package-lock.json gained or changed a package, it runs `npm ci` first, so those two commands are the
// whole set-up. It runs before anything is installed, so it uses Node's own modules only.
//
// What counts as installed: npm's record of node_modules (node_modules/.package-lock.json), or else each
// package's own package.json. Optional packages (other platforms' native binaries) are never required.
// A node_modules that is a link (a shared install, as git worktrees use) is never reinstalled from here:
// the script names what is missing and stops.
import {spawnSync} from 'node:child_process';
import {existsSync, lstatSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

const readJson = path => {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
};

/**
 * The packages package-lock.json requires (`node_modules/…` paths) that are absent or at another version.
 * `installedVersion(path)` gives the version installed at that path, or undefined.
 */
export function missingPackages(lock, installedVersion) {
	const missing = [];
	for (const [path, entry] of Object.entries(lock?.packages ?? {})) {
		if (!path.startsWith('node_modules/') || entry.optional || entry.link) continue;
		if (installedVersion(path) !== entry.version) missing.push({path, version: entry.version});
	}
	return missing;
}

/** How to look up installed versions in `root`: npm's record when it has one, else each package.json. */
export function installedVersions(root) {
	const record = readJson(join(root, 'node_modules/.package-lock.json'));
	if (record?.packages) return path => record.packages[path]?.version;
	return path => readJson(join(root, path, 'package.json'))?.version;
}

/** Whether this Node satisfies package.json's `engines.node` (a `>=X.Y` bound). */
export function nodeIsRecentEnough(engines, version = process.versions.node) {
	const bound = /^>=\s*(\d+)(?:\.(\d+))?/.exec(engines ?? '');
	if (!bound) return true;
	const [major, minor] = version.split('.').map(Number);
	const [wantMajor, wantMinor] = [Number(bound[1]), Number(bound[2] ?? 0)];
	return major > wantMajor || (major === wantMajor && minor >= wantMinor);
}

function main() {
	const pkg = readJson(join(ROOT, 'package.json'));
	if (!nodeIsRecentEnough(pkg?.engines?.node)) {
		process.stderr.write(`Bounce Decoder needs Node ${pkg.engines.node}; this is Node ${process.versions.node}. Install a newer Node, then run the command again.\n`);
		process.exit(1);
	}
	const lock = readJson(join(ROOT, 'package-lock.json'));
	if (!lock) return; // No lockfile to install from: npm reports what is missing itself.
	const modules = join(ROOT, 'node_modules');
	const fresh = !existsSync(modules);
	const missing = fresh ? [] : missingPackages(lock, installedVersions(ROOT));
	if (!fresh && missing.length === 0) return;

	const example = missing.slice(0, 3).map(m => `${m.path.slice('node_modules/'.length)} ${m.version}`).join(', ');
	if (!fresh && lstatSync(modules).isSymbolicLink()) {
		process.stderr.write(`node_modules is a link to a shared install, and ${missing.length} locked package(s) are missing or at another version there (${example}). Run npm ci where that install lives.\n`);
		process.exit(1);
	}
	console.log(fresh
		? 'Installing dependencies (first run)…'
		: `Installing dependencies (package-lock.json changed: ${missing.length} package(s) missing or at another version, e.g. ${example})…`);
	// The npm that runs this script, when there is one (npm_execpath), so the same npm installs.
	const npm = process.env.npm_execpath;
	const [command, args] = npm && /\.[cm]?js$/.test(npm)
		? [process.execPath, [npm, 'ci', '--no-audit', '--no-fund']]
		: [process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund']];
	const result = spawnSync(command, args, {cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' && command === 'npm.cmd'});
	if (result.status !== 0) {
		process.stderr.write('Installing the dependencies failed (npm ci, above). Fix what it says, then run the command again.\n');
		process.exit(result.status ?? 1);
	}
}

// Run only as a script, not when a test imports its functions.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
