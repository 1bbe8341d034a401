// BIGLOBE (and the cable ISPs on its system) notices: "----- The following addresses had delivery
// problems -----" over the addresses, then "----- Non-delivered information -----" over BIGLOBE's own
// words, whose meanings come from Sisimai lib/Sisimai/Lhost/Biglobe.pm (v5.1.0p3).
import type {Layout, LayoutHit} from './types';
import {cutOriginal, messageTable, section, tableReason} from './helpers';
import {findAddresses, fold} from '../text';

const LIST = /^[ \t]*-{5}[ \t]*The following addresses had delivery problems[ \t]*-{5}[ \t]*$/m;
const INFO = /^[ \t]*-{5}[ \t]*Non-delivered information[ \t]*-{5}[ \t]*$/m;

// "User unknown" here is BIGLOBE's answer when the recipient's reception filter refused the sender.
const BIGLOBE_MESSAGES = messageTable([
	['filtered', ['Mail Delivery Failed... User unknown']],
	['mailboxfull', ["The number of messages in recipient's mailbox exceeded the local limit."]],
]);

export const biglobe: Layout = {
	id: 'biglobe',
	detect: {all: [LIST, INFO]},
	parse(text) {
		const body = cutOriginal(text);
		const diagnostic = fold(section(body, INFO, /^[ \t]*-{3,}|^[ \t]*$\n[ \t]*$/m));
		const reason = tableReason(BIGLOBE_MESSAGES, diagnostic);
		return findAddresses(section(body, LIST, INFO)).map((recipient): LayoutHit => ({recipient, diagnostic, reason}));
	},
};
