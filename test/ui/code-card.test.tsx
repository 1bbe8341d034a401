// @vitest-environment happy-dom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/preact';
import {CodeCard} from '../../src/ui/code-card';
import {severityCss, severityStyles} from '../../src/ui/severity';
import {gmailAuth, mailboxFull} from './fixtures';

afterEach(cleanup);

describe('CodeCard', () => {
	it('shows code, title, severity, meaning, who acts, retry, ordered fix steps, provider, notes and sources', () => {
		const {container} = render(<CodeCard explanation={gmailAuth} />);
		expect(screen.getByRole('heading', {level: 2}).textContent).toBe(gmailAuth.title);
		expect(container.querySelector('.bd-code')?.textContent).toBe('550 5.7.26');
		expect(container.querySelector('.bd-badge')?.textContent).toBe('Permanent failure');
		expect(screen.getByText('The sender’s mail admin')).toBeTruthy();
		expect(screen.getByText('Retry after fixing the cause')).toBeTruthy();
		const steps = [...container.querySelectorAll('.bd-fix ol li')].map(li => li.textContent);
		expect(steps).toEqual(gmailAuth.fix);
		expect(container.querySelector('.bd-provider')?.textContent).toBe('Gmail');
		expect(screen.getByText(gmailAuth.notes[0]!)).toBeTruthy();
		expect(screen.getByRole('link').getAttribute('href')).toBe(gmailAuth.sources[0]);
		expect(screen.getByText('RFC 7208')).toBeTruthy();
	});

	it('renders hostile text as text, never as markup', () => {
		const {container} = render(<CodeCard explanation={gmailAuth} />);
		expect(container.querySelector('.bd-meaning b')).toBeNull();
		expect(container.querySelector('.bd-meaning')?.textContent).toContain('<b>checks</b>');
	});

	it('is shorter when compact and offers the full explanation on demand', () => {
		const onOpenFull = vi.fn();
		const {container} = render(<CodeCard explanation={gmailAuth} compact onOpenFull={onOpenFull} />);
		expect(container.querySelectorAll('.bd-fix li')).toHaveLength(3);
		expect(container.querySelector('.bd-sources')).toBeNull();
		// The hover card still says whose reading this is (issue: "provider note").
		expect(container.querySelector('.bd-provider-note')?.textContent).toMatch(/own meaning/);
		fireEvent.click(screen.getByRole('button', {name: 'Open full explanation'}));
		expect(onOpenFull).toHaveBeenCalledOnce();
	});

	it('has no “Open full explanation” without onOpenFull, only the copy button', () => {
		render(<CodeCard explanation={mailboxFull} />);
		expect(screen.getAllByRole('button').map(b => b.textContent)).toEqual(['Copy explanation']);
		expect(screen.getByText('Temporary failure')).toBeTruthy();
	});
});

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255)
		.map(c => c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
};

describe('severity colours', () => {
	it.each(Object.entries(severityStyles))('%s badge reaches AA contrast in light and dark', (_name, style) => {
		expect(contrast(style.light.fg, style.light.bg)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(style.dark.fg, style.dark.bg)).toBeGreaterThanOrEqual(4.5);
		// The badge's text colour doubles as the card's edge on the page background.
		expect(contrast(style.light.fg, '#ffffff')).toBeGreaterThanOrEqual(4.5);
		expect(contrast(style.dark.fg, '#1e2226')).toBeGreaterThanOrEqual(4.5);
	});

	it('exposes every severity as custom properties for both schemes', () => {
		const css = severityCss();
		for (const name of Object.keys(severityStyles)) expect(css).toContain(`--bd-sev-${name}-fg`);
		expect(css).toContain('prefers-color-scheme: dark');
	});
});

describe('whose meaning the card gives', () => {
	it('says it for a provider, a list, server software and a situation', async () => {
		const {providerNote} = await import('../../src/ui/code-card');
		expect(providerNote({id: 'google', name: 'Gmail'}, false)).toMatch(/^As used by Gmail: this meaning is the provider’s own/);
		expect(providerNote({id: 'spamhaus', name: 'Spamhaus', kind: 'list'}, false)).toMatch(/^As Spamhaus means it/);
		expect(providerNote({id: 'postfix', name: 'Postfix', kind: 'software'}, true)).toBe('Postfix’s fixed reply text.');
		expect(providerNote({id: 'connection', name: 'Unreachable server', kind: 'situation'}, false)).toMatch(/^Read from the server’s own words \(Unreachable server\)/);
		expect(providerNote({id: 'connection', name: 'Unreachable server', kind: 'situation'}, false)).not.toMatch(/provider’s own/);
	});
});
