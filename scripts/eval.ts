// `npm run eval`: score decodeBounce on ../shared/corpus and ../shared/corpus-text.
// --verbose prints every mistake and a per-source / per-reason confusion to stderr.
import {formatScore, scoreCorpus} from './eval-lib';

const verbose = process.argv.includes('--verbose');
const t0 = performance.now();
const score = await scoreCorpus();
const ms = performance.now() - t0;
console.log(formatScore(score));
console.log(`(${ms.toFixed(0)} ms)`);
if (verbose) {
	const buckets = new Map<string, number>();
	for (const m of score.mistakes) {
		console.error(`${m.id.padEnd(28)} ${m.field.padEnd(11)} exp=${m.expected.padEnd(16)} got=${m.got.padEnd(16)} ${(m.diagnostic ?? '').slice(0, 140)}`);
		if (m.field === 'reason' || m.field === 'text.reason') buckets.set(`${m.field} ${m.expected} -> ${m.got}`, (buckets.get(`${m.field} ${m.expected} -> ${m.got}`) ?? 0) + 1);
	}
	console.error('\nconfusion (expected -> got):');
	for (const [k, v] of [...buckets].sort((a, b) => b[1] - a[1])) console.error(`  ${String(v).padStart(3)}  ${k}`);
	const bySource = new Map<string, number>();
	for (const m of score.mistakes) if (!m.field.startsWith('text')) bySource.set(m.source, (bySource.get(m.source) ?? 0) + 1);
	console.error('\nmistakes per source:');
	for (const [k, v] of [...bySource].sort((a, b) => b[1] - a[1])) console.error(`  ${String(v).padStart(3)}  ${k}`);
}
