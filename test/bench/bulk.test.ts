// The bench commands' --runs argument.
import {describe, expect, it} from 'vitest';
import {runsOf} from '../../bench/bulk.bench';

describe('runsOf', () => {
	it('takes --runs N, at least one, else the fallback', () => {
		expect(runsOf([])).toBe(3);
		expect(runsOf(['--no-memory'], 5)).toBe(5);
		expect(runsOf(['--runs', '7'])).toBe(7);
		expect(runsOf(['--runs', '0'])).toBe(1);
		expect(runsOf(['--runs', 'many'])).toBe(1);
		expect(runsOf(['--runs'])).toBe(1);
	});
});
