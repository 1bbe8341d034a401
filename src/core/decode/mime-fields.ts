// A header block's fields, for the light MIME splitter (mime-light.ts), read as postal-mime 4 reads
// them (mime-node.ts processHeaders): lines split at LF without their final CRs, a line starting
// with a space or a tab joined to the field before it, the name lower-cased, both sides trimmed.
import {isBlank, trimBlanks} from './mime-params';
import type {MimeSource} from './mime-source';

const headerDecoder = new TextDecoder('utf-8', {ignoreBOM: true});

/** The field of one unfolded header line: trimmed lower-cased name, trimmed value. */
function field(line: string): [string, string] {
	const sep = line.indexOf(':');
	const name = trimBlanks(sep < 0 ? line : line.slice(0, sep)).toLowerCase();
	if (sep < 0) return [name, ''];
	let value = line.slice(sep + 1);
	// A CR left inside a field is no line break; postal-mime reads each run of them as a space.
	if (value.includes('\r')) value = value.replace(/\r+/g, ' ');
	return [name, trimBlanks(value)];
}

/** The end of the line s[at, nl) without the CRs that end it. */
function lineEnd(s: string, at: number, nl: number): number {
	while (nl > at && s.charCodeAt(nl - 1) === 0x0d) nl--;
	return nl;
}

/** field() of the line s[at, cut), its colon at `sep`, without the copies of the line it makes. */
function oneLine(s: string, at: number, sep: number, cut: number): [string, string] {
	let a = at;
	let b = sep;
	while (a < b && isBlank(s.charCodeAt(a))) a++;
	while (b > a && isBlank(s.charCodeAt(b - 1))) b--;
	let c = sep + 1;
	let d = cut;
	while (c < d && isBlank(s.charCodeAt(c))) c++;
	while (d > c && isBlank(s.charCodeAt(d - 1))) d--;
	const value = s.slice(c, d);
	// Trimmed before the CRs become spaces and after: the same ends as trimming once after.
	return [s.slice(a, b).toLowerCase(), value.includes('\r') ? trimBlanks(value.replace(/\r+/g, ' ')) : value];
}

/** The next LF of s at or after `at` before `end`, else `end`. */
function nextLf(s: string, at: number, end: number): number {
	const nl = at < end ? s.indexOf('\n', at) : end;
	return nl < 0 || nl > end ? end : nl;
}

/**
 * The fields of the header block bytes[start, end) in order: its lines split at LF, each without
 * the CRs that end it, a line that starts with a blank joined to the field before it. Read from
 * the index where it is the text (MimeSource.utf8), else from the block decoded as UTF-8.
 */
export function readFields(source: MimeSource, start: number, end: number): [string, string][] {
	const fields: [string, string][] = [];
	if (start >= end) return fields;
	let s = source.index;
	if (!source.utf8) {
		s = headerDecoder.decode(source.bytes.subarray(start, end));
		start = 0;
		end = s.length;
	}
	let nl = nextLf(s, start, end);
	for (let at = start; at < end; ) {
		// One field: its first line s[at, nl), then each line after it that starts with a blank.
		const cut = lineEnd(s, at, nl);
		let next = nl + 1;
		nl = nextLf(s, next, end);
		if (next < end && isBlank(s.charCodeAt(next))) {
			let unfolded = s.slice(at, cut);
			do {
				unfolded += s.slice(next, lineEnd(s, next, nl));
				next = nl + 1;
				nl = nextLf(s, next, end);
			} while (next < end && isBlank(s.charCodeAt(next)));
			fields.push(field(unfolded));
		} else {
			let sep = at;
			while (sep < cut && s.charCodeAt(sep) !== 0x3a) sep++;
			fields.push(sep < cut ? oneLine(s, at, sep, cut) : field(s.slice(at, cut)));
		}
		at = next;
	}
	return fields;
}
