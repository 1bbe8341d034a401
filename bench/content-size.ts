// The content script's size as the browser loads it (DESIGN.md budget: content-script JS ≤ 80 KB gzipped):
// every chunk the manifest's content-script loader imports, statically (at page load) or dynamically
// (on demand), followed through the built chunk graph. Reads a built extension folder (dist/).
//   npx tsx bench/content-size.ts [distDir]     (default: dist)
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, normalize, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';

export interface ContentChunk {
	/** Path inside the dist folder (`assets/…js`). */
	file: string;
	bytes: number;
	gzip: number;
	/** Loaded with the page (static imports from the loader) or on demand (dynamic imports). */
	load: 'eager' | 'lazy';
}

export interface ContentScriptSize {
	/** Gzipped bytes of the whole static + dynamic import closure. */
	total: number;
	eager: number;
	lazy: number;
	chunks: ContentChunk[];
}

/** Budget of DESIGN.md, in gzipped bytes. */
export const CONTENT_BUDGET = 80 * 1024;

// `import "./x.js"`, `import {a} from "./x.js"`, `export {a} from "./x.js"` (minified or not).
const STATIC = /(?:\bimport|\bfrom)\s*["'`]([^"'`]+\.js)["'`]/g;
// crxjs's loader: `import(chrome.runtime.getURL("assets/x.js"))`, the content script's real module,
// imported at once (page load). Then `import("./x.js")` and any other JS file named in a string (vite's
// preload dependency lists): loaded on demand.
const DYNAMIC = /getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)|\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)|["'`]([\w./-]+\.js)["'`]/g;

/** A chunk reference → its path inside dist, if it names a file there. */
function resolveRef(dist: string, from: string, ref: string): string | undefined {
	if (/^[a-z]+:/i.test(ref)) return undefined;
	const candidates = ref.startsWith('.') ? [join(dirname(from), ref)] : ref.startsWith('/') ? [ref.slice(1)] : [ref, join(dirname(from), ref)];
	for (const candidate of candidates) {
		const file = normalize(candidate).replace(/\\/g, '/');
		if (!file.startsWith('..') && existsSync(join(dist, file))) return file;
	}
	return undefined;
}

/** Sizes of the content script's import closure in a built extension folder. */
export function contentScriptSize(distDir: string): ContentScriptSize {
	const dist = resolve(distDir);
	const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {content_scripts?: {js?: string[]}[]};
	const entries = (manifest.content_scripts ?? []).flatMap(cs => cs.js ?? []);
	if (entries.length === 0) throw new Error(`${join(dist, 'manifest.json')} names no content script`);
	const load = new Map<string, 'eager' | 'lazy'>();
	const visit = (file: string, mode: 'eager' | 'lazy') => {
		const seen = load.get(file);
		if (seen === 'eager' || seen === mode) return;
		load.set(file, mode);
		const source = readFileSync(join(dist, file), 'utf8');
		const staticRefs = new Set<string>();
		for (const m of source.matchAll(STATIC)) {
			const target = resolveRef(dist, file, m[1]!);
			if (target) {
				staticRefs.add(m[1]!);
				visit(target, mode);
			}
		}
		for (const m of source.matchAll(DYNAMIC)) {
			const ref = m[1] ?? m[2] ?? m[3]!;
			if (m[3] !== undefined && staticRefs.has(ref)) continue;
			const target = resolveRef(dist, file, ref);
			if (target && target !== file) visit(target, m[1] !== undefined ? mode : 'lazy');
		}
	};
	for (const entry of entries) visit(entry, 'eager');
	const chunks = [...load].map(([file, mode]): ContentChunk => {
		const bytes = readFileSync(join(dist, file));
		return {file, bytes: bytes.length, gzip: gzipSync(bytes).length, load: mode};
	}).sort((a, b) => (a.load === b.load ? b.gzip - a.gzip : a.load === 'eager' ? -1 : 1));
	const sum = (mode?: 'eager' | 'lazy') => chunks.filter(c => !mode || c.load === mode).reduce((n, c) => n + c.gzip, 0);
	return {total: sum(), eager: sum('eager'), lazy: sum('lazy'), chunks};
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** One line for `npm run bench`. */
export function describeContentScriptSize(size: ContentScriptSize): string {
	return `content script: ${kb(size.total)} gzipped in all (at page load ${kb(size.eager)}, on demand ${kb(size.lazy)}; `
		+ `${size.chunks.length} chunks) vs budget ${kb(CONTENT_BUDGET)} → ${size.total <= CONTENT_BUDGET ? 'within' : 'OVER'} budget`;
}

/** The line for `npm run bench`, or why there is none (no build yet). */
export function contentScriptReport(distDir: string): string {
	if (!existsSync(join(distDir, 'manifest.json'))) return `content script: ${distDir} has no build (npm run build first) — size not measured`;
	return describeContentScriptSize(contentScriptSize(distDir));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const dist = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../dist');
	const size = contentScriptSize(dist);
	for (const c of size.chunks) console.log(`  ${c.load.padEnd(5)} ${kb(c.gzip).padStart(9)} gz ${kb(c.bytes).padStart(9)} raw  ${relative('.', join(dist, c.file))}`);
	console.log(describeContentScriptSize(size));
	console.log(`total: ${size.total} bytes gzipped`);
}
