// @vitest-environment happy-dom
// The popup says when the active tab's page was read in fallback mode (content/reading.ts answers
// `page-reading` only then); a tab without our content script, or reading as usual, shows nothing.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render, screen} from '@testing-library/preact';
import {App} from '../../src/popup/app';
import {settle, stubBrowser} from './helpers';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

const NOTE = /read in fallback mode/;

let sendMessage: ReturnType<typeof vi.fn>;
beforeEach(() => {
	const {browser} = stubBrowser();
	const tabs = browser.tabs as unknown as Record<string, unknown>;
	tabs.query = vi.fn(async () => [{id: 7, active: true}]);
	sendMessage = vi.fn();
	tabs.sendMessage = sendMessage;
});
afterEach(cleanup);

describe('fallback notice', () => {
	it('shows when the active tab answers that it read its page in fallback mode', async () => {
		sendMessage.mockResolvedValue({mode: 'fallback'});
		render(<App />);
		await settle();
		expect(sendMessage).toHaveBeenCalledWith(7, {type: 'page-reading'});
		expect(screen.getByRole('note').textContent).toMatch(NOTE);
	});

	it('stays away when no content script answers, or the tab cannot be reached', async () => {
		sendMessage.mockResolvedValue(undefined);
		render(<App />);
		await settle();
		expect(sendMessage).toHaveBeenCalledTimes(1);
		expect(screen.queryByText(NOTE)).toBeNull();
		cleanup();
		sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
		render(<App />);
		await settle();
		expect(screen.queryByText(NOTE)).toBeNull();
	});

	it('is not asked for by the full-page view, whose active tab is itself', async () => {
		sendMessage.mockResolvedValue({mode: 'fallback'});
		render(<App layout="page" />);
		await settle();
		expect(sendMessage).not.toHaveBeenCalled();
		expect(screen.queryByText(NOTE)).toBeNull();
	});
});
