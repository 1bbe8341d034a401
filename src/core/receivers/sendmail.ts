// Sendmail, the receiving server's software: the texts its standard check_mail and check_rcpt rule
// sets answer with. Any provider's server may run Sendmail, so these phrase rules are tried for every
// bounce (index.ts, last tier), after the provider's own. Facts: "sendmail, 4th Edition" (O'Reilly),
// §7.1.2 on check_mail (the envelope sender's domain must exist) and §7.1.3 on check_rcpt (the
// recipient must be local or one the server may relay to), which each rule links. Each comment
// quotes the shape of the message the rule matches.

import type {Receiver} from '../types';
import {defineReceiver} from './define';
import {RELAY_FIX, SENDER_DOMAIN_FIX} from './advice';

const CHECK_MAIL = 'https://www.oreilly.com/library/view/sendmail-4th-edition/9780596510299/ch07s01s02.html';
const CHECK_RCPT = 'https://www.oreilly.com/library/view/sendmail-4th-edition/9780596510299/ch07s01s03.html';

export const sendmail: Receiver = defineReceiver({
	id: 'sendmail',
	name: 'Sendmail',
	anywhere: true,
	kind: 'software',
	// Not detected by name, for the same reason as Postfix (postfix.ts).
	detect: [],
	rules: [
		// "550 5.7.1 <user@example.com>... Relaying denied" / "… Relaying denied. Proper authentication required." / "… Relaying denied. IP name lookup failed [192.0.2.1]"
		{
			phrase: /\bRelaying denied\b/i,
			title: 'Relaying denied',
			meaning: 'The server that answered does not take mail for the recipient’s domain, and does not relay for the sender: it does not know the sending host as one of its own, and the client did not log in. Sendmail’s check_rcpt rules give this answer, and the words after it say which test failed: “Proper authentication required” when the client did not log in, “IP name lookup failed” when the sending IP had no usable reverse DNS.',
			causes: [
				'A mail client sending through an outgoing server without logging in (“Proper authentication required”).',
				'The server could not name the sending IP in reverse DNS, so it could not recognise it as an allowed host (“IP name lookup failed”).',
				'The message went to a server that is not the recipient domain’s mail server.',
			],
			fix: [...RELAY_FIX],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'norelaying',
			source: CHECK_RCPT,
		},
		// "553 5.1.8 <sender@example.invalid>... Domain of sender address sender@example.invalid does not exist"
		{
			phrase: /\bDomain of sender address\b.{0,300}?\bdoes not exist\b/i,
			title: 'The sender’s domain is not in DNS',
			meaning: 'The receiving server looked up the domain of the envelope sender (MAIL FROM) and found no record for it, so a reply or bounce could not reach it; it refuses such mail. Sendmail’s check_mail rules make this test on every message; a 553 means the lookup found nothing, while a failed lookup gives a temporary 451.',
			causes: ['A typo or made-up domain in the envelope sender, often set by an application or a web form.', 'An expired domain, or its DNS servers failing (then the refusal is temporary, 451 4.1.8).'],
			fix: [...SENDER_DOMAIN_FIX],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CHECK_MAIL,
		},
		// "553 5.5.4 <www-data>... Domain name required for sender address www-data"
		{
			phrase: /\bDomain name required for sender address\b/i,
			title: 'The sender address has no domain',
			meaning: 'The envelope sender (MAIL FROM) is a bare name without a domain such as example.com, so the receiving server refuses it. Sendmail’s check_mail rules require a domain: a bare name means nothing outside the machine that wrote it, and no bounce could be returned to it.',
			causes: ['An application or script sending as a local user name.'],
			fix: [
				'Set a full sender address (name@example.com) in the sending application or server.',
				'From a script, give the sender explicitly (sendmail -f name@example.com, or the library’s sender setting), then send again.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CHECK_MAIL,
		},
	],
});
