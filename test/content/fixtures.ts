// Loads a dated webmail fixture into the happy-dom document, and lists the marks of a body.
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {marksOfChunk} from '../../src/content/scan';
import {textChunks} from '../../src/content/text-map';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures/webmail');
export const GMAIL = 'gmail-2026-11-22-thread.html';
export const OUTLOOK = 'outlook-2026-11-22-reading-pane.html';
export const GENERIC = 'generic-2026-11-22-message.html';

export function loadFixture(name: string): void {
	const html = readFileSync(resolve(FIXTURES, name), 'utf8');
	const doc = new DOMParser().parseFromString(html, 'text/html');
	document.head.replaceWith(document.importNode(doc.head, true));
	document.body.replaceWith(document.importNode(doc.body, true));
}

/** The token texts of every mark the scanner would make in `body`. */
export function tokensIn(body: Element): string[] {
	const out: string[] = [];
	for (const chunk of textChunks(body)) for (const mark of marksOfChunk(chunk, body).marks) out.push(mark.range.toString());
	return out;
}
