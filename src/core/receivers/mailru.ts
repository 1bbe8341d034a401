// Mail.ru (VK) mail: mail.ru, bk.ru, list.ru, inbox.ru, internet.ru; MX mxs.mail.ru. Its refusals point
// to Mail.ru's own help pages (help.mail.ru/notspam-support for spam, help.mail.ru/mail-help/postmaster/dmarc
// for DMARC), which are the facts here; the unknown-mailbox wording is the one Sisimai's MailRu module
// reads as an unknown user. Each comment quotes the shape of the reply the rule matches.

import type {Receiver} from '../types';
import {defineReceiver} from './define';

const NOTSPAM = 'https://help.mail.ru/notspam-support';
const DMARC = 'https://help.mail.ru/mail-help/postmaster/dmarc';
const SISIMAI = 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/MailRu.pm (Sisimai, BSD-2-Clause)';

export const mailru: Receiver = defineReceiver({
	id: 'mailru',
	name: 'Mail.ru (VK)',
	decides: true,
	detect: [/\bmxs\.mail\.ru\b/i, /\bhelp\.mail\.ru\b/i, /\babuse@corp\.mail\.ru\b/i, /\.smailru\.net\b/i],
	rules: [
		// "550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=… or report details to abuse@corp.mail.ru. Error code: 8908E3E3…. ID: 000000030000D9E5…."
		{
			phrase: /\bspam message rejected\b/i,
			title: 'Mail.ru: message taken for spam',
			meaning: 'Mail.ru’s anti-spam filter judged this message to be spam and refused it; the recipient address is fine. The reply carries an error code and a message ID that let Mail.ru’s support find this decision, and its link opens the form for asking them to review it.',
			causes: ['Content or links that look like bulk mail, or a sender with complaints at Mail.ru.', 'Mail from a shared server where others send spam.'],
			fix: ['Open the help.mail.ru/notspam-support link from the reply: it fills Mail.ru’s form with the error code and message ID; send the request from there.', 'Or write to abuse@corp.mail.ru with the Error code and ID lines from the reply.', 'Change what made the message look like spam before resending.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'spamdetected',
			source: NOTSPAM,
		},
		// "550 5.7.1 This message was not accepted due to domain (mail.ru) owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc"
		{
			phrase: /\bnot accepted due to domain (?:\([^)\s]{1,253}\) )?owner dmarc policy\b/i,
			title: 'Mail.ru: refused by the From domain’s DMARC policy',
			meaning: 'The From domain publishes a DMARC policy that rejects mail not authenticated by it, and this message was neither SPF- nor DKIM-aligned with that domain. Mail.ru applies the policy the From domain itself publishes (RFC 7489), so the fix lies with whoever sends in that domain’s name, not with Mail.ru.',
			causes: ['A website or script sending with a From address at mail.ru, bk.ru, list.ru or inbox.ru through a server that is not Mail.ru’s.', 'A domain’s own mail sent from a server missing from its SPF record and without its DKIM signature.'],
			fix: ['Send with a From address on your own domain, and set up SPF and DKIM for it.', 'To send as a Mail.ru address, log in to Mail.ru’s SMTP server (smtp.mail.ru) with that account.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'authfailure',
			source: DMARC,
		},
		// "550 Message was not accepted -- invalid mailbox. Local mailbox neko@mail.ru is unavailable: user not found"
		{
			phrase: /\binvalid mailbox\. local mailbox \S{1,254} is unavailable: user not found\b/i,
			title: 'Mail.ru: no mailbox at this address',
			meaning: 'Mail.ru has no mailbox with this address, so the message is refused. The reply names the address it looked for; Mail.ru serves several domains (mail.ru, bk.ru, list.ru, inbox.ru, internet.ru), and a mailbox at one of them does not exist at the others.',
			causes: ['A typo in the address, or a mailbox that was deleted.', 'The right name at the wrong Mail.ru domain (bk.ru instead of mail.ru, for example).'],
			fix: ['Check the address, domain included, with the recipient by another channel.', 'If it is right as written, remove it from your lists and do not resend.'],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'userunknown',
			source: SISIMAI,
		},
	],
});
