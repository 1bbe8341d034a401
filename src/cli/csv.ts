// Stage 3, for a spreadsheet or a script: one CSV row per recipient (RFC 4180: comma-separated, CRLF,
// a field with a comma, quote or line break quoted, quotes doubled). Bounce text is attacker-controlled,
// so a cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
// return, and more after it) gets a leading ' (OWASP, "CSV Injection").
import type {ResultOut} from './run';

export const CSV_COLUMNS = ['input', 'message', 'recipient', 'action', 'status', 'replyCode', 'reason', 'hardBounce', 'provider', 'remoteMta', 'diagnostic'] as const;

// A lone sign is no formula: `-` is standard input's name.
const FORMULA = /^[=+\-@\t\r](?!$)/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, safe for a spreadsheet and quoted as RFC 4180 needs. */
export function csvCell(value: string): string {
	const safe = FORMULA.test(value) ? `'${value}` : value;
	return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(cells: string[]): string {
	return cells.map(csvCell).join(',') + '\r\n';
}

export const CSV_HEADER = csvRow([...CSV_COLUMNS]);

/** The rows of one result: one per recipient; a result without recipients has none. */
export function csvRows(result: ResultOut): string {
	let out = '';
	for (const r of result.recipients) {
		out += csvRow([result.input, result.message === undefined ? '' : String(result.message), r.recipient, r.action, r.status, r.replyCode, r.reason, String(r.hardBounce), r.provider ?? '', r.remoteMta, r.diagnostic]);
	}
	return out;
}
