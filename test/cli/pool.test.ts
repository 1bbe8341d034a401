import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Job} from '../../src/cli/enumerate';
import {decodeAll, START_AFTER} from '../../src/cli/pool';
import {bounce, cli, jsonLines, mbox, tempDir} from './helpers';

const STATUSES = ['5.1.1', '5.2.2', '4.4.7', '5.7.1', '5.1.10'];

describe('--jobs: decoding in worker threads', () => {
	it('writes the same results in the same order as one thread, past the point where workers start', () => {
		const folder = join(tempDir(), 'bounces');
		mkdirSync(folder);
		const count = START_AFTER + 90;
		for (let i = 0; i < count; i++) {
			writeFileSync(join(folder, `${String(i).padStart(4, '0')}.eml`), bounce(`user${i}@example.com`, STATUSES[i % STATUSES.length]));
		}
		// Late in the run, when workers take the jobs: an mbox of several messages (a worker leaves it to
		// the main thread, which sends its messages out one by one), an empty file and a binary one.
		writeFileSync(join(folder, `${count - 20}.mbox`), mbox([bounce('first@example.com'), bounce('second@example.com', '5.2.2')]));
		writeFileSync(join(folder, `${count - 10}.eml`), '');
		writeFileSync(join(folder, `${count - 5}.bin`), Buffer.from(Array.from({length: 4000}, (_, i) => (i * 7919) % 256)));
		const one = cli(['--json', folder]);
		const two = cli(['--json', '--jobs', '2', folder]);
		expect(two.status).toBe(2);
		expect(two.stderr).toBe(one.stderr);
		expect(two.stderr.split('\n').filter(Boolean)).toHaveLength(2);
		expect(two.stdout).toBe(one.stdout);
		const lines = jsonLines(two.stdout);
		expect(lines).toHaveLength(count + 4);
		expect(lines.filter(line => line.message !== undefined).map(line => (line.recipients as {recipient: string}[])[0]!.recipient)).toEqual(['first@example.com', 'second@example.com']);
		// The other outputs are rendered by the workers as by the main thread.
		for (const format of ['--csv', '--summary', '--summary --json']) {
			const args = format.split(' ');
			expect(cli([...args, '--jobs', '3', folder]).stdout).toBe(cli([...args, folder]).stdout);
		}
	}, 180_000);

	it('does in this thread whatever the workers cannot: no input goes without its result', async () => {
		const jobs: Job[] = Array.from({length: START_AFTER + 40}, (_, i) => ({label: `item ${i}`, type: 'code', value: i % 2 ? '550' : '5.7.26'}));
		// A worker that cannot start (its module does not exist) stops at once.
		const broken = new URL('file:///nonexistent/bounce-decoder-worker.mjs');
		const seen: string[] = [];
		for await (const rendered of decodeAll(jobs, {entry: broken, count: 2, render: {format: 'json', explanations: false, width: 80, colour: false}})) {
			const line = JSON.parse(rendered.out) as {input: string; kind: string};
			expect(line.kind).toBe('code');
			seen.push(line.input);
		}
		expect(seen).toEqual(jobs.map(job => job.label));
	});
});
