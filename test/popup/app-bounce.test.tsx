// @vitest-environment happy-dom
// Pasted bounces, dropped and picked .eml files: a verdict per recipient and every code found.
import {gzipSync} from 'node:zlib';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen, waitFor} from '@testing-library/preact';
import {App} from '../../src/popup/app';
import {fixtureBounce, optionCodes, search, stubBrowser} from './helpers';
import {bounceMbox} from '../helpers/mbox';
import {starting} from '../helpers/binary';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

beforeEach(() => stubBrowser());
afterEach(cleanup);

/** happy-dom's DragEvent carries no files, so the drag events are built by hand. */
async function drag(target: Element, type: 'dragover' | 'drop', files: File[] = []) {
	const event = new Event(type, {bubbles: true, cancelable: true});
	Object.defineProperty(event, 'dataTransfer', {value: {files, types: ['Files']}});
	await act(() => {
		target.dispatchEvent(event);
	});
}

const recipients = () => [...document.querySelectorAll('.recipient')].map(r => ({
	address: r.querySelector('.recipient-address')?.textContent,
	verdict: r.querySelector('.bd-badge')?.textContent,
}));

describe('pasted bounce', () => {
	it('decodes a pasted Postfix bounce: each recipient’s verdict and every code', async () => {
		render(<App />);
		// A paste lands in the textarea with its line breaks, as one input event.
		fireEvent.input(search(), {target: {value: fixtureBounce('postfix-two-recipients.eml')}});
		expect(screen.getByText('Decoded from pasted text')).toBeTruthy();
		await waitFor(() => expect(recipients()).toHaveLength(2));
		expect(recipients()).toEqual([
			{address: 'closed@example.net', verdict: 'Not delivered'},
			{address: 'nobody@example.net', verdict: 'Not delivered'},
		]);
		// The core's verdict: the report's summary, and each recipient's headline and advice.
		expect(document.querySelector('.bounce-summary')?.textContent).toMatch(/^Not delivered: Not delivered to closed@example\.net and 1 more: /);
		expect([...document.querySelectorAll('.recipient-verdict')].map(p => p.textContent)).toEqual([
			expect.stringMatching(/^Not delivered to closed@example\.net: .*\(550 5\.2\.1\)\.$/),
			'Not delivered to nobody@example.net: the address does not exist (550 5.1.1).',
		]);
		expect(document.querySelectorAll('.recipient-advice')[1]?.textContent).toMatch(/^The address is wrong or gone — /);
		expect(optionCodes()).toEqual(['550 5.2.1', '550 5.1.1']);
		// The codes found are keyboard-driven like any result list.
		fireEvent.keyDown(search(), {key: 'ArrowDown'});
		fireEvent.keyDown(search(), {key: 'ArrowDown'});
		fireEvent.keyDown(search(), {key: 'Enter'});
		expect(screen.getByRole('region', {name: 'Explanation of 550 5.1.1'})).toBeTruthy();
	});

	it('says what the bounce is about (the returned message) and where each recipient failed', async () => {
		render(<App />);
		fireEvent.input(search(), {target: {value: fixtureBounce('postfix-two-recipients.eml')}});
		await waitFor(() => expect(recipients()).toHaveLength(2));
		const about = document.querySelector('dl[aria-label="The returned message"]')!;
		expect([...about.querySelectorAll('dt')].map(dt => dt.textContent)).toEqual(['Subject', 'Sent', 'From']);
		expect([...about.querySelectorAll('dd')].map(dd => dd.textContent)).toEqual(['Minutes of Monday', 'Tue, 3 Nov 2026 09:12:30 +0000', 'Alice <alice@example.org>']);
		expect([...document.querySelectorAll('.recipient .bd-server-stage')].map(p => p.textContent)).toEqual([
			'Server: mx.example.net · Stage: RCPT TO (the recipient)',
			'Server: mx.example.net · Stage: RCPT TO (the recipient)',
		]);
	});

	it('decodes the text a webmail shows (no headers)', async () => {
		render(<App />);
		const shown = 'Address not found\n\nYour message wasn\'t delivered to nobody@example.com because the address couldn\'t be found.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.';
		fireEvent.input(search(), {target: {value: shown}});
		await waitFor(() => expect(recipients()[0]?.address).toBe('nobody@example.com'));
		expect(optionCodes()).toEqual(['550 5.1.1']);
	});
});

