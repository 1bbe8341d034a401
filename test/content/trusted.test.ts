// @vitest-environment happy-dom
// Our in-page controls act on the user's input only: a page's synthetic events do nothing.
import {expect, test, vi} from 'vitest';
import {isTrusted, onTrusted} from '../../src/content/trusted';

function trusted<E extends Event>(event: E): E {
	Object.defineProperty(event, 'isTrusted', {value: true});
	return event;
}

test('a synthetic click does nothing; the user\'s click acts', () => {
	const action = vi.fn();
	const button = document.createElement('button');
	button.addEventListener('click', onTrusted(action));
	button.click();
	button.dispatchEvent(new MouseEvent('click'));
	expect(action).not.toHaveBeenCalled();
	button.dispatchEvent(trusted(new MouseEvent('click')));
	expect(action).toHaveBeenCalledOnce();
});

test('a call without an event is not a user\'s input', () => {
	expect(isTrusted(undefined)).toBe(false);
	const action = vi.fn();
	onTrusted(action)();
	expect(action).not.toHaveBeenCalled();
});
