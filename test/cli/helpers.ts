// Helpers for the CLI's tests: temporary folders, bounces built for the case, the CLI run as a process.
import {spawnSync, type SpawnSyncOptions} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll} from 'vitest';
import {dsnEmail} from '../helpers/dsn';

export const root = new URL('../../', import.meta.url).pathname;

/** The folders tempDir() made in this test file, removed once its tests are done. */
const made: string[] = [];
afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true});
});

/** A new, empty folder of its own under the system's temporary folder, removed after the file's tests. */
export function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'bd-cli-'));
	made.push(dir);
	return dir;
}

/** A failed-delivery report for one recipient, with the reply the server gave. */
export function bounce(recipient: string, status = '5.1.1', diagnostic = `550 ${status} <${recipient}>: Recipient address rejected: User unknown`): string {
	return dsnEmail({recipients: [[`Final-Recipient: rfc822; ${recipient}`, 'Action: failed', `Status: ${status}`, `Diagnostic-Code: smtp; ${diagnostic}`]]});
}

/** An mbox (RFC 4155) of these messages, each behind its From_ line. */
export function mbox(messages: string[]): string {
	return messages.map(m => `From MAILER-DAEMON Mon Jan  5 10:00:00 2026\n${m.replace(/\r\n/g, '\n')}\n`).join('\n');
}

/** The CLI as a user runs it (through tsx), with its exit code and both outputs. */
export function cli(args: string[], options: {input?: string | Uint8Array; cwd?: string; shell?: string} = {}) {
	const tsx = join(root, 'node_modules/.bin/tsx');
	const main = join(root, 'src/cli/main.ts');
	const spawnOptions: SpawnSyncOptions = {cwd: options.cwd ?? root, input: options.input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024};
	const result = options.shell
		? spawnSync('sh', ['-c', options.shell.replaceAll('CLI', `'${tsx}' '${main}'`)], spawnOptions)
		: spawnSync(tsx, [main, ...args], spawnOptions);
	return {status: result.status, stdout: String(result.stdout), stderr: String(result.stderr)};
}

/** The JSON lines of an output. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
	return stdout.trim().split('\n').filter(Boolean).map(line => JSON.parse(line) as Record<string, unknown>);
}
