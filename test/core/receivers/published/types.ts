// The shape of a provider's published list of its replies, as the coverage test reads it
// (test/core/receivers/coverage.test.ts): the list's page, its entries as the provider writes them,
// and a realistic reply line for each.
import type {ProviderId} from '../../../../src/core/types';

/** One entry of a published list: the code, tag or text as the provider lists it, and a reply line for it. */
export type Entry = [entry: string, line: string];

export interface PublishedList {
	provider: ProviderId;
	/** The provider as the README's table names it. */
	name: string;
	/** The list's page and its title there. */
	source: string;
	title: string;
	/** The provider's MX as a Postfix report names it, for the reading inside a whole bounce. */
	host: string;
	recipient: string;
	entries: Entry[];
	/**
	 * Rows the page has when `entries` transcribes only some of them (the rest written in no reply form
	 * we could source); counted as published and not covered.
	 */
	pageRows?: number;
	/**
	 * The page lists further cases than `entries`, not transcribed and not counted (its rows are not a
	 * table one can count, or the rest are in no reply form we could source). The README's table says
	 * so rather than show the transcribed entries as the whole list.
	 */
	partOfPage?: true;
}

/** A list's entries from its reply lines: each line's entry as `entryOf` reads it, the first line of each entry kept. */
export function entriesOf(lines: readonly string[], entryOf: (line: string) => string): Entry[] {
	const entries = new Map<string, string>();
	for (const line of lines) {
		const entry = entryOf(line);
		if (!entries.has(entry)) entries.set(entry, line);
	}
	return [...entries];
}

/**
 * A worded reply's entry as providers list them: its reply code (and enhanced code), then its text up
 * to the first link, reference or sentence end (`550 5.7.1 Email rejected per DMARC policy`).
 */
export function worded(line: string): string {
	const reply = /(?:^|said: )([245]\d\d)[ -](?:#?([245]\.\d{1,3}\.\d{1,3}) )?(.*)$/.exec(line);
	if (!reply) return line.split(/ - (?:see )?https?:| https?:/)[0]!.slice(0, 90);
	const [, code = '', status, rest = ''] = reply;
	const text = rest.split(/ - (?:see )?https?:| https?:|[.;] | \(| \[|\. ?$/)[0]!.trim();
	return [code, status, text.length > 90 ? `${text.slice(0, 90)}…` : text].filter(Boolean).join(' ');
}

/** The first match of `pattern` in the line (a provider's own code or tag), else its worded entry. */
export const coded = (pattern: RegExp) => (line: string): string => pattern.exec(line)?.[0] ?? worded(line);
