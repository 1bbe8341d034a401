// Amazon SES inbound (receipt rule "Bounce" action) notices: the text part says only "This message
// could not be delivered."; the recipient and the words are in the delivery-status part, taken from
// the rule's bounce template. What each template text means, per Sisimai
// lib/Sisimai/Lhost/ReceivingSES.pm (v5.1.0p3): "Mailbox does not exist" is a rule refusing the mail.
import type {Layout, LayoutHit} from './types';
import {messageTable} from './helpers';

const RECEIVING_SES = messageTable([
	['filtered', ['Mailbox does not exist']],
	['mesgtoobig', ['Message too large']],
	['mailboxfull', ['Mailbox full']],
	['contenterror', ['Message content rejected']],
]);

const NOTICE = /^This message could not be delivered\.[ \t]*$/m;

export const receivingSes: Layout = {
	id: 'receiving-ses',
	// The whole text part is that one sentence.
	detect: {all: [NOTICE, (text) => text.trim().length < 200]},
	parse: (): LayoutHit[] => [{recipient: '', diagnostic: 'This message could not be delivered.', table: RECEIVING_SES}],
};
