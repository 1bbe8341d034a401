import {describe, expect, it} from 'vitest';
import {defineReceiver} from '../../../src/core/receivers/define';
import {receivers} from '../../../src/core/receivers';

const KEYS = ['id', 'name', 'detect', 'anywhere', 'kind', 'decides', 'rules', 'tagFamilies'];

describe('defineReceiver', () => {
	it('gives every property, in one order, and keeps the values given', () => {
		const detect = [/\bexample\.net\b/i];
		const made = defineReceiver({id: 'google', name: 'Example', decides: true, detect, rules: []});
		expect(Object.keys(made)).toEqual(KEYS);
		expect(made.detect).toBe(detect);
		expect(made.decides).toBe(true);
		expect(made.anywhere).toBeUndefined();
		expect(made.kind).toBeUndefined();
		expect(made.tagFamilies).toBeUndefined();
	});

	it('is how every receiver of the registry is made: one shape for all of them', () => {
		for (const receiver of receivers) expect(Object.keys(receiver), receiver.id).toEqual(KEYS);
	});
});
