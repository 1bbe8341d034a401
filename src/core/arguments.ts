// The checks at the library's edge for callers TypeScript does not check (plain JavaScript, data
// read off a queue): a wrong argument is refused with a TypeError that says what the function takes,
// rather than failing deep inside with a message about a property nobody passed.

/** A short description of what was given instead. */
function given(value: unknown): string {
	if (value === null) return 'null';
	if (value instanceof Uint8Array || value instanceof ArrayBuffer) return `bytes (${value.constructor.name})`;
	if (Array.isArray(value)) return 'an array';
	return typeof value === 'object' ? 'an object' : typeof value;
}

/** `value` when it is a string; else a TypeError naming `fn` and what to give it. */
export function textArgument(value: unknown, fn: string): string {
	if (typeof value === 'string') return value;
	const bytes = value instanceof Uint8Array || value instanceof ArrayBuffer;
	throw new TypeError(`${fn} takes a string, not ${given(value)}${bytes ? ': decode the bytes first (new TextDecoder().decode(bytes)), or give them to decodeBounce, which reads bytes' : ''}.`);
}

/** A TypeError unless `value` is an object (a recipient, a report). */
export function objectArgument(value: unknown, fn: string, usage: string): void {
	if (value === null || typeof value !== 'object') throw new TypeError(`${fn} takes ${usage}, not ${given(value)}.`);
}
