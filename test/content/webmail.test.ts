// @vitest-environment happy-dom
// The webmail adapters against their dated fixtures: which bodies they find, what they exclude.
import {beforeEach, describe, expect, test} from 'vitest';
import {currentBodies} from '../../src/content/observe';
import {pickAdapter} from '../../src/content/webmail';
import {generic} from '../../src/content/webmail/generic';
import {gmail} from '../../src/content/webmail/gmail';
import {outlook} from '../../src/content/webmail/outlook';
import {GENERIC, GMAIL, loadFixture, OUTLOOK, tokensIn} from './fixtures';

const ids = (bodies: Iterable<Element>) => [...bodies].map(b => b.closest('[id^="msg-"], [id^="item-"]')?.id);

test('picks the adapter by host name', () => {
	expect(pickAdapter('mail.google.com')).toBe(gmail);
	for (const host of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']) expect(pickAdapter(host)).toBe(outlook);
	expect(pickAdapter('intranet.example.org', '')).toBe(generic); // opt-in webmails: webmail-sites.test.ts
});

describe('Gmail', () => {
	beforeEach(() => loadFixture(GMAIL));

	test('finds the expanded message bodies, not the collapsed one, the inline reply or the compose window', () => {
		const bodies = currentBodies(gmail);
		expect(ids(bodies)).toEqual(['msg-gmail-bounce', 'msg-postfix-bounce', 'msg-reply']);
		for (const body of bodies) expect(body.matches('div.a3s')).toBe(true);
	});

	test('excludes editors and the compose dialog', () => {
		for (const el of document.querySelectorAll('[contenteditable="true"], textarea, input')) expect(gmail.isExcluded(el)).toBe(true);
		expect(gmail.isExcluded(document.querySelector('#msg-gmail-bounce .a3s')!)).toBe(false);
	});

	test('puts the banner before the body wrapper and reads the message id', () => {
		const body = document.querySelector('#msg-gmail-bounce .a3s')!;
		expect(gmail.bannerAnchor(body)?.matches('div.ii.gt')).toBe(true);
		expect(gmail.messageId(body)).toBe('19350f2a6c0e4a12');
	});

	test('finds a body expanded later', () => {
		const message = document.querySelector('#msg-collapsed')!;
		message.append((document.querySelector('#tpl-collapsed-body') as HTMLTemplateElement).content.cloneNode(true));
		expect(ids(currentBodies(gmail))).toContain('msg-collapsed');
	});
});

describe('Outlook', () => {
	beforeEach(() => loadFixture(OUTLOOK));

	test('finds the expanded item body only', () => {
		expect(ids(currentBodies(outlook))).toEqual(['item-ndr-new']);
	});

	test('excludes the reply editor', () => {
		expect(outlook.isExcluded(document.querySelector('[role="textbox"]')!)).toBe(true);
		expect(outlook.isExcluded(document.querySelector('#UniqueMessageBody_1')!)).toBe(false);
	});

	test('puts the banner before the body and reads the item id', () => {
		const body = document.querySelector('#UniqueMessageBody_1')!;
		expect(outlook.bannerAnchor(body)).toBe(body);
		expect(outlook.messageId(body)).toMatch(/^AAMk/);
	});
});

test('the generic adapter finds a known body hook, and not the page chrome or the editor', () => {
	loadFixture(GENERIC);
	const bodies = [...currentBodies(generic)];
	expect(bodies.map(b => b.id)).toEqual(['messagebody']);
	expect(tokensIn(bodies[0]!)).toEqual(['550', '5.1.1']);
	expect(generic.isExcluded(document.querySelector('[contenteditable]')!)).toBe(true);
});

test('the generic adapter scans document regions, never the whole page', () => {
	document.body.replaceChildren();
	const article = document.createElement('article');
	article.textContent = '550 5.1.1 User unknown';
	const editor = document.createElement('div');
	editor.setAttribute('contenteditable', 'true');
	editor.textContent = '550 5.1.1';
	document.body.append(article, editor);
	expect([...currentBodies(generic)]).toEqual([article]);
	expect(generic.isExcluded(editor)).toBe(true);
});
