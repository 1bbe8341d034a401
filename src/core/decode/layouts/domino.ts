// Lotus Domino / HCL Notes: "Your message … was not delivered to: <rcpt> because: <reason>".
import type {Layout, LayoutHit} from './types';
import {cutOriginal, messageTable, section, tableReason} from './helpers';
import {findAddresses, fold} from '../text';

// Domino's own texts after "because:" and what each means, per Sisimai lib/Sisimai/Lhost/Domino.pm
// (v5.1.0p3): the router's directory look-up, in English and in the Japanese edition.
const DOMINO_MESSAGES = messageTable([
	['userunknown', ['not listed in Domino Directory', 'not listed in public Name & Address Book', 'Domino ディレクトリには見つかりません']],
	['filtered', ['Cannot route mail to user']],
	['systemerror', ['Several matches found in Domino Directory']],
]);

export const domino: Layout = {
	id: 'domino',
	detect: /was not delivered to:[\s\S]{0,600}?because:/i,
	parse(text) {
		const body = cutOriginal(text);
		const who = section(body, /was not delivered to:/i, /because:/i);
		const why = section(body, /because:/i, /^[ \t]*$\n[ \t]*$|What should you do|^[ \t]*-{3,}/m);
		const diagnostic = fold(why);
		const reason = tableReason(DOMINO_MESSAGES, diagnostic);
		return findAddresses(who).map((recipient): LayoutHit => ({recipient, diagnostic, reason}));
	},
};
