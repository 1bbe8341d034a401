// The popup's decode job (what the decode worker runs): an mbox message by message with progress,
// capped with a sentence for what was left out, stopping once superseded; long texts' codes.
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {decodeBounce} from '../../src/core';
import {codeItem, runJob, type Progress} from '../../src/popup/decode-job';
import {bounceMbox} from '../helpers/mbox';
import {starting} from '../helpers/binary';
import {fixtureBounce} from './helpers';
import {tNumbers} from '../../src/shared/i18n';

const BOUNCE = fixtureBounce('postfix-two-recipients.eml');
const fileOf = (text: string) => new Blob([text]);
const quiet = {progress: () => {}, stale: () => false};

describe('decode job', () => {
	it('decodes every message of an mbox, as decodeBounce does, saying how far it got on the way', async () => {
		const mbox = bounceMbox(BOUNCE, 150);
		const seen: Progress[] = [];
		const result = await runJob({kind: 'file', file: fileOf(mbox)}, {progress: p => seen.push(p), stale: () => false}, {messages: 10_000, recipients: 1_000, codes: 200});
		const whole = await decodeBounce(mbox);
		expect(result?.messages).toEqual({decoded: 150, total: 150});
		expect(result?.recipients).toBe(300);
		expect(result?.report?.recipients).toEqual(whole.recipients);
		expect(result?.verdict?.summary).toBe(whole.summary);
		expect(result?.notes.map(note => tNumbers(note.say, note.numbers))).toEqual([]);
		expect(result?.codes.map(row => row.code)).toEqual(['550 5.2.1', '550 5.1.1']);
		// Progress counts up through the messages, of the right total.
		expect(seen.every(p => p.total === 150)).toBe(true);
		expect(seen.map(p => p.message)).toEqual([...seen.map(p => p.message)].sort((a, b) => a - b));
	});

	it('stops at the message cap and says how many were left out; lists a cut of the recipients and codes', async () => {
		const result = await runJob({kind: 'file', file: fileOf(bounceMbox(BOUNCE, 30))}, quiet, {messages: 25, recipients: 10, codes: 1});
		expect(result?.messages).toEqual({decoded: 25, total: 30});
		expect(result?.recipients).toBe(50);
		expect(result?.report?.recipients).toHaveLength(10);
		expect(result?.verdict?.recipients).toHaveLength(10);
		// The summary speaks of every decoded recipient, not the listed ten.
		expect(result?.verdict?.summary).toMatch(/ and 49 more/);
		expect(result?.codes).toHaveLength(1);
		expect(result?.notes.map(note => tNumbers(note.say, note.numbers))).toEqual([
			'Decoded the first 25 messages of 30; the other 5 were left out. The command line reads a whole mbox: npx bounce-decoder --summary FILE.',
			'Listing the first 10 of 50 recipients; the summary counts them all.',
			'Listing the first 1 of 2 distinct codes.',
		]);
	});

	it('gives up once a newer job supersedes it', async () => {
		let progressed = 0;
		let stale = false;
		const result = await runJob({kind: 'file', file: fileOf(bounceMbox(BOUNCE, 300))}, {
			progress: () => {
				progressed++;
				stale = true;
			},
			stale: () => stale,
		});
		expect(result).toBeUndefined();
		expect(progressed).toBe(1);
	});

	it('decodes a gzip-compressed file as what it holds; says so of one cut short', async () => {
		const plain = await runJob({kind: 'file', file: fileOf(BOUNCE)}, quiet);
		const inflated = await runJob({kind: 'file', file: new Blob([gzipSync(BOUNCE)])}, quiet);
		expect(inflated).toEqual(plain);
		const mbox = gzipSync(bounceMbox(BOUNCE, 20));
		const cut = await runJob({kind: 'file', file: new Blob([mbox.subarray(0, Math.floor(mbox.length / 2))])}, quiet);
		expect(cut?.messages.decoded).toBeGreaterThan(0);
		expect(cut?.messages.decoded).toBeLessThan(20);
		expect(cut?.notes.map(note => tNumbers(note.say, note.numbers))[0]).toMatch(/^The gzip data could not be read to its end .*: the [\d,]+ bytes before that were decoded\.$/);
	});

	it('refuses binary data that is no mail, saying what it is, and decodes nothing of it', async () => {
		expect(await runJob({kind: 'file', file: new Blob([starting('PK\x03\x04')])}, quiet)).toEqual({recipients: 0, messages: {decoded: 0, total: 0}, codes: [], notes: [], refused: {say: 'file_kind_zip', subs: []}});
	});

	it('explains a long text’s codes without decoding it; the rows become result items again', async () => {
		const line = `${'lorem ipsum '.repeat(5_000)} host mx.example.net said: 550 5.1.1 user unknown; 421 4.7.0 try again later`;
		const result = await runJob({kind: 'text', text: line, decode: false}, quiet);
		expect(result?.report).toBeUndefined();
		expect(result?.codes.map(row => row.code)).toEqual(['550 5.1.1', '421 4.7.0']);
		const item = codeItem(result!.codes[0]!);
		expect(item.explain()?.code).toBe('550 5.1.1');
		// What crosses from the worker is plain data.
		expect(structuredClone(result)).toEqual(result);
	});
});
