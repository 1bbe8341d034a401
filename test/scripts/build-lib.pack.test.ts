// The npm package as a user gets it: `npm pack` (which builds it through prepack) gives a tarball of what
// runs, and installed into an empty project, without the network, its command, its library and its types
// work. `npm run test:pack` (vitest.pack.config.ts); .ci/run runs it.
import {execFileSync, type ExecFileSyncOptions} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire, isBuiltin} from 'node:module';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import {parseAst} from 'vite';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {dsnEmail} from '../helpers/dsn';

const ROOT = resolve(import.meta.dirname, '../..');
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {name: string; version: string};

let temp = '';
let app = '';
let packed: {filename: string; files: {path: string}[]} = {filename: '', files: []};

/** Runs a command without the network: npm may use only the tarball (the package has no dependencies). */
function run(file: string, args: string[], options: ExecFileSyncOptions = {}): string {
	const env = {...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false'};
	return execFileSync(file, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env, ...options}) as string;
}

beforeAll(() => {
	temp = mkdtempSync(join(tmpdir(), 'bounce-decoder-pack-'));
	// npm prints the build's own lines too; its JSON report is the array that ends the output.
	const out = run('npm', ['pack', '--json', '--pack-destination', temp], {cwd: ROOT});
	packed = (JSON.parse(out.slice(out.lastIndexOf('\n[\n') + 1)) as typeof packed[])[0]!;
	app = join(temp, 'app');
	mkdirSync(app);
	writeFileSync(join(app, 'package.json'), JSON.stringify({name: 'app', version: '1.0.0', private: true, type: 'module'}));
	run('npm', ['install', '--no-save', '--no-package-lock', join(temp, packed.filename)], {cwd: app});
}, 600_000);

afterAll(() => {
	if (temp) rmSync(temp, {recursive: true, force: true});
});