describe('.eml files', () => {
	const eml = () => new File([fixtureBounce('gmail-user-unknown.eml')], 'gmail-user-unknown.eml', {type: 'message/rfc822'});

	it('decodes a dropped .eml', async () => {
		const {container} = render(<App />);
		const app = container.querySelector('.app')!;
		await drag(app, 'dragover');
		expect(app.classList.contains('dragging')).toBe(true);
		await drag(app, 'drop', [eml()]);
		await waitFor(() => expect(recipients()).toEqual([{address: 'nobody@example.net', verdict: 'Not delivered'}]));
		expect(app.classList.contains('dragging')).toBe(false);
		expect(screen.getByText('Decoded from gmail-user-unknown.eml')).toBeTruthy();
		expect(optionCodes()).toContain('550 5.1.1');
		// Typing leaves the file for a new lookup; Escape from the file clears it.
		fireEvent.keyDown(search(), {key: 'Escape'});
		expect(screen.queryByText(/Decoded from/)).toBeNull();
	});

	it('decodes a picked .eml', async () => {
		render(<App />);
		const input = document.getElementById('eml-file') as HTMLInputElement;
		Object.defineProperty(input, 'files', {value: [eml()], configurable: true});
		fireEvent.change(input);
		await waitFor(() => expect(recipients()).toHaveLength(1));
	});

	it('decodes a dropped mbox message by message, saying how far it got, and lists a cut of its recipients', async () => {
		render(<App />);
		const mbox = new File([bounceMbox(fixtureBounce('postfix-two-recipients.eml'), 120)], 'bounces.mbox');
		await drag(document.querySelector('.app')!, 'drop', [mbox]);
		await waitFor(() => expect(document.querySelector('.decode-progress')?.textContent).toMatch(/^Decoding message \d+ of 120…$/));
		await waitFor(() => expect(recipients()).toHaveLength(200), {timeout: 15_000});
		expect(document.querySelector('.decode-progress')).toBeNull();
		expect(document.querySelector('.bounce-summary')?.textContent).toMatch(/ and 239 more/);
		expect([...document.querySelectorAll('.decode-note')].map(p => p.textContent)).toEqual(['Listing the first 200 of 240 recipients; the summary counts them all.']);
		expect(optionCodes()).toEqual(['550 5.2.1', '550 5.1.1']);
	}, 20_000);

	it('decodes a dropped .eml.gz as the .eml it holds; refuses a zip archive, saying what to drop instead', async () => {
		render(<App />);
		const gz = new File([gzipSync(fixtureBounce('gmail-user-unknown.eml'))], 'gmail-user-unknown.eml.gz', {type: 'application/gzip'});
		await drag(document.querySelector('.app')!, 'drop', [gz]);
		await waitFor(() => expect(recipients()).toEqual([{address: 'nobody@example.net', verdict: 'Not delivered'}]));
		expect(optionCodes()).toContain('550 5.1.1');
		await drag(document.querySelector('.app')!, 'drop', [new File([starting('PK\x03\x04')], 'bounces.zip')]);
		await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('This is a zip archive: extract it, then drop the .eml files it holds.'));
		expect(screen.getByText('Not decoded: bounces.zip')).toBeTruthy();
		expect(search().getAttribute('placeholder')).toBe('Not decoded: bounces.zip');
		expect(recipients()).toEqual([]);
		expect(document.getElementById('codes-found')).toBeNull();
	});

	it('refuses a file far too big to be a bounce', async () => {
		render(<App />);
		const big = new File(['x'], 'huge.eml');
		Object.defineProperty(big, 'size', {value: 200 * 1024 * 1024});
		await drag(document.querySelector('.app')!, 'drop', [big]);
		await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/too large/));
	});
});
