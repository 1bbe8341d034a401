// The command's file of kept tables: written only when a run built tables it did not hold, read back
// only by the script that wrote it and only whole, read no sooner than a table is asked for.
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {pathToFileURL} from 'node:url';
import {crc32} from 'node:zlib';
import {builtTables, keepTablesIn} from '../../src/core/kept-tables';
import {keepTables, TableFile, TABLES} from '../../src/cli/kept-tables';

const ID = '965282:1a2b3c4d;';
let folder = '';
let path = '';

beforeEach(() => {
	folder = mkdtempSync(join(tmpdir(), 'bounce-decoder-tables-'));
	path = join(folder, TABLES);
});
afterEach(() => rmSync(folder, {recursive: true, force: true}));

const tables = {automaton: {rows: 3, dense: Uint16Array.of(1, 2, 3), classOf: new Map([[233, 4]])}, always: Uint8Array.of(0, 1)};

/** A file holding `tables` under kind 'k' and inputs 'in', as a run that built them leaves it. */
function written(): Buffer {
	const file = new TableFile(path, ID);
	expect(file.get('k', 'in')).toBeUndefined();
	file.keep('k', 'in', tables);
	file.save();
	return readFileSync(path);
}

describe('TableFile', () => {
	it('writes what a run built, and a later run of the same script reads it back for the same inputs only', () => {
		const bytes = written();
		expect(bytes.toString('latin1', 0, ID.length)).toBe(ID);
		const later = new TableFile(path, ID);
		expect(later.get('k', 'in')).toEqual(tables);
		expect(later.get('k', 'other inputs')).toBeUndefined();
		expect(later.get('other kind', 'in')).toBeUndefined();
	});

	it('adds what a later run built to what the file held', () => {
		written();
		const later = new TableFile(path, ID);
		expect(later.get('k', 'in')).toEqual(tables);
		later.keep('k', 'more', {n: 2});
		later.save();
		const third = new TableFile(path, ID);
		expect([third.get('k', 'in'), third.get('k', 'more')]).toEqual([tables, {n: 2}]);
	});

	it('writes nothing when the run built nothing new', () => {
		const file = new TableFile(path, ID);
		expect(file.get('k', 'in')).toBeUndefined();
		file.save();
		expect(existsSync(path)).toBe(false);
		written();
		const before = readFileSync(path);
		const again = new TableFile(path, ID);
		expect(again.get('k', 'in')).toEqual(tables);
		again.save();
		expect(readFileSync(path)).toEqual(before);
	});

	it('takes nothing from a file of another script, a cut file or a file with a byte changed', () => {
		const bytes = written();
		expect(new TableFile(path, '965282:1a2b3c4e;').get('k', 'in')).toBeUndefined();
		writeFileSync(path, bytes.subarray(0, bytes.length - 1));
		expect(new TableFile(path, ID).get('k', 'in')).toBeUndefined();
		const changed = Buffer.from(bytes);
		changed[changed.length - 5]! ^= 1;
		writeFileSync(path, changed);
		expect(new TableFile(path, ID).get('k', 'in')).toBeUndefined();
		writeFileSync(path, 'not tables at all');
		expect(new TableFile(path, ID).get('k', 'in')).toBeUndefined();
	});

	it('replaces an entry whose tables cannot be read with the tables built instead', () => {
		const file = new TableFile(path, ID);
		file.keep('k', 'in', tables);
		file.keep('k2', 'in2', {other: 1});
		file.save();
		// The first entry's own bytes made unreadable, the file's CRC-32 made to fit them again.
		const bytes = readFileSync(path);
		const payload = Buffer.from(bytes.subarray(ID.length + 9));
		const at = payload.indexOf(Buffer.from([0xff, 0x0f]), 8);
		expect(at).toBeGreaterThan(0);
		payload[at + 1] = 0x7f;
		writeFileSync(path, Buffer.concat([Buffer.from(`${ID}${crc32(payload).toString(16).padStart(8, '0')};`, 'latin1'), payload]));
		const later = new TableFile(path, ID);
		expect(later.get('k2', 'in2')).toEqual({other: 1});
		expect(later.get('k', 'in')).toBeUndefined();
		later.keep('k', 'in', {rebuilt: true});
		later.save();
		const third = new TableFile(path, ID);
		expect([third.get('k', 'in'), third.get('k2', 'in2')]).toEqual([{rebuilt: true}, {other: 1}]);
	});

	it('reads the file at the first table asked for, not when made', () => {
		const file = new TableFile(path, ID);
		written();
		expect(file.get('k', 'in')).toEqual(tables);
	});

	it('where it cannot write (a folder that is not there), writes nothing and throws nothing', () => {
		const file = new TableFile(join(folder, 'gone', TABLES), ID);
		file.keep('k', 'in', tables);
		expect(() => file.save()).not.toThrow();
		expect(readdirSync(folder)).toEqual([]);
	});

	it('leaves no temporary file behind when the tables cannot be serialised', () => {
		const file = new TableFile(path, ID);
		file.keep('k', 'in', {scan: () => 0});
		expect(() => file.save()).not.toThrow();
		expect(readdirSync(folder)).toEqual([]);
	});
});

describe('keepTables', () => {
	afterEach(() => keepTablesIn(undefined));

	it('keeps nothing when the CLI runs from its source (no script id), and the bin\'s tables in its folder', () => {
		expect(keepTables(undefined, pathToFileURL(`${folder}/`))).toBeUndefined();
		expect(builtTables('k', () => 'in', () => 1)).toBe(1);
		const file = keepTables(ID, pathToFileURL(`${folder}/`))!;
		expect(builtTables('k', () => 'in', () => 2)).toBe(2);
		expect(builtTables('k', () => 'in', () => 3)).toBe(2);
		file.save();
		expect(new TableFile(path, ID).get('k', 'in')).toBe(2);
	});
});
