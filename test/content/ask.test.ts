// Content script → background messages: answers come back typed; an orphaned script (the extension
// reloaded under the page: runtime messaging throws) tears its run down instead of erroring on.
import {beforeEach, expect, test, vi} from 'vitest';
import {asker, retryingOnce} from '../../src/content/ask';

const runtime = vi.hoisted(() => ({id: 'ext' as string | undefined, sendMessage: vi.fn()}));
vi.mock('../../src/shared/browser', () => ({default: {runtime}}));

beforeEach(() => {
	runtime.id = 'ext';
	runtime.sendMessage.mockReset();
});

test('sends the message and resolves with the answer', async () => {
	runtime.sendMessage.mockResolvedValue([null]);
	const controller = new AbortController();
	await expect(asker(controller)({type: 'explain-batch', items: [{tags: ['QQ1'], text: ''}]})).resolves.toEqual([null]);
	expect(runtime.sendMessage).toHaveBeenCalledWith({type: 'explain-batch', items: [{tags: ['QQ1'], text: ''}]});
	expect(controller.signal.aborted).toBe(false);
});

test('an invalidated extension context aborts the run (and the caller sees a rejection it ignores)', async () => {
	runtime.id = undefined;
	runtime.sendMessage.mockImplementation(() => {
		throw new Error('Extension context invalidated.');
	});
	const controller = new AbortController();
	const ask = asker(controller);
	await expect(ask({type: 'raw-verdict', raw: 'x'})).rejects.toThrow('Extension context invalidated.');
	expect(controller.signal.aborted).toBe(true);
	// Stopped: nothing more is sent.
	await expect(ask({type: 'ping'})).rejects.toThrow();
	expect(runtime.sendMessage).toHaveBeenCalledTimes(1);
});

test('a worker that fails to answer, with the extension still there, does not stop the run', async () => {
	runtime.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
	const controller = new AbortController();
	await expect(asker(controller)({type: 'ping'})).rejects.toThrow();
	expect(controller.signal.aborted).toBe(false);
});

test('retryingOnce asks again once when the worker was stopped mid-request, not twice, not after the run stopped', async () => {
	const stopped = new Error('The message port closed before a response was received.');
	runtime.sendMessage.mockRejectedValueOnce(stopped).mockResolvedValueOnce([{status: '5.1.1'}]);
	const controller = new AbortController();
	const ask = retryingOnce(asker(controller), controller.signal);
	await expect(ask({type: 'text-verdict', text: '550 5.1.1'})).resolves.toEqual([{status: '5.1.1'}]);
	expect(runtime.sendMessage).toHaveBeenCalledTimes(2);
	expect(runtime.sendMessage.mock.calls[1]).toEqual([{type: 'text-verdict', text: '550 5.1.1'}]);

	// Fails twice: the second failure is the caller's.
	runtime.sendMessage.mockReset();
	runtime.sendMessage.mockRejectedValue(stopped);
	await expect(ask({type: 'text-verdict', text: '550 5.1.1'})).rejects.toThrow('message port closed');
	expect(runtime.sendMessage).toHaveBeenCalledTimes(2);

	// The extension went away: no second try.
	runtime.sendMessage.mockReset();
	runtime.id = undefined;
	runtime.sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
	await expect(ask({type: 'text-verdict', text: '550 5.1.1'})).rejects.toThrow('invalidated');
	expect(runtime.sendMessage).toHaveBeenCalledTimes(1);
	expect(controller.signal.aborted).toBe(true);
});
