// Content script → background messages: answers come back typed; an orphaned script (the extension
// reloaded under the page: runtime messaging throws) tears its run down instead of erroring on.
import {beforeEach, expect, test, vi} from 'vitest';
import {asker} from '../../src/content/ask';

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