describe('npm pack', () => {
	test('the tarball holds the library, the command (its loader, its script and fflate for gzip input), the type declarations, README, LICENSE, NOTICE and package.json only', () => {
		expect(packed.filename).toBe(`${pkg.name}-${pkg.version}.tgz`);
		const paths = packed.files.map(f => f.path);
		const other = paths.filter(p => !/^dist-lib\/types\/.+\.d\.ts$/.test(p));
		expect(other.sort()).toEqual(['LICENSE', 'NOTICE', 'README.md', 'dist-cli/bounce-decoder.cjs', 'dist-cli/cli.js', 'dist-cli/fflate.cjs', 'dist-lib/index.js', 'package.json']);
		expect(paths).toContain('dist-lib/types/index.d.ts');
		expect(paths.filter(p => /^(src|test|e2e|scripts)\//.test(p) || p.endsWith('.map'))).toEqual([]);
	});

	test('the library imports nothing (postal-mime is bundled) and the CLI imports only Node\'s own modules', () => {
		const installed = join(app, 'node_modules', pkg.name);
		// Every import and re-export declaration, every import() and every require('…') of the file, read
		// from its syntax tree.
		const imports = (file: string) => {
			const found: string[] = [];
			const visit = (node: unknown): void => {
				if (!node || typeof node !== 'object') return;
				if (Array.isArray(node)) return node.forEach(visit);
				const n = node as {type?: string; source?: {value?: unknown}; callee?: {type?: string; name?: string}; arguments?: {type?: string; value?: unknown}[]};
				if (/^(Import|ExportAll|ExportNamed)Declaration$|^ImportExpression$/.test(n.type ?? '') && n.source) found.push(String(n.source.value));
				if (n.type === 'CallExpression' && n.callee?.type === 'Identifier' && n.callee.name === 'require') found.push(String(n.arguments?.[0]?.value));
				Object.values(node).forEach(visit);
			};
			visit(parseAst(readFileSync(join(installed, file), 'utf8').replace(/^#!.*/, '')));
			return found;
		};
		expect(imports('dist-lib/index.js')).toEqual([]);
		const cli = [...imports('dist-cli/bounce-decoder.cjs'), ...imports('dist-cli/cli.js'), ...imports('dist-cli/fflate.cjs')];
		expect(cli.length).toBeGreaterThan(0);
		expect(cli.filter(specifier => !isBuiltin(specifier))).toEqual([]);
	});
});

describe('installed into an empty project', () => {
	test('npx bounce-decoder --json 5.7.26 prints one JSON line explaining the code', () => {
		const lines = run('npx', ['--no-install', 'bounce-decoder', '--json', '5.7.26'], {cwd: app}).trimEnd().split('\n');
		expect(lines).toHaveLength(1);
		const result = JSON.parse(lines[0]!) as {input: string; kind: string; explanation: {code: string; severity: string}};
		expect(result).toMatchObject({input: '5.7.26', kind: 'code', explanation: {code: '5.7.26', severity: 'permanent'}});
		// That first run wrote the code cache next to the command; the next run, compiled with it, prints the same line.
		expect(existsSync(join(app, 'node_modules', pkg.name, 'dist-cli/bounce-decoder.cache'))).toBe(true);
		expect(run('npx', ['--no-install', 'bounce-decoder', '--json', '5.7.26'], {cwd: app}).trimEnd()).toBe(lines[0]);
	});

	test('the installed command reads a gzip-compressed mbox of two members through the fflate it ships', () => {
		const bounce = (to: string) => dsnEmail({recipients: [[`Final-Recipient: rfc822; ${to}`, 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 User unknown']]});
		const box = (to: string[]) => to.map(t => `From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n${bounce(t).replace(/\r\n/g, '\n')}\n`).join('\n');
		// Two members: zlib's one-member reading does not take them, so the stream, fflate's, reads them.
		writeFileSync(join(app, 'box.mbox.gz'), Buffer.concat([gzipSync(box(['a@example.com', 'b@example.com'])), gzipSync(`\n${box(['c@example.com'])}`)]));
		const out = run('npx', ['--no-install', 'bounce-decoder', '--csv', 'box.mbox.gz'], {cwd: app});
		const rows = out.trimEnd().split('\r\n').slice(1);
		expect(rows.map(r => r.split(',').slice(1, 3).join(','))).toEqual(['1,a@example.com', '2,b@example.com', '3,c@example.com']);
		// Decoding built the core's tables, which the command kept beside its script (src/cli/kept-tables.ts);
		// the next run reads them back and gives the same rows.
		expect(existsSync(join(app, 'node_modules', pkg.name, 'dist-cli/bounce-decoder.tables'))).toBe(true);
		expect(run('npx', ['--no-install', 'bounce-decoder', '--csv', 'box.mbox.gz'], {cwd: app})).toBe(out);
	});

	test('import(\'bounce-decoder\') gives the library, and it decodes a bounce', () => {
		const script = `
			const m = await import('bounce-decoder');
			const names = ['decodeBounce', 'explain', 'explainText', 'verdict', 'findCodes'];
			const report = await m.decodeBounce('Delivery to the following recipient failed permanently:\\n\\n     nobody@example.com\\n\\nTechnical details of permanent failure:\\n550 5.1.1 The email account that you tried to reach does not exist. gsmtp');
			console.log(JSON.stringify({types: names.map(n => typeof m[n]), recipients: report.recipients.map(r => [r.recipient, r.reason]), headline: m.verdict(report.recipients[0], report).headline, codes: m.findCodes('421 4.7.0 [TSS04]').flatMap(f => [f.reply?.code, f.enhanced?.code, ...f.tags.map(t => t.code)])}));`;
		const out = JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], {cwd: app})) as unknown;
		expect(out).toEqual({
			types: ['function', 'function', 'function', 'function', 'function'],
			recipients: [['nobody@example.com', 'userunknown']],
			headline: 'Not delivered to nobody@example.com: the address does not exist (550 5.1.1).',
			codes: ['421', '4.7.0', 'TSS04'],
		});
	});

	test('the README\'s stream example runs on the installed package: one JSON row per recipient', () => {
		const example = join(app, 'bounce-stream.mjs');
		writeFileSync(example, readFileSync(join(ROOT, 'docs/examples/bounce-stream.mjs')));
		const eml = join(app, 'bounce.eml');
		writeFileSync(eml, dsnEmail({recipients: [['Final-Recipient: rfc822; nobody@example.com', 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 User unknown']]}));
		const rows = run(process.execPath, [example, eml, eml], {cwd: app}).trimEnd().split('\n').map(line => JSON.parse(line) as {recipient: string; reason: string; hardBounce: boolean});
		expect(rows.map(r => [r.recipient, r.reason, r.hardBounce])).toEqual([['nobody@example.com', 'userunknown', true], ['nobody@example.com', 'userunknown', true]]);
	});

	// A consumer's code type-checked against the shipped declarations, with Node's ESM resolution and with
	// a bundler's. The @ts-expect-error lines fail the check if the declarations are missing or `any`.
	test.each(['nodenext', 'bundler'])('its type declarations type-check a consumer (moduleResolution %s)', resolution => {
		writeFileSync(join(app, 'use.ts'), `import {decodeBounce, explain, explainText, verdict, findCodes, isInvalid, type BounceReport, type Verdict} from 'bounce-decoder';

const report: BounceReport = await decodeBounce(new Uint8Array([0x35, 0x35, 0x30]));
const verdicts: Verdict[] = report.recipients.map(r => verdict(r, report));
const code = explain('550');
const title: string = isInvalid(code) ? code.error : code.title;
const replies: number = explainText('550 5.1.1 No such user').length;
const tokens: (string | undefined)[] = findCodes('550 5.1.1').map(f => f.reply?.code);
// @ts-expect-error: decodeBounce takes text or bytes
await decodeBounce(42);
// @ts-expect-error: a verdict has no such field
void verdicts[0]?.noSuchField;
export {title, replies, tokens};
`);
		writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
			compilerOptions: {
				target: 'ES2022', lib: ['ES2022'], types: [], strict: true, noEmit: true, skipLibCheck: false,
				...(resolution === 'nodenext' ? {module: 'nodenext', moduleResolution: 'nodenext'} : {module: 'esnext', moduleResolution: 'bundler'}),
			},
			files: ['use.ts'],
		}));
		try {
			run(process.execPath, [TSC, '-p', join(app, 'tsconfig.json')], {cwd: app});
		} catch (error) {
			throw new Error(`tsc found errors:\n${(error as {stdout?: string}).stdout ?? error}`, {cause: error});
		}
	});
});
