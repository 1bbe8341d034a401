// One input → one result object (the CLI JSON contract in DESIGN.md).
import {decodeBounce} from '../core/decode';
import {explain, isInvalid} from '../core/explain';
import {findCodes} from '../core/find-codes';
import {explainFinding} from '../core/explain-finding';
import type {BounceReport, Explanation, Severity} from '../core/types';
import type {Input} from './inputs';

export interface CodeOut {
	code: string;
	kind: string;
	start: number;
	end: number;
	title: string;
	severity: Severity | '';
}

export interface ResultOut {
	input: string;
	kind: BounceReport['kind'] | 'code' | 'invalid';
	summary: string;
	recipients: BounceReport['recipients'];
	codes: CodeOut[];
	explanation?: Explanation;
	/** For a text: each reply found in it, explained in its own context (provider first). */
	explanations?: Explanation[];
	error?: string;
}

/** At most this many replies of one text are explained in full (a huge log stays quick). */
const MAX_EXPLAINED = 100;

/** Every code token of a text with its title and severity, read in the context of its reply. */
export function codesIn(text: string): {codes: CodeOut[]; explanations: Explanation[]} {
	const codes: CodeOut[] = [];
	const explanations: Explanation[] = [];
	const seen = new Set<string>();
	for (const finding of findCodes(text)) {
		const tokens = [finding.reply, finding.enhanced, ...finding.tags].filter(m => m !== undefined).sort((a, b) => a.start - b.start);
		const whole = explanations.length < MAX_EXPLAINED ? explainFinding(finding) : undefined;
		if (whole && !seen.has(whole.code + whole.title)) {
			seen.add(whole.code + whole.title);
			explanations.push(whole);
		}
		for (const m of tokens) {
			// A token's own title, with the reply's words as context so a provider's reading applies.
			const own = explain(m.code, {text: finding.text, tags: finding.tags.map(t => t.code)});
			const known = isInvalid(own) ? {title: '', severity: '' as const} : {title: own.title, severity: own.severity};
			codes.push({code: m.code, kind: m.kind, start: m.start, end: m.end, ...known});
		}
	}
	return {codes, explanations};
}

function summarise(e: Explanation): string {
	const retry = {'will-retry': 'the sender will retry', 'do-not-retry': 'do not retry', 'retry-after-fix': 'retry after fixing it'}[e.retry];
	const who = e.provider ? ` (${e.provider.name})` : '';
	return `${e.code}${who}: ${e.title}. ${e.severity[0]!.toUpperCase()}${e.severity.slice(1)}; ${retry}.`;
}

export async function run(input: Input): Promise<ResultOut> {
	if (input.type === 'error') return {input: input.label, kind: 'invalid', summary: input.error, recipients: [], codes: [], error: input.error};
	if (input.type === 'code') {
		const e = explain(input.value);
		if (isInvalid(e)) return {input: input.label, kind: 'invalid', summary: e.error, recipients: [], codes: [], error: e.error};
		return {input: input.label, kind: 'code', summary: summarise(e), recipients: [], codes: codesIn(input.value).codes, explanation: e};
	}
	const report = await decodeBounce(input.value);
	const {codes, explanations} = codesIn(new TextDecoder().decode(input.value));
	// A single reply line is no whole bounce, but its explanation is what the reader wants.
	const summary = report.kind === 'none' && explanations[0] ? summarise(explanations[0]) : report.summary;
	return {input: input.label, kind: report.kind, summary, recipients: report.recipients, codes, explanations};
}
