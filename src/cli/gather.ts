// Bytes gathered up to READ_LIMIT, the most of any one input or message that is kept (read.ts,
// mbox-lines.ts): what comes past it is counted, not kept.
import {READ_LIMIT} from './limits';

/** Bytes gathered up to a limit, copied out of the read buffer; what is past the limit is counted, not kept. */
export class Gather {
	parts: Uint8Array[] = [];
	kept = 0;
	size = 0;
	add(bytes: Uint8Array): void {
		this.size += bytes.length;
		const room = READ_LIMIT - this.kept;
		if (room <= 0 || bytes.length === 0) return;
		const part = bytes.length > room ? bytes.subarray(0, room) : bytes;
		// A plain Uint8Array copy out of the shared read buffer (not a Buffer, whose slice() is a view
		// where a decoder may expect slice() to copy).
		this.parts.push(new Uint8Array(part));
		this.kept += part.length;
	}
	get truncated(): boolean {
		return this.size > this.kept;
	}
	bytes(): Uint8Array {
		if (this.parts.length === 1) return this.parts[0]!;
		const out = new Uint8Array(this.kept);
		let at = 0;
		for (const part of this.parts) {
			out.set(part, at);
			at += part.length;
		}
		return out;
	}
}
