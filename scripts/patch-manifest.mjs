// Firefox runs MV3 backgrounds as event pages and needs `background.scripts`; crxjs keeps only
// `service_worker` (TOOLCHAIN.md §5). Chrome ignores `scripts` when `service_worker` is present.
import {copyFileSync, readFileSync, writeFileSync} from 'node:fs';

// Optional argument: another output folder (a private build while others use dist/).
const path = process.argv[2] ? new URL(`file://${process.argv[2].replace(/\/$/, '')}/manifest.json`) : new URL('../dist/manifest.json', import.meta.url);
const manifest = JSON.parse(readFileSync(path, 'utf8'));
manifest.background = {...manifest.background, scripts: [manifest.background.service_worker]};
writeFileSync(path, JSON.stringify(manifest, null, 2) + '\n');
console.log(`${path.pathname}: added background.scripts for Firefox`);

// The licence and the third-party notices travel with every copy of the built extension: Sisimai's
// BSD-2-Clause licence (NOTICE) asks that redistributions in binary form reproduce it.
for (const name of ['LICENSE', 'NOTICE']) copyFileSync(new URL(`../${name}`, import.meta.url), new URL(name, path));
console.log(`${new URL('.', path).pathname}: LICENSE and NOTICE copied`);
