// npm run package: the three zips, read back through their central directories (our own reader),
// every entry inflated and checked against its CRC; the store zips hold no maps, tests or fixtures;
// packaging the same build twice gives the same bytes.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {inflateRawSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {version: string}).version;
const FORBIDDEN = /(\.map$)|((^|\/)(test|tests|e2e|fixtures|__tests__)\/)|(\.(test|spec)\.[cm]?[jt]sx?$)/;

interface Entry {name: string; data: Buffer; method: number; mode: number}

const CRC_TABLE = Array.from({length: 256}, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
function crc32(data: Buffer): number {
	let crc = 0xffffffff;
	for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** Reads a zip through its end record and central directory, checking each local header and CRC. */
function readZip(zip: Buffer): Entry[] {
	const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	expect(eocd).toBeGreaterThan(-1);
	const count = zip.readUInt16LE(eocd + 10);
	let at = zip.readUInt32LE(eocd + 16);
	expect(at + zip.readUInt32LE(eocd + 12)).toBe(eocd);
	const entries: Entry[] = [];
	for (let i = 0; i < count; i++) {
		expect(zip.readUInt32LE(at)).toBe(0x02014b50);
		const method = zip.readUInt16LE(at + 10);
		const crc = zip.readUInt32LE(at + 16);
		const compressed = zip.readUInt32LE(at + 20);
		const size = zip.readUInt32LE(at + 24);
		const nameLength = zip.readUInt16LE(at + 28);
		const extra = zip.readUInt16LE(at + 30);
		const comment = zip.readUInt16LE(at + 32);
		const mode = zip.readUInt32LE(at + 38) >>> 16;
		const offset = zip.readUInt32LE(at + 42);
		const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
		expect(zip.readUInt32LE(offset)).toBe(0x04034b50);
		expect(zip.toString('utf8', offset + 30, offset + 30 + zip.readUInt16LE(offset + 26))).toBe(name);
		const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
		const raw = zip.subarray(start, start + compressed);
		const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
		expect([0, 8]).toContain(method);
		expect(data.length, name).toBe(size);
		expect(crc32(data), name).toBe(crc);
		entries.push({name, data, method, mode});
		at += 46 + nameLength + extra + comment;
	}
	return entries;
}

let out: string;
const zips: Record<'chrome' | 'firefox' | 'source', Entry[]> = {chrome: [], firefox: [], source: []};
const file = (kind: keyof typeof zips) => join(out, `bounce-decoder-${kind}-${VERSION}.zip`);
const manifestOf = (entries: Entry[]) => JSON.parse(entries.find(e => e.name === 'manifest.json')!.data.toString('utf8'));

beforeAll(() => {
	out = mkdtempSync(join(tmpdir(), 'bounce-decoder-package-test-'));
	execFileSync(process.execPath, [join(ROOT, 'scripts/package.mjs'), '--out', out], {cwd: ROOT, stdio: 'pipe'});
	for (const kind of ['chrome', 'firefox', 'source'] as const) zips[kind] = readZip(readFileSync(file(kind)));
}, 120_000);

afterAll(() => {
	rmSync(out, {recursive: true, force: true});
});

describe.each(['chrome', 'firefox'] as const)('the %s package', kind => {
	test('is the built extension: manifest at the root, the version of package.json, every file the manifest names', () => {
		const entries = zips[kind];
		const names = new Set(entries.map(e => e.name));
		const manifest = manifestOf(entries);
		expect(manifest.manifest_version).toBe(3);
		expect(manifest.version).toBe(VERSION);
		expect(names).toContain(manifest.background.service_worker);
		expect(names).toContain(manifest.action.default_popup);
		for (const script of manifest.content_scripts.flatMap((c: {js: string[]}) => c.js)) expect(names).toContain(script);
		for (const icon of Object.values(manifest.icons) as string[]) expect(names).toContain(icon);
		expect(names).toContain('src/popup/explain.html');
	});

	test('carries the licence and the third-party notices (BSD-2-Clause asks binary copies to reproduce them)', () => {
		const byName = new Map(zips[kind].map(e => [e.name, e.data.toString()]));
		expect(byName.get('LICENSE')).toBe(readFileSync(new URL('../../LICENSE', import.meta.url), 'utf8'));
		expect(byName.get('NOTICE')).toMatch(/BSD 2-Clause/);
	});

	test('holds no test hook (the E2E tests fire the browser\'s own events instead)', () => {
		const scripts = zips[kind].filter(e => e.name.endsWith('.js'));
		expect(scripts.length).toBeGreaterThan(1);
		expect(scripts.filter(e => e.data.includes('__handleMenuClick')).map(e => e.name)).toEqual([]);
	});

	test('holds no source maps, tests or fixtures, and no source TypeScript', () => {
		const names = zips[kind].map(e => e.name);
		expect(names.filter(n => FORBIDDEN.test(n))).toEqual([]);
		expect(names.filter(n => /\.tsx?$/.test(n))).toEqual([]);
		expect(zips[kind].filter(e => e.name.endsWith('.js') && e.data.includes('sourceMappingURL'))).toEqual([]);
	});

	test('is deterministic: sorted names, one timestamp, regular files', () => {
		const names = zips[kind].map(e => e.name);
		expect(names).toEqual([...names].sort());
		expect(zips[kind].every(e => e.mode === 0o100644)).toBe(true);
	});
});

test('Chrome gets the manifest without Firefox\'s keys; Firefox gets the gecko id, 140+ and background.scripts', () => {
	const chrome = manifestOf(zips.chrome);
	expect(chrome.browser_specific_settings).toBeUndefined();
	expect(chrome.background).toEqual({service_worker: 'service-worker-loader.js', type: 'module'});
	const firefox = manifestOf(zips.firefox);
	expect(firefox.browser_specific_settings.gecko.id).toMatch(/^bounce-decoder@/);
	expect(firefox.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
	expect(firefox.background.scripts).toEqual([firefox.background.service_worker]);
	// Everything but the manifest is byte-identical between the two.
	const rest = (entries: Entry[]) => entries.filter(e => e.name !== 'manifest.json').map(e => [e.name, e.data.toString('base64')]);
	expect(rest(zips.chrome)).toEqual(rest(zips.firefox));
});

test('the source package has what a reviewer needs to rebuild, and nothing else', () => {
	const names = zips.source.map(e => e.name);
	for (const needed of ['BUILD.md', 'README.md', 'package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'tsconfig.json', 'scripts/patch-manifest.mjs', 'src/content/index.ts', 'src/background/index.ts']) {
		expect(names).toContain(needed);
	}
	expect(names.filter(n => /^(node_modules|dist|release|test|e2e|bench|docs)\//.test(n) || FORBIDDEN.test(n))).toEqual([]);
	const build = zips.source.find(e => e.name === 'BUILD.md')!.data.toString('utf8');
	expect(build).toContain('npm ci');
	expect(build).toContain('npm run build');
	expect(build).toContain(`bounce-decoder-firefox-${VERSION}.zip`);
});

test('packaging the same build again gives byte-identical store zips', () => {
	// Unpack the Firefox package into a build folder and package that folder again.
	const dist = mkdtempSync(join(tmpdir(), 'bounce-decoder-package-dist-'));
	const again = join(dist, 'out');
	try {
		for (const entry of zips.firefox) {
			mkdirSync(dirname(join(dist, 'build', entry.name)), {recursive: true});
			writeFileSync(join(dist, 'build', entry.name), entry.data);
		}
		execFileSync(process.execPath, [join(ROOT, 'scripts/package.mjs'), '--dist', join(dist, 'build'), '--out', again], {cwd: ROOT, stdio: 'pipe'});
		for (const kind of ['chrome', 'firefox'] as const) {
			expect(readFileSync(join(again, `bounce-decoder-${kind}-${VERSION}.zip`)).equals(readFileSync(file(kind))), kind).toBe(true);
		}
	} finally {
		rmSync(dist, {recursive: true, force: true});
	}
});
