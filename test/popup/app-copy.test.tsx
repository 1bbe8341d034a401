// @vitest-environment happy-dom
// Copying from the popup: a report's addresses to suppress, and a reply opened from a text with its evidence.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen, waitFor} from '@testing-library/preact';
import {App} from '../../src/popup/app';
import {addressesToSuppress, decodeBounce} from '../../src/core';
import {fixtureBounce, search, stubBrowser} from './helpers';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

let written: string[];
beforeEach(() => {
	stubBrowser();
	written = [];
	Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: vi.fn(async (text: string) => void written.push(text))}});
});
afterEach(cleanup);

describe('copying from the popup', () => {
	it('copies a pasted report’s addresses to suppress, one per line — the CLI’s --summary rule', async () => {
		const bounce = fixtureBounce('postfix-two-recipients.eml');
		const expected = addressesToSuppress(await decodeBounce(bounce));
		expect(expected.length).toBeGreaterThan(0);
		render(<App />);
		fireEvent.input(search(), {target: {value: bounce}});
		const label = expected.length === 1 ? 'Copy the address to suppress' : `Copy the ${expected.length} addresses to suppress`;
		await waitFor(() => expect(screen.getByRole('button', {name: label})).toBeTruthy());
		fireEvent.click(screen.getByRole('button', {name: label}));
		await waitFor(() => expect(written).toEqual([expected.join('\n')]));
	});

	it('opens a reply found in a pasted line with the reply as evidence, copyable', async () => {
		const line = '550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table';
		render(<App />);
		fireEvent.input(search(), {target: {value: line}});
		await waitFor(() => expect(document.querySelector('#codes-list [role="option"]')).toBeTruthy());
		fireEvent.click(document.querySelector('#codes-list [role="option"]')!);
		await waitFor(() => expect(document.querySelector('.bd-reply-text')?.textContent).toBe(line));
		fireEvent.click(screen.getByRole('button', {name: 'Copy reply'}));
		await waitFor(() => expect(written).toEqual([line]));
	});
});
