// Reason phrases are data (after mime-db): one JSON file per reason, src/core/data/reasons/<reason>.json,
// named by the reason's id; the reason's TS file (title, statuses, pseudo code) imports it, and
// REASON_RULES (index.ts) orders the reasons. The format, for whoever adds a phrase:
//   - An array of entries, sorted by their `text` or `pattern` (JS string order); no duplicates,
//     exact or after lower-casing and folding spaces, in one file or across files.
//   - `text`: a lower-case literal, no leading or trailing space, found as a substring of the
//     server's words (lower-cased, reply-code prefixes of joined lines dropped, spaces folded).
//     Prefer a text to a pattern: texts are matched in one pass (phrase-index.ts), patterns one by one.
//     A text that holds a shorter text of its own reason adds nothing: give it as that one's example.
//   - `pattern` instead: the source of a linear regex (no flags; no nested unbounded quantifier,
//     no backreference), for a wording that needs a shape (an address, an IP, a look-ahead).
//   - `source` (required): where the wording comes from — the server's source file ("Postfix
//     src/smtpd/smtpd_check.c"), the provider's documentation URL, the RFC section, the Sisimai list
//     it came from ("Sisimai lib/Sisimai/Reason/X.pm, BSD-2-Clause", or go-sisimai's reason/why-x.go;
//     see NOTICE) — or, for a standard wording with no single origin, "Generic: the common wording
//     of <what kind> …". A phrase whose origin is unknown and is no standard wording does not go in.
//   - `example` (required for a pattern, welcome for a text): a realistic reply line containing it.
//   - `note` (optional): why the phrase has this shape or this reason.
// test/core/data/reason-phrases.test.ts holds the whole table to these rules, and checks that each
// phrase (and example) on its own classifies to its own reason: a phrase that an earlier reason's
// shorter phrase would shadow fails there.

export interface PhraseEntry {
	text?: string;
	pattern?: string;
	source: string;
	example?: string;
	note?: string;
}

/** The matcher form of a reason's entries: texts as strings, patterns compiled. */
export function compilePhrases(entries: readonly PhraseEntry[]): (string | RegExp)[] {
	return entries.map((entry) => {
		if (entry.pattern !== undefined) return new RegExp(entry.pattern);
		// An empty text would occur in every text: an entry needs one or the other.
		if (!entry.text) throw new Error(`reason phrase entry without text or pattern (source: ${entry.source})`);
		return entry.text;
	});
}
