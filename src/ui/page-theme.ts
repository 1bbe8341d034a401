// Whether the page around our in-page UI is light or dark: the colour behind a node, read from the
// first of it and its ancestors whose background is mostly opaque (webmails paint it on an inner
// panel, not on <body>), as its relative luminance (WCAG 2). The hover card, the banner and the
// context-menu card follow the page, not the system: light Gmail in a dark desktop gets light UI.
// SELF-CONTAINED (no imports, no outer names): the background injects it with
// scripting.executeScript, where it runs on its own.

export type PageTheme = 'light' | 'dark';

/**
 * The theme behind `node` — by default the current selection's start (the context-menu card). A
 * page that paints no background anywhere is light, as browsers draw it.
 */
export function pageThemeAt(node?: Node | null): PageTheme {
	const start = node === undefined ? globalThis.getSelection?.()?.anchorNode ?? null : node;
	let el: Element | null = start && start.nodeType === 1 ? start as Element : start?.parentElement ?? null;
	for (let depth = 0; el && depth < 64; depth++, el = el.parentElement) {
		const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(getComputedStyle(el).backgroundColor);
		if (!match) continue;
		const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
		if (alpha < 0.5) continue;
		const linear = (c: string): number => {
			const v = parseFloat(c) / 255;
			return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
		};
		const luminance = 0.2126 * linear(match[1]!) + 0.7152 * linear(match[2]!) + 0.0722 * linear(match[3]!);
		return luminance < 0.2 ? 'dark' : 'light';
	}
	return 'light';
}
