// @vitest-environment happy-dom
// Scanning the fixtures' bodies: one mark per code token, none for look-alikes, the card's reply grouping.
import {beforeEach, describe, expect, test} from 'vitest';
import {currentBodies} from '../../src/content/observe';
import {marksOfChunk, toneOf} from '../../src/content/scan';
import {textChunks} from '../../src/content/text-map';
import {gmail} from '../../src/content/webmail/gmail';
import {outlook} from '../../src/content/webmail/outlook';
import {GMAIL, loadFixture, OUTLOOK, tokensIn} from './fixtures';

const byMessage = (bodies: Iterable<Element>) =>
	Object.fromEntries([...bodies].map(body => [body.closest('[id^="msg-"], [id^="item-"]')?.id, tokensIn(body)]));

describe('Gmail fixture', () => {
	beforeEach(() => loadFixture(GMAIL));

	test('marks exactly the code tokens (no IPs, versions, dates, phone numbers)', () => {
		expect(byMessage(currentBodies(gmail))).toEqual({
			'msg-gmail-bounce': ['550', '5.1.1'],
			'msg-postfix-bounce': ['550', '5.1.1', '552', '5.2.2'],
			'msg-reply': ['421', '4.7.0', 'TSS04'],
		});
	});

	test('groups a wrapped Postfix reply so its card explains the whole reply', () => {
		const body = document.querySelector('#msg-postfix-bounce .a3s')!;
		const [chunk] = [...textChunks(body)];
		const {marks} = marksOfChunk(chunk!, body);
		const first = marks[0]!;
		expect(first.group).toMatchObject({reply: '550', enhanced: '5.1.1'});
		expect(first.group.text).toMatch(/^550 5\.1\.1 <rcpt@example\.co\.jp>\.\.\. User Unknown/);
		expect(marks[1]!.group).toBe(first.group);
		expect(marks.map(m => m.tone)).toEqual(['permanent', 'permanent', 'permanent', 'permanent']);
	});
});

test('Outlook fixture: both NDR codes, twice each; nothing from Message Hops or headers', () => {
	loadFixture(OUTLOOK);
	expect(byMessage(currentBodies(outlook))).toEqual({'item-ndr-new': ['550', '5.1.10', '550', '5.1.10']});
});

test('tones follow the class digit', () => {
	expect(toneOf({reply: '250', tags: [], text: ''}, document.body)).toBe('success');
	expect(toneOf({reply: '354', tags: [], text: ''}, document.body)).toBe('information');
	expect(toneOf({enhanced: '4.2.2', tags: [], text: ''}, document.body)).toBe('transient');
	expect(toneOf({reply: '554', enhanced: '5.7.1', tags: [], text: ''}, document.body)).toBe('permanent');
	// A lone provider tag waits for the background's explanation (explain-mark.ts).
	expect(toneOf({tags: ['TSS04'], text: '[TSS04]'}, document.body)).toBe('information');
});
