// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"enableIframePageLoading": true, "navigation": {"disableChildFrameNavigation": true}}}
// The opt-in webmail adapters (Yahoo, Proton, Fastmail, iCloud, Roundcube) and Gmail's "Show original"
// against their dated fixtures: which bodies they find, what they exclude, what gets marked.
// The environment options: the Proton and Roundcube fixtures hold iframes; each gets its frame and no frame
// is ever navigated, so nothing is fetched and happy-dom has no "iframe page loading is disabled" error to print.
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {describe, expect, test} from 'vitest';
import {currentBodies} from '../../src/content/observe';
import {pickAdapter} from '../../src/content/webmail';
import {fastmail} from '../../src/content/webmail/fastmail';
import {generic} from '../../src/content/webmail/generic';
import {gmail} from '../../src/content/webmail/gmail';
import {gmailOriginal} from '../../src/content/webmail/gmail-original';
import {icloud} from '../../src/content/webmail/icloud';
import {outlook} from '../../src/content/webmail/outlook';
import {proton} from '../../src/content/webmail/proton';
import {roundcube} from '../../src/content/webmail/roundcube';
import type {WebmailAdapter} from '../../src/content/webmail/types';
import {yahoo} from '../../src/content/webmail/yahoo';
import {FIXTURES, loadFixture, tokensIn} from './fixtures';

const YAHOO = 'yahoo-2026-11-22-message.html';
const PROTON = 'proton-2026-11-22-message.html';
const FASTMAIL = 'fastmail-2026-11-22-conversation.html';
const ICLOUD = 'icloud-2026-11-22-message.html';
const ROUNDCUBE_MAIL = 'roundcube-2026-11-22-mail.html';
const ROUNDCUBE_PREVIEW = 'roundcube-2026-11-22-preview.html';
const GMAIL_ORIGINAL = 'gmail-original-2026-11-22-raw.html';

/** Navigates the happy-dom window without loading anything (adapters read ids from the URL). */
const setUrl = (url: string) => (window as unknown as {happyDOM: {setURL(url: string): void}}).happyDOM.setURL(url);

/** Every body the adapter finds now, with the tokens the scanner would mark in it (quotes included). */
function scan(adapter: WebmailAdapter): {body: Element; tokens: string[]}[] {
	return [...currentBodies(adapter)].map(body => ({body, tokens: tokensIn(body)}));
}

/** Editors and text fields of the fixture: all excluded, none found as a body. */
function expectEditorsExcluded(adapter: WebmailAdapter): void {
	const editors = document.querySelectorAll('[contenteditable="true"], textarea, input');
	expect(editors.length).toBeGreaterThan(0);
	for (const el of editors) expect(adapter.isExcluded(el)).toBe(true);
}

describe('pickAdapter', () => {
	test('by host name, and Gmail\'s "Show original" by its view=om query', () => {
		expect(pickAdapter('mail.google.com', '')).toBe(gmail);
		expect(pickAdapter('mail.google.com', '?ui=2')).toBe(gmail);
		expect(pickAdapter('mail.google.com', '?ik=1a2b3c4d5e&view=om&permmsgid=msg-f:1762398172630914562')).toBe(gmailOriginal);
		expect(pickAdapter('mail.google.com', '?ui=2&ik=1a2b&view=om&th=15af5b5b0b1c2d3e')).toBe(gmailOriginal);
		expect(pickAdapter('mail.google.com', '?view=omx')).toBe(gmail);
		expect(pickAdapter('outlook.office.com', '')).toBe(outlook);
		expect(pickAdapter('mail.yahoo.com', '')).toBe(yahoo);
		expect(pickAdapter('mail.proton.me', '')).toBe(proton);
		expect(pickAdapter('app.fastmail.com', '')).toBe(fastmail);
		expect(pickAdapter('www.icloud.com', '')).toBe(icloud);
	});

	test('Roundcube on any host by its _task=mail URLs; other sites get the generic adapter', () => {
		expect(pickAdapter('webmail.example.org', '?_task=mail&_mbox=INBOX')).toBe(roundcube);
		expect(pickAdapter('webmail.example.org', '?_task=mail&_uid=421&_mbox=INBOX&_framed=1&_action=preview')).toBe(roundcube);
		expect(pickAdapter('webmail.example.org', '?_task=settings')).toBe(generic);
		expect(pickAdapter('intranet.example.org', '')).toBe(generic);
	});

	test('opt-in adapters are governed by the user\'s grant, not a built-in marking switch', () => {
		for (const adapter of [yahoo, proton, fastmail, icloud, roundcube, generic]) expect(adapter.id).toBe('generic');
		expect(gmailOriginal.id).toBe('gmail');
	});
});

