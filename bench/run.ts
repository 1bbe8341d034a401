// `npm run bench`: every speed budget of DESIGN.md that runs in Node, reported as ratios.
//   npm run bench [-- --runs N] [-- --no-memory]
// --runs: interleaved whole-process runs of each side (best of N, default 3); --no-memory: skip the
// 100,000-email memory run (it writes about 350 MB of copies to the temporary folder).
import {existsSync} from 'node:fs';
import {benchFindCodes, buildCorpusText} from './find-codes.bench';
import {contentScriptReport} from './content-size';
import {benchDecode, benchLargeInput, benchLightMime, benchMimeOnly, benchSisimai} from './decode.bench';
import {benchBulk, benchMemory, describeBulk, describeMemory, runsOf, scratchFolder} from './bulk.bench';
import {benchPhases, describePhases} from './phases.bench';
import {benchGzip, describeGzip} from './gzip.bench';

const argv = process.argv.slice(2);
const runs = runsOf(argv);

const scan = await benchFindCodes();
console.log(`text scan: ${scan.mbPerSec.toFixed(1)} MB/s vs one bare regex pass ${scan.bareMbPerSec.toFixed(1)} MB/s → ratio ${scan.ratio.toFixed(2)} (budget ≥ 0.5)`);
const dense = await benchFindCodes({dense: true});
console.log(`  the same report without its quoted message (a token per ~100 bytes): ratio ${dense.ratio.toFixed(2)}`);
const corpusText = buildCorpusText();
if (corpusText) console.log(`  real bounces (the DEV corpus's emails repeated to 10 MB): ratio ${(await benchFindCodes({text: corpusText})).ratio.toFixed(2)}`);

// The budget that counts for bulk users: whole processes side by side on the same distinct emails.
const scratch = scratchFolder();
try {
	for (const line of describeBulk(benchBulk(scratch.path, runs))) console.log(line);
	for (const line of describeGzip(benchGzip(scratch.path, runs))) console.log(line);
	if (argv.includes('--no-memory')) console.log('  peak memory on 100,000 emails: skipped (--no-memory)');
	else for (const line of describeMemory(benchMemory(scratch.path))) console.log(line);
} finally {
	scratch.done();
}
console.log(describePhases(await benchPhases()));

const ours = await benchDecode();
const ref = benchSisimai();
console.log(`decode in-process: ${ours.emailsPerSec.toFixed(0)} emails/s over the DEV corpus ×10 (${ours.emails} decodes, files already in memory)`);
if (ref) console.log(`  Sisimai ${ref.version} (Perl, same files, same loop in one process): ${ref.emailsPerSec.toFixed(0)} emails/s → ratio ${(ours.emailsPerSec / ref.emailsPerSec).toFixed(1)}×`);
else console.log('  reference: Perl Sisimai not installed (apt-get install libsisimai-perl) — no ratio');
const mime = await benchMimeOnly();
console.log(`  the MIME step alone (the light splitter, postal-mime for what it leaves): ${mime.emailsPerSec.toFixed(0)} emails/s`);
const light = await benchLightMime();
console.log(`  light MIME splitter vs postal-mime alone, side by side in CPU time: MIME step ${(light.mime[0] / light.mime[1]).toFixed(2)}× (${light.mime[0].toFixed(0)} vs ${light.mime[1].toFixed(0)} emails/s), whole decode ${(light.decode[0] / light.decode[1]).toFixed(2)}× (${light.decode[0].toFixed(0)} vs ${light.decode[1].toFixed(0)} emails/s)`);

const large = await benchLargeInput();
console.log(`large input: ${large.megabytes.toFixed(1)} MB decoded in ${large.seconds.toFixed(3)} s (budget < 1 s)`);

if (existsSync('dist/manifest.json')) console.log(contentScriptReport('dist'));
else console.log('content script size: build first (npm run build)');
