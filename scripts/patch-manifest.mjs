// Firefox runs MV3 backgrounds as event pages and needs `background.scripts`; crxjs keeps only
// `service_worker` (TOOLCHAIN.md §5). Chrome ignores `scripts` when `service_worker` is present.
import {readFileSync, writeFileSync} from 'node:fs';

// Optional argument: another output folder (a private build while others use dist/).
const path = process.argv[2] ? new URL(`file://${process.argv[2].replace(/\/$/, '')}/manifest.json`) : new URL('../dist/manifest.json', import.meta.url);
const manifest = JSON.parse(readFileSync(path, 'utf8'));
manifest.background = {...manifest.background, scripts: [manifest.background.service_worker]};
writeFileSync(path, JSON.stringify(manifest, null, 2) + '\n');
console.log(`${path.pathname}: added background.scripts for Firefox`);
