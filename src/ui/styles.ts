/// <reference types="vite/client" />
// The card's whole stylesheet as one string, for a shadow root's <style> (set via textContent):
// the severity custom properties (from severity.ts, the one source of the colours) + card.css.
// (The reference above types `?inline` in every tsconfig that reaches this file, tests included.)
import cardCssText from './card.css?inline';
import factsCssText from './bounce-facts.css?inline';
import {severityCss, themed} from './severity';

/** Our colours besides the severities', for the light and the dark scheme. */
const PALETTE = {
	light: {fg: '#1b1f24', muted: '#545d68', bg: '#ffffff', surface: '#f5f7f9', border: '#d3d9df', accent: '#0b57d0', 'accent-fg': '#ffffff', focus: '#0b57d0'},
	dark: {fg: '#e6e9ed', muted: '#a8b1bb', bg: '#1e2226', surface: '#272c31', border: '#3d444b', accent: '#8ab4f8', 'accent-fg': '#0b1a33', focus: '#8ab4f8'},
};

const vars = (scheme: keyof typeof PALETTE): string =>
	`color-scheme:${scheme};` + Object.entries(PALETTE[scheme]).map(([name, value]) => `--bd-${name}:${value};`).join('');

/** The palette and the severities' colours, each scheme under the selectors that choose it (severity.ts themed). */
export const themeCss: string = themed(vars('light'), vars('dark')) + severityCss();

/** The styles of what a bounce is about (bounce-facts.tsx), for the banner's shadow root; the card's include them. */
export const factsCss: string = factsCssText;

export const cardCss: string = themeCss + cardCssText + factsCssText;
