// @vitest-environment happy-dom
import {afterEach, describe, expect, it} from 'vitest';
import {pageThemeAt} from '../../src/ui/page-theme';
import {cardCss, themeCss} from '../../src/ui/styles';

afterEach(() => {
	document.body.replaceChildren();
	document.body.removeAttribute('style');
});

function nest(...backgrounds: string[]): HTMLElement {
	let parent: HTMLElement = document.body;
	for (const background of backgrounds) {
		const el = document.createElement('div');
		el.style.backgroundColor = background;
		parent.append(el);
		parent = el;
	}
	const text = document.createElement('p');
	text.textContent = '550 5.1.1';
	parent.append(text);
	return text;
}

describe('pageThemeAt', () => {
	it('reads the first mostly opaque background behind the node', () => {
		expect(pageThemeAt(nest('rgb(32, 33, 36)', 'transparent'))).toBe('dark');
		expect(pageThemeAt(nest('rgb(32, 33, 36)', 'rgb(255, 255, 255)'))).toBe('light');
	});

	it('skips backgrounds that are mostly see-through', () => {
		expect(pageThemeAt(nest('rgb(18, 18, 18)', 'rgba(255, 255, 255, 0.1)'))).toBe('dark');
	});

	it('takes a page that paints nothing as light, and a text node as its parent', () => {
		const p = nest();
		expect(pageThemeAt(p)).toBe('light');
		expect(pageThemeAt(p.firstChild)).toBe('light');
		expect(pageThemeAt(null)).toBe('light');
	});

	it('reads the selection when given no node (the context-menu card)', () => {
		const p = nest('rgb(0, 0, 0)');
		getSelection()!.selectAllChildren(p);
		expect(pageThemeAt()).toBe('dark');
	});
});

describe('the stylesheets', () => {
	it('give our hosts in a page the page’s scheme, and pages of our own the system’s', () => {
		for (const css of [themeCss, cardCss]) {
			expect(css).toContain(":host([data-theme='dark'])");
			expect(css).toContain('@media (prefers-color-scheme: dark){:root,:host(:not([data-theme]))');
		}
		// Each colour is written once per scheme (styles.ts, severity.ts), never in card.css.
		expect(cardCss.split('--bd-bg:#1e2226').length - 1).toBe(2);
	});
});
