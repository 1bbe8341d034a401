// Every code we know, grouped the way the RFCs do: reply codes by class (RFC 5321 §4.2.1),
// enhanced codes by subject (RFC 3463 §3.1), and provider tags by provider.
import {enhancedCodes, replyCodes, subjects, receivers, REPLY_CLASS} from '../core';
import {hitItem, type ResultItem} from './items';
import {t} from '../shared/i18n';

export interface BrowseGroup {
	id: string;
	title: string;
	items: ResultItem[];
}

let groups: BrowseGroup[] | undefined;

function build(): BrowseGroup[] {
	const list: BrowseGroup[] = [];
	for (const digit of ['2', '3', '4', '5']) {
		const items = replyCodes.filter(r => r.code.startsWith(digit))
			.map(r => hitItem({code: r.code, kind: 'reply', title: r.title, reason: r.reason, score: 0}));
		list.push({id: `reply-${digit}`, title: t('browse_reply_group', digit, REPLY_CLASS[digit]?.title ?? ''), items});
	}
	for (const subject of subjects) {
		const prefix = subject.code.replace(/\.YYY$/, '.');
		const items = enhancedCodes.filter(e => e.code.startsWith(prefix))
			.map(e => hitItem({code: e.code, kind: 'enhanced', title: e.title, reason: e.reason, score: 0}));
		list.push({id: `subject-${subject.code}`, title: `${subject.code.replace('.YYY', '.x')} — ${subject.title}`, items});
	}
	for (const receiver of receivers) {
		const items = receiver.rules.flatMap((rule, i) => rule.tag ? [hitItem({code: rule.tag, kind: 'provider', title: rule.title, provider: receiver.id, rule: i, reason: rule.reason, score: 0})] : []);
		if (items.length > 0) list.push({id: `tags-${receiver.id}`, title: t('browse_tags_group', receiver.name), items});
	}
	return list;
}

export function browseGroups(): BrowseGroup[] {
	groups ??= build();
	return groups;
}

/** Codes that start with a partly typed code: `5.7` → 5.7.0, 5.7.1, …; `55` → 550, 551, …. */
export function codesByPrefix(prefix: string): ResultItem[] {
	if (prefix.includes('.')) {
		const cls = prefix[0]!;
		return enhancedCodes
			.map(e => ({e, code: e.code.replace(/^X/, cls)}))
			.filter(({code}) => code.startsWith(prefix))
			.map(({e, code}) => ({...hitItem({code, kind: 'enhanced', title: e.title, reason: e.reason, score: 0}), key: code}));
	}
	return replyCodes.filter(r => r.code.startsWith(prefix))
		.map(r => hitItem({code: r.code, kind: 'reply', title: r.title, reason: r.reason, score: 0}));
}
