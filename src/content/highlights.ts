// The CSS Custom Highlight API side of the marks: one Highlight per tone, registered as
// `bounce-decoder-<tone>`. Works as a no-op where the API is missing (happy-dom, old browsers).

export type MarkTone = 'permanent' | 'transient' | 'success' | 'information';

export const TONES: readonly MarkTone[] = ['permanent', 'transient', 'success', 'information'];

export const highlightName = (tone: MarkTone): string => `bounce-decoder-${tone}`;

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

export class Highlights {
	private readonly byTone = new Map<MarkTone, Highlight>();
	private readonly registry: HighlightRegistry | undefined;

	constructor() {
		const Ctor = (globalThis as {Highlight?: HighlightCtor}).Highlight;
		this.registry = (globalThis as {CSS?: {highlights?: HighlightRegistry}}).CSS?.highlights;
		if (!Ctor || !this.registry) return;
		for (const tone of TONES) {
			const highlight = new Ctor();
			this.byTone.set(tone, highlight);
			this.registry.set(highlightName(tone), highlight);
		}
	}

	show(range: Range, tone: MarkTone): void {
		this.byTone.get(tone)?.add(range);
	}

	hide(range: Range, tone: MarkTone): void {
		this.byTone.get(tone)?.delete(range);
	}

	/** Unregisters our highlights (only ours: a newer copy of the script may own the names by now). */
	destroy(): void {
		for (const [tone, highlight] of this.byTone) {
			highlight.clear();
			const name = highlightName(tone);
			if (this.registry?.get(name) === highlight) this.registry.delete(name);
		}
		this.byTone.clear();
	}
}
