// Symantec Email Security.cloud (MessageLabs) notices: "This is the mail delivery agent at
// messagelabs.com." (or "… at Symantec Email Security.cloud."), "I was unable to deliver your message
// to the following addresses:" over the addresses, then "Reason: <reply>". What its replies mean, per
// Sisimai lib/Sisimai/Lhost/MessageLabs.pm (v5.1.0p3): a 542 or "Rejected" there refuses the address.
import type {Layout, LayoutHit} from './types';
import {cutOriginal, messageTable, section, tableReason} from './helpers';
import {findAddresses, fold} from '../text';

const MESSAGELABS = messageTable([
	['userunknown', ['542 ', ' Rejected', 'No such user']],
	['securityerror', ['Please turn on SMTP Authentication in your mail client']],
]);

const LIST = /^I was unable to deliver your message to the following addresses:[ \t]*$/m;
const REASON = /^Reason:[ \t]*/m;

export const messageLabs: Layout = {
	id: 'messagelabs',
	detect: {all: [/^This is the mail delivery agent at (?:messagelabs\.com|Symantec Email Security\.cloud)\.?/m, LIST]},
	parse(text) {
		const body = cutOriginal(text);
		const diagnostic = fold(section(body, REASON, /^[ \t]*$|^The message (?:subject|date) was:/m));
		const reason = tableReason(MESSAGELABS, diagnostic);
		return findAddresses(section(body, LIST, REASON)).map((recipient): LayoutHit => ({recipient, diagnostic, reason}));
	},
};
