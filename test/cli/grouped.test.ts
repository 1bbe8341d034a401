import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {counted, grouped} from '../../src/cli/grouped';

describe('grouped', () => {
	it('writes integers as en-US does', () => {
		const values = [0, 7, 42, 999, 1000, 5000, 12345, 100394, 999999, 1000000, 1234567890, Number.MAX_SAFE_INTEGER];
		for (const n of [...values, ...values.map(v => -v).filter(v => v !== 0)]) expect(grouped(n)).toBe(n.toLocaleString('en-US'));
	});

	it('drops a fraction as a count has none', () => {
		expect(grouped(1234.9)).toBe('1,234');
		expect(grouped(-0.5)).toBe('0');
	});
});

describe('counted', () => {
	it('gives the noun in the singular for one only', () => {
		expect([0, 1, 2, 1234].map(n => counted(n, 'input', 'inputs'))).toEqual(['0 inputs', '1 input', '2 inputs', '1,234 inputs']);
	});
});

describe('the command', () => {
	it('never asks ICU to write a number (its first call costs ~12 ms of a ~0.1 s start)', () => {
		const folder = join(__dirname, '../../src/cli');
		const users = readdirSync(folder).filter(name => name.endsWith('.ts') && /\.toLocaleString\(|Intl\.NumberFormat/.test(readFileSync(join(folder, name), 'utf8')));
		expect(users).toEqual([]);
	});
});
