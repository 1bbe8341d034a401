import {afterEach, describe, expect, it, vi} from 'vitest';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {Progress} from '../../src/cli/progress';
import {tempDir} from './helpers';

afterEach(() => vi.useRealTimers());

describe('Progress', () => {
	it('counts, rates and tells the time left when every input is a file of known size', () => {
		vi.useFakeTimers({now: 0});
		const file = join(tempDir(), 'box.mbox');
		writeFileSync(file, 'x'.repeat(1000));
		const progress = new Progress([{type: 'arg', value: file}, {type: 'arg', value: '5.1.1'}], true);
		for (let i = 0; i < 50; i++) progress.tick(5);
		vi.setSystemTime(10_000);
		// 250 of 1,000 bytes in 10 s: 30 s left.
		expect(progress.line()).toBe('50 done · 5/s · 0:10 elapsed · 0:30 left');
	});

	it('leaves the time out when the size is unknown, and writes nothing when disabled', () => {
		const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
		vi.useFakeTimers({now: 0});
		const unknown = new Progress([{type: 'files-from', value: '-'}], true);
		unknown.tick();
		vi.setSystemTime(2000);
		expect(unknown.line()).toBe('1 done · 1/s · 0:02 elapsed');
		const off = new Progress([{type: 'arg', value: '-'}], false);
		vi.setSystemTime(5000);
		off.tick();
		off.clear();
		expect(write).not.toHaveBeenCalled();
		write.mockRestore();
	});
});
