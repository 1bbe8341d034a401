import {describe, expect, it} from 'vitest';
import {boundaryBytes, NO_PARAMS, param, parseStructured} from '../../../src/core/decode/mime-params';

describe('boundaryBytes', () => {
	it('gives the UTF-8 of a boundary, ASCII or not', () => {
		for (const b of ['', '=_x', '----=_Part_1_2.3', 'Boundary_(ID_1/2+3)', 'caf\u00e9', 'a\u00ffb', '\u3042', '\ud83d\ude00', 'x\ud800y']) {
			expect(Array.from(boundaryBytes(b))).toEqual(Array.from(new TextEncoder().encode(b)));
		}
	});
});

describe('parseStructured and param', () => {
	it('reads the parameters by lower-cased name, a repeated name keeping its first value', () => {
		const v = parseStructured('Text/Plain; Charset="UTF-8"; charset=latin1; Format = flowed; ;')!;
		expect(v.value).toBe('text/plain');
		expect(v.params).toEqual(['charset', 'UTF-8', 'charset', 'latin1', 'format', 'flowed']);
		expect(param(v.params, 'charset')).toBe('UTF-8');
		expect(param(v.params, 'format')).toBe('flowed');
		expect(param(v.params, 'delsp')).toBeUndefined();
	});

	it('reads a hostile count of distinct parameters in linear time (a check per name was quadratic)', () => {
		const many = Array.from({length: 100_000}, (_, i) => `; p${i}=${i}`).join('');
		const started = performance.now();
		const v = parseStructured(`text/plain${many}; p5=again`)!;
		expect(param(v.params, 'p99999')).toBe('99999');
		expect(param(v.params, 'p5')).toBe('5');
		// Linear: ~0.05 s; with a check of every earlier name per parameter, 5·10⁹ comparisons (many seconds).
		expect(performance.now() - started).toBeLessThan(2000);
	});

	it('gives no parameters for a bare value, and undefined for what is not plain', () => {
		expect(parseStructured('multipart/mixed')!.params).toBe(NO_PARAMS);
		expect(param(NO_PARAMS, 'boundary')).toBeUndefined();
		expect(parseStructured('text/plain; name*=x')).toBeUndefined();
		expect(parseStructured('text/plain (comment)')).toBeUndefined();
	});
});
