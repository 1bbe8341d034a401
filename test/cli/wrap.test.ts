import {describe, expect, it} from 'vitest';
import {painter, wrap, wrapLine} from '../../src/cli/wrap';

describe('wrap: lines for a terminal', () => {
	it('cuts at spaces within the width, continuations indented under their line', () => {
		const lines = wrapLine('  Not delivered to someone@example.org: the address does not exist (550 5.1.1).', 40);
		expect(lines).toEqual(['  Not delivered to someone@example.org:', '    the address does not exist (550', '    5.1.1).']);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
	});

	it('cuts a word longer than a line, and leaves short lines and blank lines alone', () => {
		const lines = wrapLine(`  see https://example.org/${'x'.repeat(100)}`, 30);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
		expect(lines.join('').replace(/\s/g, '')).toBe(`seehttps://example.org/${'x'.repeat(100)}`);
		expect(wrap('short\n\n  also short', 30)).toBe('short\n\n  also short');
	});

	it('measures coloured text by what shows', () => {
		const paint = painter(true);
		const line = `${paint('a@b.example', 'permanent')}  550 5.1.1`;
		expect(wrapLine(line, 22)).toEqual([line]);
		expect(painter(false)('x', 'bold')).toBe('x');
	});
});
