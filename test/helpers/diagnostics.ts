// The diagnostic-line fixtures (test/fixtures/diagnostics/): the format is in each file's header.
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';

const ESCAPES: Record<string, string> = {n: '\n', r: '\r', t: '\t', '\\': '\\'};

/** `\n`, `\r`, `\t`, `\\` and `\uXXXX` unescaped, so wrapped and multi-line replies fit on one line. */
export const unescape = (s: string): string =>
	s.replace(/\\(n|r|t|u[0-9a-fA-F]{4}|\\)/g, (_, e: string) =>
		ESCAPES[e] ?? String.fromCharCode(parseInt(e.slice(1), 16)),
	);

/** The non-comment, non-blank lines of a fixture file, as written. */
export const cases = (name: 'positive.txt' | 'negative.txt'): string[] =>
	readFileSync(resolve(import.meta.dirname, '../fixtures/diagnostics', name), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '' && !line.startsWith('//'));

/** positive.txt as `{expected tokens, input}`. */
export const positives = (): {expected: string[]; input: string}[] =>
	cases('positive.txt').map((line) => {
		const bar = line.indexOf(' | ');
		return {expected: line.slice(0, bar).split(' '), input: unescape(line.slice(bar + 3))};
	});

/** negative.txt's inputs. */
export const negatives = (): string[] => cases('negative.txt').map(unescape);
