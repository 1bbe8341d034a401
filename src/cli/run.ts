// One input → one result object (the CLI JSON contract in DESIGN.md).
import {decodeBounce} from '../core/decode';
import {explain, isInvalid} from '../core/explain';
import {findMatches} from '../core/find-codes';
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
	error?: string;
}

const titles = new Map<string, {title: string; severity: Severity | ''}>();

function describe(code: string): {title: string; severity: Severity | ''} {
	let known = titles.get(code);
	if (!known) {
		const e = explain(code);
		known = isInvalid(e) ? {title: '', severity: ''} : {title: e.title, severity: e.severity};
		titles.set(code, known);
	}
	return known;
}

export function codesIn(text: string): CodeOut[] {
	return findMatches(text).map(m => ({code: m.code, kind: m.kind, start: m.start, end: m.end, ...describe(m.code)}));
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
		return {input: input.label, kind: 'code', summary: summarise(e), recipients: [], codes: codesIn(input.value), explanation: e};
	}
	const report = await decodeBounce(input.value);
	const text = new TextDecoder().decode(input.value);
	return {input: input.label, kind: report.kind, summary: report.summary, recipients: report.recipients, codes: codesIn(text)};
}
