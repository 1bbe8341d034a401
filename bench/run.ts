// `npm run bench`: every speed budget of DESIGN.md that runs in Node, reported as ratios.
import {existsSync} from 'node:fs';
import {benchFindCodes, buildCorpusText} from './find-codes.bench';
import {contentScriptReport} from './content-size';
import {benchDecode, benchLargeInput, benchMimeOnly, benchSisimai} from './decode.bench';

const scan = await benchFindCodes();
console.log(`text scan: ${scan.mbPerSec.toFixed(1)} MB/s vs one bare regex pass ${scan.bareMbPerSec.toFixed(1)} MB/s → ratio ${scan.ratio.toFixed(2)} (budget ≥ 0.5)`);
const dense = await benchFindCodes({dense: true});
console.log(`  the same report without its quoted message (a token per ~100 bytes): ratio ${dense.ratio.toFixed(2)}`);
const corpusText = buildCorpusText();
if (corpusText) console.log(`  real bounces (the DEV corpus's emails repeated to 10 MB): ratio ${(await benchFindCodes({text: corpusText})).ratio.toFixed(2)}`);

const ours = await benchDecode();
const ref = benchSisimai();
console.log(`decode: ${ours.emailsPerSec.toFixed(0)} emails/s over the DEV corpus ×10 (${ours.emails} decodes)`);
if (ref) console.log(`  reference Sisimai ${ref.version} (Perl, same files, same process loop): ${ref.emailsPerSec.toFixed(0)} emails/s → ratio ${(ours.emailsPerSec / ref.emailsPerSec).toFixed(1)}× (target ≥ 20×)`);
else console.log('  reference: Perl Sisimai not installed (apt-get install libsisimai-perl) — no ratio');
const mime = await benchMimeOnly();
console.log(`  the MIME step alone (postal-mime, which DESIGN prescribes): ${mime.emailsPerSec.toFixed(0)} emails/s${ref ? ` → no decode can pass ${(mime.emailsPerSec / ref.emailsPerSec).toFixed(1)}× Sisimai while it parses the MIME` : ''}`);

const large = await benchLargeInput();
console.log(`large input: ${large.megabytes.toFixed(1)} MB decoded in ${large.seconds.toFixed(3)} s (budget < 1 s)`);

if (existsSync('dist/manifest.json')) console.log(contentScriptReport('dist'));
else console.log('content script size: build first (npm run build)');
