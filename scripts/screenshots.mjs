// npm run screenshots: builds the extension and re-takes the README's pictures (docs/screenshots/*.png)
// by running the E2E suites that take them with BD_SCREENSHOTS=1. `npm run test:e2e` never writes
// them (e2e/screenshots.ts sends its screenshots to a temporary folder), so a test run leaves a clone clean.
import {spawnSync} from 'node:child_process';
import {resolve} from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SUITES = ['e2e/content.e2e.test.ts', 'e2e/popup.e2e.test.ts', 'e2e/menu.e2e.test.ts', 'e2e/welcome.e2e.test.ts', 'e2e/dns.e2e.test.ts'];

const run = (command, args, env = process.env) => {
	const result = spawnSync(command, args, {cwd: ROOT, stdio: 'inherit', env});
	if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npm', ['run', '--silent', 'build']);
run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...SUITES], {...process.env, BD_SCREENSHOTS: '1'});
console.log('Screenshots written to docs/screenshots/.');
