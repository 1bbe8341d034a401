// The words a bare status code stands for in a decoded report. A sending server that never got a reply
// (no answer, a refused connection, a domain missing from DNS, a TLS policy it could not meet) writes
// its own account with no reply code: `Diagnostic-Code: X-Postfix; connect to mx.example.com[192.0.2.1]:25:
// Connection timed out` beside `Status: 4.4.1` (RFC 3464 §2.3.4, §2.3.6). The status is then the only
// code in the report, found alone and without words, while the recipient's diagnostic says what
// happened; reading the status with those words lets the words name the situation (receivers/situations-*.ts).
// A diagnostic that holds codes of its own is read as its own reply, and one status shared by recipients
// whose diagnostics differ cannot tell which it belongs to: both keep the status's own words.
import {findCodes} from './find-codes';
import type {BounceReport, Finding} from './types';

/** Whether a finding's text is its codes and nothing else (`4.4.1`, `Status: 4.4.1`). */
function wordless(f: Finding): boolean {
	let rest = f.text;
	for (const token of [f.reply, f.enhanced, ...f.tags]) if (token) rest = rest.replace(token.code, ' ');
	return !/\p{L}{3}/u.test(rest.replace(/\bstatus\b/gi, ' '));
}

/**
 * The text to read `f` with: its own, or its own followed by the one code-less diagnostic of the
 * recipients whose status or reply code is the finding's (see above).
 */
export function statusWords(f: Finding, report: BounceReport | undefined): string {
	if (!report || !(f.enhanced || f.reply) || !wordless(f)) return f.text;
	const said = new Set<string>();
	for (const r of report.recipients) {
		const mine = (f.enhanced && r.status === f.enhanced.code) || (!f.enhanced && f.reply && r.replyCode === f.reply.code);
		if (mine && r.diagnostic) said.add(r.diagnostic);
	}
	if (said.size !== 1) return f.text;
	const diagnostic = [...said][0]!;
	return findCodes(diagnostic).length === 0 ? `${f.text} ${diagnostic}` : f.text;
}