describe('Yahoo Mail', () => {
	test('finds the message bodies, marks the codes, not the folder counter, IPs or versions', () => {
		loadFixture(YAHOO);
		const found = scan(yahoo);
		expect(found.map(f => f.body.closest('[id^="msg-"]')?.id)).toEqual(['msg-yahoo-bounce', 'msg-yahoo-reply']);
		// `[RCPT_TO]` names the SMTP stage, not a provider tag: not marked.
		expect(found[0]!.tokens).toEqual(['550', '5.1.1']);
		expect(found[1]!.tokens).toEqual(['421', '4.7.0', 'TSS04']);
		expect(found[1]!.body.querySelector(yahoo.quoteSelector)).not.toBeNull();
		expectEditorsExcluded(yahoo);
		expect(yahoo.messageId(found[0]!.body)).toBe('AKp3cDnQbFqLkZ2YxYm0v8S4Vw1E');
		expect(yahoo.bannerAnchor(found[0]!.body)).toBe(found[0]!.body);
	});
});

/** The iframe document Proton writes into the about:blank frame (the fixture's template, as text). */
const protonFrameHtml = () => /<template id="proton-message-document">([^]*?)<\/template>/.exec(readFileSync(resolve(FIXTURES, PROTON), 'utf8'))![1]!;

describe('Proton Mail', () => {
	test('the conversation page holds no body of its own (the message is in the iframe)', () => {
		loadFixture(PROTON);
		const container = scan(proton).find(f => f.body.matches('[data-testid="message-content:body"]'));
		expect(container?.tokens).toEqual([]);
		expect(container?.body.querySelector('iframe')).not.toBeNull();
		expect(document.querySelector('iframe[data-testid="content-iframe"]')?.getAttribute('src')).toBe('about:blank');
		expectEditorsExcluded(proton);
	});

	test('inside the iframe document: the proton-root body, with the wrapped reply marked', () => {
		document.body.innerHTML = protonFrameHtml();
		const found = scan(proton);
		expect(found.map(f => f.body.id)).toEqual(['proton-root']);
		expect(found[0]!.tokens).toEqual(['550', '5.2.1', '550', '5.1.1']);
	});
});

describe('Fastmail', () => {
	test('finds the expanded card\'s body only, not the collapsed preview or the composer', () => {
		loadFixture(FASTMAIL);
		const found = scan(fastmail);
		expect(found.map(f => f.body.closest('.v-MessageCard')?.id)).toEqual(['msg-fm-bounce']);
		expect(found[0]!.tokens).toEqual(['550']);
		expect(fastmail.messageId(found[0]!.body)).toBe('M8f9e0d1c2b3a4');
		expectEditorsExcluded(fastmail);
	});
});

describe('iCloud Mail', () => {
	test('finds the message body, not the mailbox counter, Received lines or the compose dialog', () => {
		loadFixture(ICLOUD);
		const found = scan(icloud);
		expect(found).toHaveLength(1);
		expect(found[0]!.body.closest('[id^="msg-"]')?.id).toBe('msg-icloud-bounce');
		expect(found[0]!.tokens).toEqual(['550', '5.1.6']);
		expectEditorsExcluded(icloud);
	});
});

