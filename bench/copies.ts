// Distinct copies of the corpus's raw emails for the whole-process benchmark (DESIGN.md: ≥ 19,000
// distinct emails, so that no cache by content could help). Each copy stays a valid bounce: its own
// Message-ID gets a per-copy suffix (or a Message-ID header is added to its header block), and the
// failed recipient's local part (its Final-Recipient address, everywhere it occurs in the file) gets
// one too. Files are handled as latin1 strings, one character per byte, so 8-bit bodies in any
// charset come back byte for byte. Copies are numbered files: no corpus file name reaches a decoder.
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));

/** The distinct raw emails of every corpus beside the project (the DEV corpus, then corpus-extra's), in name order. */
export function sourceEmails(): Buffer[] {
	const folders = [join(SHARED, 'corpus/emails')];
	const extra = join(SHARED, 'corpus-extra');
	if (existsSync(extra)) {
		for (const name of readdirSync(extra).sort()) {
			if (existsSync(join(extra, name, 'emails'))) folders.push(join(extra, name, 'emails'));
		}
	}
	const seen = new Set<string>();
	return folders.filter(existsSync).flatMap(folder => readdirSync(folder).sort().map(name => readFileSync(join(folder, name)))).filter(raw => {
		const digest = createHash('sha1').update(raw).digest('hex');
		if (seen.has(digest)) return false;
		seen.add(digest);
		return true;
	});
}

const MESSAGE_ID = /^(message-id:[ \t]*<?)([^@>\s]+)@/im;
const FINAL_RECIPIENT = /^final-recipient:[ \t]*rfc822[ \t]*;[ \t]*<?([A-Za-z0-9._%+=-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/im;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Copy number `copy` of one raw email: a different Message-ID, and a different failed recipient where it has one. */
export function variant(raw: Buffer, copy: number): Buffer {
	let text = raw.toString('latin1');
	const crlf = text.includes('\r\n');
	const eol = crlf ? '\r\n' : '\n';
	const blank = text.indexOf(eol + eol);
	const headEnd = blank < 0 ? text.length : blank;
	const head = text.slice(0, headEnd);
	const tag = `b${copy}`;
	const id = MESSAGE_ID.exec(head);
	if (id) {
		const at = id.index + id[0].length - 1;
		text = text.slice(0, at) + `.${tag}` + text.slice(at);
	} else {
		text = text.slice(0, headEnd) + `${eol}Message-ID: <bench.${tag}@copies.invalid>` + text.slice(headEnd);
	}
	const recipient = FINAL_RECIPIENT.exec(text);
	if (recipient) {
		const [, local, domain] = recipient;
		const address = new RegExp(`(?<![\\w.%+=-])${escapeRegExp(local!)}@${escapeRegExp(domain!)}(?![\\w-])`, 'gi');
		text = text.replace(address, `${local}-${tag}@${domain}`);
	}
	return Buffer.from(text, 'latin1');
}

export interface Copies {
	folder: string;
	/** Files written, each a distinct email (no two with the same bytes). */
	files: number;
	bytes: number;
}

/**
 * Writes at least `count` distinct copies of the sources into `folder` (flat: numbered `.eml` files),
 * whole rounds of the sources, starting at copy number `firstCopy`. Throws if two copies are the same.
 */
export function writeCopies(folder: string, sources: readonly Buffer[], count: number, firstCopy = 0, seen = new Set<string>()): Copies {
	mkdirSync(folder, {recursive: true});
	const rounds = Math.ceil(count / sources.length);
	let files = 0;
	let bytes = 0;
	for (let round = 0; round < rounds; round++) {
		for (const [i, source] of sources.entries()) {
			const copy = variant(source, firstCopy + round);
			const digest = createHash('sha1').update(copy).digest('hex');
			if (seen.has(digest)) throw new Error(`copy ${firstCopy + round} of source ${i} is not distinct`);
			seen.add(digest);
			writeFileSync(join(folder, `${String(files).padStart(6, '0')}.eml`), copy);
			files++;
			bytes += copy.length;
		}
	}
	return {folder, files, bytes};
}
