// Mimecast, an email security gateway in front of its customers' mail servers.
// Facts: Mimecast's support article "Mimecast SMTP Error Codes" (mimecastsupport.zendesk.com, article
// 34000709564691; formerly community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754 and
// community.mimecast.com/docs/DOC-1369, the page Mimecast's replies link to, with #421/#451/#550 …
// anchors). Its tables give, per row, the reply code, the "reason given to the sending MTA", what it
// means and the recommended resolution. "Policy level block list in force" comes from Mimecast's
// article on Blocked Senders policies. Mimecast deals only with its customers' designated contacts,
// so a sender who is not a customer goes through the recipient's Mimecast administrator.
// Only the first rows of the article could be read at its own address here; the other rows were
// read from a row-by-row transcription of it (the Mimecast module of the Sisimai bounce analyser
// quotes each row's code, reason text, description and fix). Three 451 rows there look shifted by
// one ("Recipient temporarily unavailable", "IP temporarily blacklisted", "Account service is
// temporarily unavailable"): each is read as the description that fits its own reason text.
//
// Mimecast's reason texts are generic words ("Invalid Recipient", "User unknown", "Too many
// recipients"), so these rules apply only when Mimecast is named in the reply (receivers/index.ts:
// Mimecast is a gateway, not a list). Mimecast also ends its replies with a bracketed reference such
// as [Aj3QXapeMpqZYaeFwWhjzw.us32]; it does not document that form, and a reply that carries it also
// carries the Mimecast link, so the bracket is not used for detection.
// Where the doc gives a reply code, the rule requires it; where sources disagree on the code, the rule
// keys on the words alone. Each comment quotes the shape of the message the rule matches.

import type {Receiver} from '../types';
import {defineReceiver} from './define';
import {MIMECAST_DEFERRALS} from './mimecast-deferrals';
import {MIMECAST_MESSAGE_REFUSALS} from './mimecast-message-refusals';
import {MIMECAST_REFUSALS} from './mimecast-refusals';

export const mimecast: Receiver = defineReceiver({
	id: 'mimecast',
	name: 'Mimecast',
	kind: 'list',
	decides: true,
	// Host names (us-smtp-inbound-1.mimecast.com, service222.mimecast.com), the doc links Mimecast puts
	// in its replies (community.mimecast.com/docs/DOC-1369#550, mimecastsupport.zendesk.com), and the
	// doc's number with a reply-code anchor, which only Mimecast's replies carry.
	detect: [/\bmimecast\b/i, /\bmimecastsupport\b/i, /\bDOC-1369#[245]\d\d\b/],
	// The article's order: temporary refusals first, then permanent ones.
	rules: [...MIMECAST_DEFERRALS, ...MIMECAST_REFUSALS, ...MIMECAST_MESSAGE_REFUSALS],
});
