// @vitest-environment happy-dom
// Orphaned-script detection goes through the extension runtime, never through the page's DOM: the
// life port closing with the runtime id gone retires the run; a worker stopped while idle does not; a
// newer copy retires the running one through the content scripts' own global object.
import {beforeEach, expect, test, vi} from 'vitest';
import {retireOnNewInstance, retireWhenOrphaned} from '../../src/content/lifecycle';
import {LIFE_PORT} from '../../src/shared/messages';

const port = vi.hoisted(() => ({disconnectListeners: [] as (() => void)[], disconnect: vi.fn()}));
const runtime = vi.hoisted(() => ({
	id: 'ext' as string | undefined,
	connect: vi.fn(() => ({onDisconnect: {addListener: (fn: () => void) => port.disconnectListeners.push(fn)}, disconnect: port.disconnect})),
}));
vi.mock('../../src/shared/browser', () => ({default: {runtime}}));

beforeEach(() => {
	runtime.id = 'ext';
	runtime.connect.mockClear();
	port.disconnectListeners = [];
	port.disconnect.mockReset();
});

test('the port closing because the extension went away retires the run', () => {
	const controller = new AbortController();
	retireWhenOrphaned(controller);
	expect(runtime.connect).toHaveBeenCalledWith({name: LIFE_PORT});
	runtime.id = undefined;
	for (const fn of port.disconnectListeners) fn();
	expect(controller.signal.aborted).toBe(true);
});

test('the runtime id going a moment after the port closed still retires the run', () => {
	vi.useFakeTimers();
	try {
		const controller = new AbortController();
		retireWhenOrphaned(controller);
		for (const fn of port.disconnectListeners) fn();
		expect(controller.signal.aborted).toBe(false);
		runtime.id = undefined;
		vi.advanceTimersByTime(1000);
		expect(controller.signal.aborted).toBe(true);
	} finally {
		vi.useRealTimers();
	}
});

test('the port closing because the browser stopped the idle worker leaves the run going', () => {
	const controller = new AbortController();
	retireWhenOrphaned(controller);
	for (const fn of port.disconnectListeners) fn();
	expect(controller.signal.aborted).toBe(false);
	controller.abort();
	expect(port.disconnect).toHaveBeenCalledOnce();
});

test('no runtime to connect to: the run stops at once', () => {
	runtime.connect.mockImplementationOnce(() => {
		throw new Error('Extension context invalidated.');
	});
	const controller = new AbortController();
	retireWhenOrphaned(controller);
	expect(controller.signal.aborted).toBe(true);
});

test('a newer copy retires the running one; the page\'s events do nothing', () => {
	const first = new AbortController();
	retireOnNewInstance(first);
	document.dispatchEvent(new CustomEvent('bounce-decoder:started'));
	expect(first.signal.aborted).toBe(false);
	const second = new AbortController();
	retireOnNewInstance(second);
	expect(first.signal.aborted).toBe(true);
	expect(second.signal.aborted).toBe(false);
	// A copy that stopped on its own (settings, orphaned) is not called again by the next one.
	second.abort();
	const third = new AbortController();
	retireOnNewInstance(third);
	expect(third.signal.aborted).toBe(false);
	third.abort();
});
