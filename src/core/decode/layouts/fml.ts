// fml (the Japanese mailing-list manager) answers a post it refuses with a notice of its own, not a
// DSN: "You are not a member of this mailing list <list@example>." (a post from a non-member) or
// "Duplicated Message-ID in <list@example>." (its loop check), then "Original mail as follows:".
// The failed "recipient" is the list address the notice names.
import type {Layout, LayoutHit} from './types';
import {cleanAddress, fold} from '../text';

const NOTICE = /^[ \t]*(You are not a member of this mailing list|Duplicated Message-ID in)[ \t]*<([^\s<>@]{1,256}@[A-Za-z0-9.-]{1,255})>[^\n]{0,200}/im;

export const fml: Layout = {
	id: 'fml',
	detect: NOTICE,
	parse(text) {
		const m = NOTICE.exec(text);
		if (!m) return [];
		return [{recipient: cleanAddress(m[2] ?? ''), diagnostic: fold(m[0])} satisfies LayoutHit];
	},
};