test('an iframe like the fixtures\' gets its frame without an error, and the frame never navigates', async () => {
	const frame = document.createElement('iframe');
	frame.src = '/?_task=mail&_action=preview';
	const outcome = new Promise(done => {
		frame.addEventListener('load', () => done('load'));
		frame.addEventListener('error', () => done('error'));
	});
	document.body.append(frame);
	expect(await outcome).toBe('load');
	// Navigation is off, so happy-dom only sets the frame's address: no fetch, no document loaded.
	expect(frame.contentWindow?.location.href).toBe('http://localhost:3000/?_task=mail&_action=preview');
	expect(frame.contentDocument?.body.childNodes).toHaveLength(0);
	frame.remove();
});

describe('Roundcube', () => {
	test('the mail screen has no body of its own (the preview is a frame)', () => {
		loadFixture(ROUNDCUBE_MAIL);
		expect(scan(roundcube)).toEqual([]);
		expect(document.querySelector('iframe#messagecontframe')?.getAttribute('src')).toContain('_action=preview');
	});

	test('the preview frame: #messagebody with the delivery-status part shown inline', () => {
		loadFixture(ROUNDCUBE_PREVIEW);
		const found = scan(roundcube);
		expect(found.map(f => f.body.id)).toEqual(['messagebody']);
		expect(found[0]!.tokens).toEqual(['421', '4.7.0', 'TSS04', '4.7.0', '421', '4.7.0', 'TSS04']);
		expect(found[0]!.body.querySelectorAll('div.message-part')).toHaveLength(2);
		expectEditorsExcluded(roundcube);
	});

	test('the message id comes from the frame\'s own URL (mailbox and uid)', () => {
		loadFixture(ROUNDCUBE_PREVIEW);
		setUrl('https://webmail.example.org/?_task=mail&_caps=pdf%3D1&_uid=421&_mbox=INBOX&_framed=1&_action=preview');
		expect(roundcube.messageId(document.getElementById('messagebody')!)).toBe('INBOX/421');
		setUrl('https://webmail.example.org/?_task=mail&_mbox=INBOX');
		expect(roundcube.messageId(document.getElementById('messagebody')!)).toBeUndefined();
	});
});

describe('Gmail "Show original"', () => {
	test('the raw message is the body; codes marked, header look-alikes not', () => {
		loadFixture(GMAIL_ORIGINAL);
		const found = scan(gmailOriginal);
		expect(found.map(f => f.body.id)).toEqual(['raw_message_text']);
		expect(found[0]!.tokens).toEqual(['5.0.0']);
		expect(gmailOriginal.bannerAnchor(found[0]!.body)).toBe(found[0]!.body);
		setUrl('https://mail.google.com/mail/u/0/?ik=1a2b3c4d5e&view=om&permmsgid=msg-f:1762398172630914562');
		expect(gmailOriginal.messageId(found[0]!.body)).toBe('msg-f:1762398172630914562');
		setUrl('https://mail.google.com/mail/u/0/?ui=2&ik=1a2b3c4d5e&view=om&th=15af5b5b0b1c2d3e');
		expect(gmailOriginal.messageId(found[0]!.body)).toBe('15af5b5b0b1c2d3e');
	});

	test('hands the whole raw message to the verdict, byte for byte', () => {
		loadFixture(GMAIL_ORIGINAL);
		const body = document.querySelector(gmailOriginal.bodySelector)!;
		const raw = gmailOriginal.rawMessage?.(body) ?? '';
		expect(raw).toMatch(/^X-Spam-Checker-Version:[^]*Content-Type: message\/delivery-status[^]*--001a1140640e599149054b769e99--\s*$/);
		expect(raw).toContain('Content-Type: multipart/report; boundary=001a1140640e599149054b769e99; report-type=delivery-status\n');
		expect(gmail.rawMessage).toBeUndefined();
	});

	test('the thread adapter does not take the raw view for a message body', () => {
		loadFixture(GMAIL_ORIGINAL);
		expect([...currentBodies(gmail)]).toEqual([]);
	});
});
