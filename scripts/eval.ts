// `npm run eval`: score decodeBounce on ../shared/corpus, ../shared/corpus-text and
// ../shared/corpus-extra, and print the figures.
//   --check    exit 1 when a figure is below its floor (scripts/eval-floors.ts); .ci/run runs it
//   --verbose  print every mistake and a confusion table to stderr
//   --half A|B with --verbose: only the mistakes of that DEV half (read A, judge by B)
import {formatScore, scoreCorpus} from './eval-lib';
import {scoreExtra} from './eval-extra';
import {belowFloors} from './eval-floors';
import {halfOf} from './eval-half';
import {fmt} from './eval-ratio';
import type {Mistake} from './eval-ratio';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const check = args.includes('--check');
const half = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined;
const t0 = performance.now();
const score = await scoreCorpus();
const extra = await scoreExtra();
const ms = performance.now() - t0;
console.log(formatScore(score));
console.log(
	[
		`corpus-extra (${extra.emails} emails labelled by BounceParser's and GNU Mailman's maintainers)`,
		`  reason (accepted set)         ${fmt(extra.reasonAccept)}   strict ${fmt(extra.reasonStrict)}`,
		`  recipients recall             ${fmt(extra.recall)}`,
		`  recipients precision          ${fmt(extra.precision)}`,
		`  temporary/permanent           ${fmt(extra.temporary)}`,
		`  bounce or not                 ${fmt(extra.isBounce)}`,
		`  reply code                    ${fmt(extra.replyCode)}`,
		`  reason (accepted set)   A ${fmt(extra.halves.A)}    B ${fmt(extra.halves.B)}`,
	].join('\n'),
);
console.log(`(${ms.toFixed(0)} ms)`);

if (verbose) {
	const mistakes: Mistake[] = [...score.mistakes, ...extra.mistakes].filter((m) => !half || halfOf(m.id) === half);
	const buckets = new Map<string, number>();
	for (const m of mistakes) {
		console.error(`${m.id.padEnd(28)} ${m.field.padEnd(11)} exp=${m.expected.padEnd(16)} got=${m.got.padEnd(16)} ${(m.diagnostic ?? '').slice(0, 140)}`);
		if (m.field === 'reason' || m.field === 'text.reason') buckets.set(`${m.field} ${m.expected} -> ${m.got}`, (buckets.get(`${m.field} ${m.expected} -> ${m.got}`) ?? 0) + 1);
	}
	console.error('\nconfusion (expected -> got):');
	for (const [k, v] of [...buckets].sort((a, b) => b[1] - a[1])) console.error(`  ${String(v).padStart(3)}  ${k}`);
	const bySource = new Map<string, number>();
	for (const m of mistakes) if (!m.field.startsWith('text')) bySource.set(m.source, (bySource.get(m.source) ?? 0) + 1);
	console.error('\nmistakes per source:');
	for (const [k, v] of [...bySource].sort((a, b) => b[1] - a[1])) console.error(`  ${String(v).padStart(3)}  ${k}`);
}

if (check) {
	const below = belowFloors(score, extra);
	for (const line of below) console.error(`below floor: ${line}`);
	if (below.length) process.exit(1);
	console.log('eval --check: every figure at or above its floor');
}
