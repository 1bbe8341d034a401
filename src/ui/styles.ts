/// <reference types="vite/client" />
// The card's whole stylesheet as one string, for a shadow root's <style> (set via textContent):
// the severity custom properties (from severity.ts, the one source of the colours) + card.css.
// (The reference above types `?inline` in every tsconfig that reaches this file, tests included.)
import cardCssText from './card.css?inline';
import {severityCss} from './severity';

export const cardCss: string = severityCss() + cardCssText;
