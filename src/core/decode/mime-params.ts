// A structured MIME header value (RFC 2045 §5.1 Content-Type, RFC 2183 Content-Disposition):
// `type/subtype; name=value; name="quoted value"`, for the light MIME splitter (mime-light.ts).
// It reads only the plain form and reads it as postal-mime does; anything else (comments,
// backslash escapes, RFC 2231 `name*` parameters, a quoted string with text around it, an
// unclosed quote) gives undefined, and the message is left to postal-mime.

export interface StructuredValue {
	/** The value before the first `;`, lower-cased. */
	value: string;
	/**
	 * Parameters as `[name, value, name, value…]` in the order given, names lower-cased; a repeated name
	 * is kept too, and param() reads the first (no check per name as they are read: linear on any count).
	 */
	params: readonly string[];
}

/** No parameters (shared: never written to). */
export const NO_PARAMS: readonly string[] = [];

/** The first value of a parameter by lower-cased name, or undefined: a short scan, where a Map per value cost more to make. */
export function param(params: readonly string[], name: string): string | undefined {
	for (let i = 0; i < params.length; i += 2) if (params[i] === name) return params[i + 1];
	return undefined;
}

/** A space or a tab (RFC 5322 WSP): the blanks that fold and pad header lines. */
export const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

/** The string without the spaces and tabs around it (not the other Unicode spaces). */
export function trimBlanks(s: string): string {
	let start = 0;
	let end = s.length;
	while (start < end && isBlank(s.charCodeAt(start))) start++;
	while (end > start && isBlank(s.charCodeAt(end - 1))) end--;
	return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** One parameter's value (the text after `=`, up to its `;`), or undefined when not plain. */
function paramValue(text: string): string | undefined {
	const v = trimBlanks(text);
	if (!v.startsWith('"')) return v.includes('"') ? undefined : v;
	const close = v.indexOf('"', 1);
	// Text after the closing quote is dropped by postal-mime; only a bare quoted string is plain.
	return close === v.length - 1 ? v.slice(1, close) : undefined;
}

/**
 * `text` split at the `;` outside quoted strings, or undefined when a quote is left open or a `(`
 * stands outside one (an RFC 822 comment, which postal-mime strips).
 */
function segments(text: string): string[] | undefined {
	const out: string[] = [];
	let start = 0;
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x22) quoted = !quoted;
		else if (c === 0x28 && !quoted) return undefined;
		else if (c === 0x3b && !quoted) {
			out.push(text.slice(start, i));
			start = i + 1;
		}
	}
	if (quoted) return undefined;
	out.push(text.slice(start));
	return out;
}

/** The value and parameters of a structured header, or undefined when it is not in plain form. */
export function parseStructured(text: string): StructuredValue | undefined {
	if (text.includes('\\')) return undefined;
	const parts = segments(text);
	if (!parts) return undefined;
	const value = trimBlanks(parts[0]!);
	if (value.includes('"')) return undefined;
	let params: string[] | undefined;
	for (let i = 1; i < parts.length; i++) {
		const part = parts[i]!;
		const eq = part.indexOf('=');
		// A name's quotes are not quoting (postal-mime reads them as part of the name).
		if (part.lastIndexOf('"', eq < 0 ? part.length : eq) >= 0) return undefined;
		const name = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
		if (eq < 0 && !name) continue;
		if (name.includes('*')) return undefined;
		const v = eq < 0 ? '' : paramValue(part.slice(eq + 1));
		if (v === undefined) return undefined;
		if (!params) params = [name, v];
		else params.push(name, v);
	}
	return {value: value.toLowerCase(), params: params ?? NO_PARAMS};
}

const encoder = new TextEncoder();

/** A multipart boundary's bytes: its UTF-8 (an ASCII one, nearly all, without a call into TextEncoder). */
export function boundaryBytes(boundary: string): Uint8Array {
	const out = new Uint8Array(boundary.length);
	for (let i = 0; i < boundary.length; i++) {
		const c = boundary.charCodeAt(i);
		if (c > 0x7f) return encoder.encode(boundary);
		out[i] = c;
	}
	return out;
}
