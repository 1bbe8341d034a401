// Text for a terminal: lines wrapped to its width (continuations indented under their line), and
// colour only where it is wanted — standard output a terminal, NO_COLOR unset (https://no-color.org).

// eslint-disable-next-line no-control-regex
const SGR = /\x1b\[[0-9;]*m/g;

function visible(text: string): number {
	return text.replace(SGR, '').length;
}

/** One line cut at spaces into lines of at most `width` visible characters (a longer word is cut). */
export function wrapLine(line: string, width: number): string[] {
	if (visible(line) <= width) return [line];
	const indent = /^ */.exec(line)![0];
	const hanging = indent + '  ';
	const out: string[] = [];
	let current = indent;
	let empty = true;
	for (let word of line.slice(indent.length).split(' ')) {
		const room = width - visible(current) - (empty ? 0 : 1);
		if (visible(word) <= room) {
			current += (empty ? '' : ' ') + word;
			empty = false;
			continue;
		}
		if (!empty) out.push(current);
		current = hanging;
		empty = true;
		// A word longer than a whole line (a URL, a base64 run) is cut where the line ends.
		const span = Math.max(width - hanging.length, 10);
		while (visible(word) > span) {
			out.push(hanging + word.slice(0, span));
			word = word.slice(span);
		}
		if (word) {
			current += word;
			empty = false;
		}
	}
	if (!empty || out.length === 0) out.push(current);
	return out;
}

/** Every line of a text wrapped to `width`. */
export function wrap(text: string, width: number): string {
	return text.split('\n').flatMap(line => wrapLine(line, width)).join('\n');
}

export type Paint = (text: string, style: 'bold' | 'permanent' | 'transient' | 'success' | 'intermediate' | 'dim') => string;

const STYLE = {bold: '1', permanent: '31', transient: '33', success: '32', intermediate: '36', dim: '2'};

/** A painter that colours, or one that leaves text as it is. */
export function painter(colour: boolean): Paint {
	return colour ? (text, style) => `\x1b[${STYLE[style]}m${text}\x1b[0m` : text => text;
}

/** Whether standard output gets colour. */
export function wantsColour(): boolean {
	return Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
}

/** The terminal's width, or 80 on a pipe. */
export function outputWidth(): number {
	const columns = process.stdout.columns;
	return columns && columns >= 20 ? columns : 80;
}
