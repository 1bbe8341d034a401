// The README's links into the project: each names a file the clone has, and a link to a heading of a
// Markdown file names a heading it has (as GitHub makes a heading's anchor).
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The project-relative targets of the README's Markdown links (no scheme, not a bare #anchor). */
function localLinks(markdown: string): string[] {
	return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map(m => m[1]!).filter(target => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#'));
}

/** GitHub's anchor of a Markdown heading: lower case, punctuation but hyphens dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

function anchorsOf(markdown: string): Set<string> {
	return new Set([...markdown.matchAll(/^#{1,6}\s+(.+)$/gm)].map(m => anchorOf(m[1]!)));
}

describe('README links', () => {
	test('GitHub anchors are made as it makes them', () => {
		expect(anchorOf('`--jobs N`')).toBe('--jobs-n');
		expect(anchorOf("The bin's start-up")).toBe('the-bins-start-up');
		expect(anchorOf('Bulk, whole process (`npm run bench`)')).toBe('bulk-whole-process-npm-run-bench');
	});

	test('every link into the project names a file it has, and a heading that file has', () => {
		const links = localLinks(README);
		expect(links.length).toBeGreaterThan(5);
		const broken = links.filter(link => {
			const [path, anchor] = link.split('#') as [string, string | undefined];
			const file = join(ROOT, decodeURIComponent(path));
			if (!existsSync(file)) return true;
			return anchor !== undefined && file.endsWith('.md') && !anchorsOf(readFileSync(file, 'utf8')).has(anchor);
		});
		expect(broken).toEqual([]);
	});
});
