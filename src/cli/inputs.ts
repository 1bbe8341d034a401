// Turns command-line arguments into inputs: a file, standard input, a code, or a text.
import {readFile, stat} from 'node:fs/promises';
import {parseCode} from '../core';

export type Input =
	| {label: string; type: 'code'; value: string}
	| {label: string; type: 'content'; value: Uint8Array}
	| {label: string; type: 'error'; error: string};

const FILE_LIKE = /\.(?:eml|txt|html?|mbox|msg|log)$|[/\\]/i;
// A code-shaped argument: digits, dots and decorations, or a short provider tag.
const CODE_LIKE = /^[\s\d.#[\]()'-]{1,40}$|^\[?\(?[A-Za-z]{1,4}\(?\d{1,5}\)?\]?\)?$|^[Xx]\.[\d.]{1,10}$/;

/** True when the bytes look like binary data rather than mail or text. */
export function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 8192);
	let odd = 0;
	for (const byte of sample) {
		if (byte === 0) return true;
		if (byte < 9 || (byte > 13 && byte < 32)) odd++;
	}
	return sample.length > 0 && odd / sample.length > 0.1;
}

function checkContent(label: string, bytes: Uint8Array): Input {
	if (bytes.length === 0) return {label, type: 'error', error: `empty input, nothing to decode.`};
	if (looksBinary(bytes)) return {label, type: 'error', error: `looks like binary data, not an email or text.`};
	return {label, type: 'content', value: bytes};
}

async function readStdin(): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return new Uint8Array(Buffer.concat(chunks));
}

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

export async function resolveInput(arg: string): Promise<Input> {
	if (arg === '-') return checkContent('-', await readStdin());
	if (await isFile(arg)) {
		try {
			return checkContent(arg, new Uint8Array(await readFile(arg)));
		} catch (error) {
			return {label: arg, type: 'error', error: `cannot read (${(error as Error).message}).`};
		}
	}
	if (arg.trim() === '') return {label: arg, type: 'error', error: 'Empty argument: give a code, a text or a file.'};
	if (!/\s/.test(arg.trim()) && FILE_LIKE.test(arg) && !parseCode(arg).ok) {
		return {label: arg, type: 'error', error: `no such file.`};
	}
	if (parseCode(arg).ok || CODE_LIKE.test(arg.trim())) return {label: arg, type: 'code', value: arg};
	return {label: arg, type: 'content', value: new TextEncoder().encode(arg)};
}
