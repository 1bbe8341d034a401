import {describe, expect, it} from 'vitest';
import {UntilFailure} from '../../src/cli/until-failure';

function* failingAfter(count: number): Generator<number> {
	for (let i = 0; i < count; i++) yield i;
	throw new Error('the inputs failed');
}

describe('UntilFailure', () => {
	it('gives the jobs before the failure, then rethrow() throws it', () => {
		const inputs = new UntilFailure(failingAfter(3));
		expect([...inputs]).toEqual([0, 1, 2]);
		expect(() => inputs.rethrow()).toThrow('the inputs failed');
	});

	it('throws nothing when the inputs end well', () => {
		const inputs = new UntilFailure([1, 2]);
		expect([...inputs]).toEqual([1, 2]);
		expect(() => inputs.rethrow()).not.toThrow();
	});

	it('closes the inputs when the run stops early', () => {
		let closed = false;
		function* source(): Generator<number> {
			try {
				yield 1;
				yield 2;
			} finally {
				closed = true;
			}
		}
		for (const job of new UntilFailure(source())) if (job === 1) break;
		expect(closed).toBe(true);
	});
});
