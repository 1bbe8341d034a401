// Human-readable rendering of a CLI result, for a terminal.
import {reportVerdict, type BounceReport, type Explanation} from '../core';
import type {ResultOut} from './run';

const RETRY = {'will-retry': 'The sending server will retry by itself.', 'do-not-retry': 'Do not retry: it will fail the same way.', 'retry-after-fix': 'Retry once the cause is fixed.'};
const WHO = {'sender': 'the sender', 'sender-admin': "the sender's mail admin", 'recipient': 'the recipient', 'recipient-admin': "the recipient's mail admin", 'nobody': 'nobody'};

function explanation(e: Explanation): string[] {
	const lines = [`${e.code}  ${e.title}`, `  ${e.severity.toUpperCase()}${e.provider ? ` · ${e.provider.name}` : ''}${e.inRegistry ? '' : ' · not in the registry'}`, '', `  ${e.meaning}`];
	for (const note of e.notes) lines.push(`  Note: ${note}`);
	if (e.causes.length > 0) lines.push('', '  Likely causes:', ...e.causes.map(c => `    - ${c}`));
	if (e.fix.length > 0) lines.push('', '  What to do:', ...e.fix.map((step, i) => `    ${i + 1}. ${step}`));
	lines.push('', `  Who acts: ${WHO[e.whoActs]}. ${RETRY[e.retry]}`, `  Sources: ${e.sources.join('; ')}`);
	return lines;
}

export function formatHuman(result: ResultOut): string {
	if (result.error) return `${result.input}: ${result.error}`;
	if (result.explanation) return explanation(result.explanation).join('\n');
	// Reply lines that are no whole bounce: their explanations are the answer.
	if (result.kind === 'none' && result.explanations?.length) {
		return result.explanations.slice(0, 10).map(e => explanation(e).join('\n')).join('\n\n');
	}
	// The core's verdict, as every surface shows it: the summary and its advice, then each recipient.
	const verdict = reportVerdict({kind: result.kind as BounceReport['kind'], recipients: result.recipients});
	const lines = [`${result.input}: ${result.kind}`, `  ${result.summary}`];
	if (verdict.advice) lines.push(`  ${verdict.advice}`);
	const several = result.recipients.length > 1;
	for (const [i, r] of result.recipients.entries()) {
		const v = verdict.recipients[i]!;
		lines.push('', `  ${v.recipient || '(recipient unknown)'}  ${v.codes}  ${r.reason}${r.hardBounce ? ' (hard bounce)' : ''}`);
		if (several) lines.push(`    ${v.headline}`, `    ${v.advice}`);
		if (r.diagnostic) lines.push(`    ${r.diagnostic.slice(0, 300)}`);
		const meta = [r.action && `action ${r.action}`, r.command && `after ${r.command}`, r.remoteMta && `from ${r.remoteMta}`, r.provider && `provider ${r.provider}`].filter(Boolean);
		if (meta.length > 0) lines.push(`    ${meta.join(' · ')}`);
	}
	const distinct = [...new Set(result.codes.map(c => c.code))];
	if (distinct.length > 0) lines.push('', `  Codes: ${distinct.slice(0, 30).join(', ')}`);
	for (const e of (result.explanations ?? []).slice(0, 10)) lines.push('', ...explanation(e).map(line => `  ${line}`));
	return lines.join('\n');
}
