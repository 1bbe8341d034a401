// One input → one result object (the CLI JSON contract in DESIGN.md).
import {decodeBounce, explain, explainText, isInvalid, type BounceReport, type Explanation, type Severity} from '../core';
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

/**
 * Every code token of a text with the title and severity of the reply it belongs to (explainText: a
 * reply is explained as a whole, so `452` in `452 4.5.3 Too many recipients` reads as the reply does),
 * and each distinct explanation once, in order.
 */
export function codesIn(text: string, report?: BounceReport): {codes: CodeOut[]; explanations: Explanation[]} {
	const codes: CodeOut[] = [];
	const explanations: Explanation[] = [];
	const seen = new Set<Explanation>();
	for (const {finding, explanation} of explainText(text, report)) {
		if (!seen.has(explanation)) {
			seen.add(explanation);
			explanations.push(explanation);
		}
		const tokens = [finding.reply, finding.enhanced, ...finding.tags].filter(m => m !== undefined).sort((a, b) => a.start - b.start);
		for (const m of tokens) codes.push({code: m.code, kind: m.kind, start: m.start, end: m.end, title: explanation.title, severity: explanation.severity});
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
	const {codes, explanations} = codesIn(new TextDecoder().decode(input.value), report);
	// A single reply line is no whole bounce, but its explanation is what the reader wants.
	const summary = report.kind === 'none' && explanations[0] ? summarise(explanations[0]) : report.summary;
	return {input: input.label, kind: report.kind, summary, recipients: report.recipients, codes, explanations};
}
