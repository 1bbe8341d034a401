// Severity → label and colours. The one source of truth for the popup, the full-page view, the hover
// card and the in-page context-menu card, so a 5xx looks the same everywhere.
// Colours are chosen for WCAG AA (≥ 4.5:1) text on their own background, in light and in dark.
import type {Retry, Severity, WhoActs} from '../core';

export interface SeverityStyle {
	label: string;
	/** Badge text and background, light scheme. */
	light: {fg: string; bg: string};
	/** Badge text and background, dark scheme. */
	dark: {fg: string; bg: string};
}

export const severityStyles: Record<Severity, SeverityStyle> = {
	success: {label: 'Success', light: {fg: '#0b5a2a', bg: '#d8f3e1'}, dark: {fg: '#a8f0c0', bg: '#123d24'}},
	intermediate: {label: 'Waiting for more', light: {fg: '#17457d', bg: '#dbe8fb'}, dark: {fg: '#b6d3fb', bg: '#1a3354'}},
	transient: {label: 'Temporary failure', light: {fg: '#6b4100', bg: '#fcebc7'}, dark: {fg: '#ffd998', bg: '#4a3310'}},
	permanent: {label: 'Permanent failure', light: {fg: '#8a1520', bg: '#fbdde0'}, dark: {fg: '#ffb9bf', bg: '#561a20'}},
};

export const severityLabel = (severity: Severity): string => severityStyles[severity].label;

/**
 * Declarations for the light and the dark scheme, under the selectors that choose between them: the
 * popup and the full-page view (`:root`) follow the system; our hosts in a page (`:host`) follow the
 * page, which content scripts read into `data-theme` (page-theme.ts), and the system only when
 * nothing was read.
 */
export function themed(light: string, dark: string): string {
	return `:host,:root{${light}}@media (prefers-color-scheme: dark){:root,:host(:not([data-theme])){${dark}}}:host([data-theme='dark']){${dark}}`;
}

/**
 * CSS custom properties for every severity, for a stylesheet (`--bd-sev-permanent-fg` …).
 * Injected into shadow roots and pages next to card.css, so the CSS never repeats the hex values.
 */
export function severityCss(): string {
	const rule = (scheme: 'light' | 'dark') => Object.entries(severityStyles)
		.map(([name, style]) => `--bd-sev-${name}-fg:${style[scheme].fg};--bd-sev-${name}-bg:${style[scheme].bg};`)
		.join('');
	return themed(rule('light'), rule('dark'));
}

export const whoActsLabel: Record<WhoActs, string> = {
	'sender': 'You, the sender',
	'sender-admin': 'The sender’s mail admin',
	'recipient': 'The recipient',
	'recipient-admin': 'The recipient’s mail admin',
	'nobody': 'Nobody: it is informational',
};

export const retryLabel: Record<Retry, string> = {
	'will-retry': 'The sending server retries by itself',
	'do-not-retry': 'Do not retry: it will fail the same way',
	'retry-after-fix': 'Retry after fixing the cause',
};
