import {beforeEach, describe, expect, it, vi} from 'vitest';
import {fakeBrowser} from '@webext-core/fake-browser';
import {handleCommand} from '../../src/background/commands';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

describe('keyboard commands', () => {
	let sent: Array<[number, unknown]>;
	beforeEach(() => {
		fakeBrowser.reset();
		sent = [];
		const tabs = fakeBrowser.tabs as unknown as Record<string, unknown>;
		tabs.query = vi.fn(async () => [{id: 7, active: true}]);
		tabs.sendMessage = vi.fn(async (id: number, message: unknown) => void sent.push([id, message]));
	});

	it('asks the active tab to show the next or previous code’s card', async () => {
		await handleCommand('next-mark');
		await handleCommand('previous-mark');
		expect(sent).toEqual([[7, {type: 'step-marks', direction: 1}], [7, {type: 'step-marks', direction: -1}]]);
	});

	it('ignores other commands, and a tab with no one to answer', async () => {
		await handleCommand('_execute_action');
		expect(sent).toEqual([]);
		(fakeBrowser.tabs as unknown as Record<string, unknown>).sendMessage = vi.fn(async () => {
			throw new Error('Could not establish connection. Receiving end does not exist.');
		});
		await expect(handleCommand('next-mark')).resolves.toBeUndefined();
	});
});
