// Greylisting: not one provider but a practice many receiving servers share (Postgrey for Postfix,
// milter-greylist, sqlgrey, Exim's and Stalwart's greylisting, hosted filters): a first message from
// an unknown combination of sending IP, envelope sender and recipient is refused with a temporary
// reply, and accepted when the sending server retries after a delay. RFC 6647 describes it and what
// a sending server must do (retry, as RFC 5321 §4.5.4.1 requires of every 4xx). The servers name it
// in their default texts: Postgrey "Greylisted, see http://postgrey.schweikert.ch/help/<domain>.html"
// (its --greylist-text, which Postfix sends as "450 4.2.0 <rcpt>: Recipient address rejected:
// Greylisted, see …"), milter-greylist "Greylisting in action, please come back in 00:05:00", sqlgrey
// "Greylisted for 5 minutes", Stalwart "422 4.2.2 Greylisted, please try again in a few moments.";
// others write "grey-listed", "graylisted" or "added to the greylist". rspamd's greylist module
// answers "Try again later" by default (src/plugins/lua/greylist.lua), words that do not say
// greylisting, so a reply in them is read by its code alone. The words name it, whatever code comes
// with them, so the rule is tried for every bounce (index.ts, last tier); a provider's own
// greylisting rule wins.

import type {Receiver} from '../types';
import {defineReceiver} from './define';

export const greylisting: Receiver = defineReceiver({
	id: 'greylisting',
	name: 'Greylisting',
	anywhere: true,
	kind: 'situation',
	// Not a provider: no signature names it, its words do.
	detect: [],
	rules: [
		// "450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html"
		// "451 4.7.1 Greylisting in action, please come back in 00:05:00" / "450 4.7.1 Grey-listed, try again later" / "451 4.7.1 Sender added to the greylist"
		{
			phrase: /\bgr[ae]y[- ]?list(?:ed|ing|s)?\b/i,
			title: 'Greylisted: try again later',
			meaning: 'The receiving server does not know this combination of sending server, sender and recipient yet, so it refused the first attempt for now. A normal sending server retries after a few minutes and is then let in; nothing is wrong with the address or the message.',
			causes: [
				'The first message from this sending IP, envelope sender and recipient together.',
				'A sender that changes its envelope sender on every attempt (VERP, some list software), or sends each retry from another IP: every attempt looks new.',
			],
			fix: [
				'Nothing to do for one message: the sending server retries and the retry passes.',
				'If the message stays queued for hours, make sure retries come from the same IP (or the same pool of IPs) with the same envelope sender.',
				'If it never clears, ask the recipient’s administrator to exempt your sending servers from greylisting.',
			],
			whoActs: 'nobody',
			retry: 'will-retry',
			// What a sending server reports when greylisting never cleared: the queue lifetime ran out.
			reason: 'expired',
			source: 'https://www.rfc-editor.org/rfc/rfc6647',
		},
	],
});
