// The layouts' line reader, held to its definition on random texts: addressBlocks to its reading of
// every line of text.split('\n').
import {describe, expect, test} from 'vitest';
import {addressBlocks} from '../../../../src/core/decode/layouts/helpers';
import {cleanAddress} from '../../../../src/core/decode/text';
import type {Block} from '../../../../src/core/decode/layouts/helpers';
import {mulberry32} from '../../../helpers/prng';

function randomText(rnd: () => number, pieces: readonly string[]): string {
	let t = '';
	for (let n = 1 + Math.floor(rnd() * 14); n > 0; n--) t += pieces[Math.floor(rnd() * pieces.length)];
	return t;
}

/** addressBlocks as it was defined: a reading of every line of text.split('\n'). */
function blocksByLines(text: string, head: RegExp, blankEnds: boolean, indentContinues: boolean): Block[] {
	const blocks: Block[] = [];
	let cur: Block | null = null;
	let curIndented = false;
	for (const line of text.split('\n')) {
		const m = line.includes('@') ? head.exec(line) : null;
		const indented = line.charCodeAt(0) === 0x20 || line.charCodeAt(0) === 0x09;
		const continues = indentContinues && cur !== null && !curIndented && indented;
		if (m && m[1] && m[1].includes('@') && !continues) {
			curIndented = indented;
			cur = {recipient: cleanAddress(m[1]), head: (m[2] ?? '').trim(), lines: []};
			blocks.push(cur);
			continue;
		}
		if (!cur) continue;
		if (!line.trim()) {
			if (blankEnds && cur.lines.length + (cur.head ? 1 : 0) > 0) cur = null;
			continue;
		}
		cur.lines.push(line);
	}
	return blocks;
}

const BLOCK_PIECES = ['\n', '\n', '\n\n', ' ', '\t', '<a@b.example>:', '<c@d.example>: host x said: 550', 'a@b.example', '@', 'user unknown', '  550 5.1.1 no', ' \n', 'x', 'said:'];
const HEAD = /^[ \t]{0,8}<?([^\s<>:"]{1,256}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,63})>?[ \t]*(?:[:,;][ \t]*)?(.*)$/;

describe('addressBlocks', () => {
	test('reads the blocks its line-by-line definition reads, on random texts', () => {
		const rnd = mulberry32(15);
		for (let k = 0; k < 20000; k++) {
			const text = randomText(rnd, BLOCK_PIECES);
			const blankEnds = rnd() < 0.7;
			const indentContinues = rnd() < 0.5;
			expect(addressBlocks(text, HEAD, blankEnds, indentContinues), JSON.stringify(text)).toEqual(blocksByLines(text, HEAD, blankEnds, indentContinues));
		}
	});
});
