// The code card's own words (headings, buttons, cues), in one place for every surface that shows a
// card: the popup and the explain page (code-card.tsx), the hover card (content/card.tsx) and the
// context-menu card built in the page (background/show-card.ts, which receives them as data).
// Severity, who-acts and retry labels live in severity.ts.
import {t} from '../shared/i18n';

// Read when shown (getters), so each label is in the reader's language (src/shared/i18n.ts); an
// object of plain strings when it travels to the page (structured clone and JSON read the getters).
export const CARD_LABELS = {
	get whoActs() { return t('card_who_acts'); },
	get retry() { return t('card_retry'); },
	get steps() { return t('card_steps'); },
	get evidence() { return t('card_evidence'); },
	get reply() { return t('card_reply'); },
	get meaning() { return t('card_meaning'); },
	get causes() { return t('card_causes'); },
	get parts() { return t('card_parts'); },
	get sources() { return t('card_sources'); },
	get notes() { return t('card_notes'); },
	get openFull() { return t('card_open_full'); },
	get copyExplanation() { return t('card_copy_explanation'); },
	/** A card's action where DNS can answer what it is about (authentication, reverse DNS, a block list). */
	get checkDns() { return t('card_check_dns'); },
	get copyReply() { return t('card_copy_reply'); },
	get showAll() { return t('card_show_all'); },
	get showLess() { return t('card_show_less'); },
	get moreBelow() { return t('card_more_below'); },
	get close() { return t('card_close'); },
	get dialog() { return t('card_dialog'); },
};

export type CardLabels = {readonly [K in keyof typeof CARD_LABELS]: string};
