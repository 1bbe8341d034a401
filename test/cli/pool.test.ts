import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Item} from '../../src/cli/inputs';
import {decodeAll, START_AFTER} from '../../src/cli/pool';
import {bounce, cli, jsonLines, tempDir} from './helpers';

const STATUSES = ['5.1.1', '5.2.2', '4.4.7', '5.7.1', '5.1.10'];

describe('--jobs: decoding in worker threads', () => {
	it('writes the same results in the same order as one thread, past the point where workers start', () => {
		const folder = join(tempDir(), 'bounces');
		mkdirSync(folder);
		const count = START_AFTER + 90;
		for (let i = 0; i < count; i++) {
			writeFileSync(join(folder, `${String(i).padStart(4, '0')}.eml`), bounce(`user${i}@example.com`, STATUSES[i % STATUSES.length]));
		}
		const one = cli(['--json', folder]);
		const two = cli(['--json', '--jobs', '2', folder]);
		expect(two.status).toBe(0);
		expect(two.stderr).toBe('');
		expect(two.stdout).toBe(one.stdout);
		const lines = jsonLines(two.stdout);
		expect(lines).toHaveLength(count);
		expect(lines.map(line => (line.recipients as {recipient: string}[])[0]!.recipient)).toEqual(Array.from({length: count}, (_, i) => `user${i}@example.com`));
		// The other writers take the workers' results as they take their own.
		expect(cli(['--csv', '--jobs', '2', folder]).stdout).toBe(cli(['--csv', folder]).stdout);
	}, 120_000);

	it('decodes in this thread whatever the workers cannot: no input goes without its result', async () => {
		const items: Item[] = Array.from({length: START_AFTER + 40}, (_, i) => ({label: `item ${i}`, type: 'code', value: i % 2 ? '550' : '5.7.26'}));
		// A worker that cannot start (its module does not exist) stops at once.
		const broken = new URL('file:///nonexistent/bounce-decoder-worker.mjs');
		const seen: string[] = [];
		for await (const {item, result} of decodeAll(items, broken, 2)) {
			expect(result).not.toBeInstanceOf(Error);
			expect((result as {kind: string}).kind).toBe('code');
			seen.push(item.label);
		}
		expect(seen).toEqual(items.map(item => item.label));
	});
});
