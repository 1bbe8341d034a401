import {afterEach, describe, expect, it, vi} from 'vitest';
import {printable, Sink} from '../../src/cli/sink';

afterEach(() => {
	vi.restoreAllMocks();
});

/** What a Sink writes to standard output for these texts, write by write, as bytes. */
async function written(texts: string[]): Promise<Buffer[]> {
	const writes: Buffer[] = [];
	vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
		writes.push(Buffer.from(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk)));
		return true;
	}) as typeof process.stdout.write);
	const sink = new Sink();
	for (const text of texts) sink.out(text);
	await sink.end();
	return writes;
}

describe('Sink: standard output, buffered', () => {
	it('writes every text in order as UTF-8, in writes of at least 64 KiB but the last', async () => {
		const texts = Array.from({length: 3000}, (_, i) => `{"input":"${i}.eml","summary":"Réponse — 配信 😀 ${'x'.repeat(i % 97)}"}\n`);
		const writes = await written(texts);
		expect(Buffer.concat(writes).toString('utf8')).toBe(texts.join(''));
		expect(writes.length).toBeGreaterThan(2);
		for (const chunk of writes.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(64 * 1024);
	});

	it('writes a text too long for its buffer whole, after what came before it', async () => {
		const long = `${'😀'.repeat(20_000)}é\n`;
		const texts = ['a\n', long, 'b\n', 'c'.repeat(70_000), long];
		const writes = await written(texts);
		expect(Buffer.concat(writes).toString('utf8')).toBe(texts.join(''));
	});

	it('keeps a chunk it has written as it was when more is written', async () => {
		const texts = Array.from({length: 200}, (_, i) => `${String(i).padStart(4, '0')}${'z'.repeat(1000)}\n`);
		const kept: Uint8Array[] = [];
		vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: Uint8Array) => {
			kept.push(chunk); // held as a stream holds what it has not written yet
			return true;
		}) as typeof process.stdout.write);
		const sink = new Sink();
		for (const text of texts) sink.out(text);
		await sink.end();
		expect(Buffer.concat(kept).toString('utf8')).toBe(texts.join(''));
	});
});

describe('printable', () => {
	it('shows control characters as U+FFFD and keeps tabs and line breaks', () => {
		expect(printable('a\u0007b\tc\nd\u009b')).toBe('a\uFFFDb\tc\nd\uFFFD');
	});
});
