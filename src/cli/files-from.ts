// The list of paths `--files-from` reads (a file, or standard input): one path per line, or per
// NUL-ended entry.
import {StringDecoder} from 'node:string_decoder';
import {CHUNK} from './limits';

/**
 * The paths a source lists (`--files-from`): one per line, each without its line break; or, when
 * the list holds a NUL byte (`find -print0`, `xargs -0`'s input), one per NUL-ended entry, taken
 * whole (a file name may hold a line break or end in a carriage return, never a NUL). The first
 * chunk tells which: it holds the end of the first path. An entry longer than 64 KiB is cut.
 */
export function* lines(source: Iterable<Uint8Array>): Generator<string> {
	const decoder = new StringDecoder('utf8');
	let carry = '';
	let nul: boolean | undefined;
	for (const chunk of source) {
		if (nul === undefined && chunk.length > 0) nul = chunk.includes(0);
		const text = carry + decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
		const parts = text.split(nul ? '\0' : '\n');
		carry = parts.pop()!.slice(0, CHUNK);
		for (const part of parts) yield nul ? part : part.replace(/\r$/, '');
	}
	if (carry) yield nul ? carry : carry.replace(/\r$/, '');
}
