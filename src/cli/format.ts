// Stage 3, for a person: one result rendered for a terminal — a short heading per input, the core's
// verdict in words (never a reason's token), each recipient, the codes and their explanations.
import {reportVerdict, type BounceReport, type Explanation} from '../core';
import type {ResultOut} from './run';
import {printable} from './sink';
import {painter, type Paint} from './wrap';

const RETRY = {'will-retry': 'The sending server will retry by itself.', 'do-not-retry': 'Do not retry: it will fail the same way.', 'retry-after-fix': 'Retry once the cause is fixed.'};
const WHO = {'sender': 'the sender', 'sender-admin': "the sender's mail admin", 'recipient': 'the recipient', 'recipient-admin': "the recipient's mail admin", 'nobody': 'nobody'};
/** Characters of a text input shown as its heading. */
const HEADING_TEXT = 60;
/** Characters of a diagnostic shown. */
const DIAGNOSTIC = 300;

function explanation(e: Explanation): string[] {
	const lines = [`${e.code}  ${e.title}`, `  ${e.severity.toUpperCase()}${e.provider ? ` · ${e.provider.name}` : ''}${e.inRegistry ? '' : ' · not in the registry'}`, '', `  ${e.meaning}`];
	for (const note of e.notes) lines.push(`  Note: ${note}`);
	if (e.causes.length > 0) lines.push('', '  Likely causes:', ...e.causes.map(c => `    - ${c}`));
	if (e.fix.length > 0) lines.push('', '  What to do:', ...e.fix.map((step, i) => `    ${i + 1}. ${step}`));
	lines.push('', `  Who acts: ${WHO[e.whoActs]}. ${RETRY[e.retry]}`, `  Sources: ${e.sources.join('; ')}`);
	return lines;
}

/** What names an input in a heading: its path, `-`, or the start of a text argument — never the whole text. */
export function heading(result: Pick<ResultOut, 'input' | 'message'>, isText: boolean): string {
	let name = result.input;
	if (isText) {
		const folded = name.replace(/\s+/g, ' ').trim();
		name = `“${folded.length > HEADING_TEXT ? `${folded.slice(0, HEADING_TEXT - 1)}…` : folded}”`;
	}
	return `${name}${result.message ? ` (message ${result.message})` : ''}`;
}

function cut(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One result as lines of text (not yet wrapped); `isText` when its input was a text argument. */
export function formatHuman(raw: ResultOut, paint: Paint = painter(false), isText = false): string {
	// Bounce text is attacker-controlled: no control character of it reaches the terminal.
	const result = JSON.parse(JSON.stringify(raw), (_key, value: unknown) => (typeof value === 'string' ? printable(value) : value)) as ResultOut;
	if (result.error) return `${heading(result, isText)}: ${result.error}`;
	if (result.explanation) return explanation(result.explanation).map((line, i) => (i === 0 ? paint(line, 'bold') : line)).join('\n');
	// Reply lines that are no whole bounce: their explanations are the answer.
	if (result.kind === 'none' && result.explanations?.length) {
		return [paint(heading(result, isText), 'bold'), ...result.explanations.slice(0, 10).flatMap(e => ['', ...explanation(e)])].join('\n');
	}
	// The core's verdict, as every surface shows it: the summary and its advice, then each recipient.
	const verdict = reportVerdict({kind: result.kind as BounceReport['kind'], recipients: result.recipients});
	const lines = [`${paint(heading(result, isText), 'bold')} — ${paint(verdict.label, verdict.tone)}`, `  ${result.summary}`];
	if (verdict.advice) lines.push(`  ${verdict.advice}`);
	const several = result.recipients.length > 1;
	for (const [i, r] of result.recipients.entries()) {
		const v = verdict.recipients[i]!;
		const what = [v.codes, v.words, r.hardBounce ? 'hard bounce' : ''].filter(Boolean).join(' · ');
		lines.push('', `  ${paint(v.recipient || '(recipient unknown)', v.tone)}${what ? `  ${what}` : ''}`);
		if (several) lines.push(`    ${v.advice}`);
		if (r.diagnostic) lines.push(`    ${cut(r.diagnostic, DIAGNOSTIC)}`);
		const meta = [r.action, r.command && `after ${r.command}`, r.remoteMta && `from ${r.remoteMta}`, r.provider && `provider ${r.provider}`].filter(Boolean);
		if (meta.length > 0) lines.push(`    ${paint(meta.join(' · '), 'dim')}`);
	}
	const distinct = [...new Set(result.codes.map(c => c.code))];
	if (distinct.length > 0) lines.push('', `  Codes: ${distinct.slice(0, 30).join(', ')}${distinct.length > 30 || result.codesTruncated ? ', …' : ''}`);
	for (const e of (result.explanations ?? []).slice(0, 10)) lines.push('', ...explanation(e).map(line => `  ${line}`));
	return lines.join('\n');
}
