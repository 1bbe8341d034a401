import {describe, expect, it} from 'vitest';
import {boundaryBytes} from '../../../src/core/decode/mime-params';

describe('boundaryBytes', () => {
	it('gives the UTF-8 of a boundary, ASCII or not', () => {
		for (const b of ['', '=_x', '----=_Part_1_2.3', 'Boundary_(ID_1/2+3)', 'caf\u00e9', 'a\u00ffb', '\u3042', '\ud83d\ude00', 'x\ud800y']) {
			expect(Array.from(boundaryBytes(b))).toEqual(Array.from(new TextEncoder().encode(b)));
		}
	});
});
