// The code card's own words (headings, buttons, cues), in one place for every surface that shows a
// card: the popup and the explain page (code-card.tsx), the hover card (content/card.tsx) and the
// context-menu card built in the page (background/show-card.ts, which receives them as data).
// Severity, who-acts and retry labels live in severity.ts.
export const CARD_LABELS = {
	whoActs: 'Who acts',
	retry: 'Retry',
	steps: 'What to do',
	evidence: 'Evidence',
	reply: 'Server’s reply',
	meaning: 'What it means',
	causes: 'Likely causes',
	parts: 'Each part',
	sources: 'Sources',
	notes: 'Notes',
	openFull: 'Open full explanation',
	copyExplanation: 'Copy explanation',
	/** A card's action where DNS can answer what it is about (authentication, reverse DNS, a block list). */
	checkDns: 'Check DNS',
	copyReply: 'Copy reply',
	showAll: 'Show all',
	showLess: 'Show less',
	/** The cue on a card whose content runs past its bottom edge; clicking it scrolls on. */
	moreBelow: 'More below',
	close: 'Close',
	dialog: 'Bounce Decoder explanation',
} as const;

export type CardLabels = typeof CARD_LABELS;
