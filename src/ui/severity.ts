// Severity → label and colours. The one source of truth for the popup, the full-page view, the hover
// card and the in-page context-menu card, so a 5xx looks the same everywhere.
// Colours are chosen for WCAG AA (≥ 4.5:1) text on their own background, in light and in dark.
import type {Retry, Severity, WhoActs} from '../core';
import {t} from '../shared/i18n';

export interface SeverityStyle {
	/** Badge text and background, light scheme. */
	light: {fg: string; bg: string};
	/** Badge text and background, dark scheme. */
	dark: {fg: string; bg: string};
}

export const severityStyles: Record<Severity, SeverityStyle> = {
	success: {light: {fg: '#0b5a2a', bg: '#d8f3e1'}, dark: {fg: '#a8f0c0', bg: '#123d24'}},
	intermediate: {light: {fg: '#17457d', bg: '#dbe8fb'}, dark: {fg: '#b6d3fb', bg: '#1a3354'}},
	transient: {light: {fg: '#6b4100', bg: '#fcebc7'}, dark: {fg: '#ffd998', bg: '#4a3310'}},
	permanent: {light: {fg: '#8a1520', bg: '#fbdde0'}, dark: {fg: '#ffb9bf', bg: '#561a20'}},
};

/** The severity's badge, in the reader's language. */
export const severityLabel = (severity: Severity): string => t(`severity_${severity}`);

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

// Read when shown (getters), so each label is in the reader's language wherever it is used.
export const whoActsLabel: Readonly<Record<WhoActs, string>> = {
	get 'sender'() { return t('who_sender'); },
	get 'sender-admin'() { return t('who_sender_admin'); },
	get 'recipient'() { return t('who_recipient'); },
	get 'recipient-admin'() { return t('who_recipient_admin'); },
	get 'nobody'() { return t('who_nobody'); },
};

export const retryLabel: Readonly<Record<Retry, string>> = {
	get 'will-retry'() { return t('retry_will_retry'); },
	get 'do-not-retry'() { return t('retry_do_not_retry'); },
	get 'retry-after-fix'() { return t('retry_retry_after_fix'); },
};
