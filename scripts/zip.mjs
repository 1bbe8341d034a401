// A tiny, dependency-free ZIP writer (PKZIP 2.0: deflate or store, no ZIP64) for the release
// packages. Deterministic: entries sorted by name, one fixed timestamp, fixed permissions, so the
// same files always give the same bytes.
import {deflateRawSync} from 'node:zlib';

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** CRC-32 (IEEE 802.3), as ZIP needs it. */
export function crc32(data) {
	let crc = 0xffffffff;
	for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

// 2026-01-01 00:00:00 in MS-DOS format (local time fields, no zone): the date every entry carries.
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

/**
 * @param {{name: string, data: Buffer | Uint8Array | string}[]} files  names use '/' and are relative
 * @returns {Buffer} the whole archive
 */
export function zip(files) {
	const entries = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const names = new Set();
	const local = [];
	const central = [];
	let offset = 0;
	for (const file of entries) {
		if (!file.name || file.name.startsWith('/') || file.name.includes('\\') || file.name.split('/').includes('..')) throw new Error(`bad zip entry name: ${file.name}`);
		if (names.has(file.name)) throw new Error(`duplicate zip entry: ${file.name}`);
		names.add(file.name);
		const data = typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : Buffer.from(file.data);
		const name = Buffer.from(file.name, 'utf8');
		const deflated = deflateRawSync(data, {level: 9});
		// Store when deflate does not help (PNGs, tiny files).
		const method = deflated.length < data.length ? 8 : 0;
		const body = method === 8 ? deflated : data;
		const crc = crc32(data);
		if (offset + 30 + name.length + body.length > 0xffffffff || entries.length > 0xffff) throw new Error('archive too large for ZIP without ZIP64');

		const header = Buffer.alloc(30);
		header.writeUInt32LE(0x04034b50, 0); // local file header signature
		header.writeUInt16LE(20, 4); // version needed: 2.0
		header.writeUInt16LE(0x0800, 6); // flags: UTF-8 names
		header.writeUInt16LE(method, 8);
		header.writeUInt16LE(DOS_TIME, 10);
		header.writeUInt16LE(DOS_DATE, 12);
		header.writeUInt32LE(crc, 14);
		header.writeUInt32LE(body.length, 18);
		header.writeUInt32LE(data.length, 22);
		header.writeUInt16LE(name.length, 26);
		header.writeUInt16LE(0, 28); // extra field length
		local.push(header, name, body);

		const record = Buffer.alloc(46);
		record.writeUInt32LE(0x02014b50, 0); // central directory signature
		record.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so the mode below counts)
		record.writeUInt16LE(20, 6);
		record.writeUInt16LE(0x0800, 8);
		record.writeUInt16LE(method, 10);
		record.writeUInt16LE(DOS_TIME, 12);
		record.writeUInt16LE(DOS_DATE, 14);
		record.writeUInt32LE(crc, 16);
		record.writeUInt32LE(body.length, 20);
		record.writeUInt32LE(data.length, 24);
		record.writeUInt16LE(name.length, 28);
		record.writeUInt16LE(0, 30); // extra
		record.writeUInt16LE(0, 32); // comment
		record.writeUInt16LE(0, 34); // disk
		record.writeUInt16LE(0, 36); // internal attributes
		record.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external: regular file, rw-r--r--
		record.writeUInt32LE(offset, 42);
		central.push(record, name);

		offset += header.length + name.length + body.length;
	}
	const centralSize = central.reduce((sum, b) => sum + b.length, 0);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0); // end of central directory
	end.writeUInt16LE(0, 4);
	end.writeUInt16LE(0, 6);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(centralSize, 12);
	end.writeUInt32LE(offset, 16);
	end.writeUInt16LE(0, 20);
	return Buffer.concat([...local, ...central, end]);
}
