// The list of paths --files-from reads.
import {describe, expect, it} from 'vitest';
import {lines} from '../../src/cli/files-from';

describe('lines (--files-from)', () => {
	it('gives each line without its line break, across chunks and multi-byte characters', () => {
		const name = 'dossier/é.eml';
		const encoded = Buffer.from(`a.eml\r\n${name}\nlast`);
		const cut = encoded.indexOf(Buffer.from('é')) + 1; // inside the two bytes of é
		expect([...lines([encoded.subarray(0, cut), encoded.subarray(cut)])]).toEqual(['a.eml', name, 'last']);
	});

	it('reads a NUL-separated list (find -print0) entry by entry, line breaks and carriage returns kept in names', () => {
		const names = ['a.eml', 'two\nlines.eml', 'ends in cr\r', 'dossier/é.eml'];
		const encoded = Buffer.from(names.join('\0') + '\0');
		const cut = encoded.indexOf(Buffer.from('é')) + 1;
		expect([...lines([encoded.subarray(0, cut), encoded.subarray(cut)])]).toEqual(names);
		// Without a NUL at its end, the last entry is still read.
		expect([...lines([Buffer.from('a.eml\0b.eml')])]).toEqual(['a.eml', 'b.eml']);
		// An empty chunk first tells nothing: the first bytes decide.
		expect([...lines([new Uint8Array(0), Buffer.from('a\nb.eml\0c.eml\0')])]).toEqual(['a\nb.eml', 'c.eml']);
	});
});
