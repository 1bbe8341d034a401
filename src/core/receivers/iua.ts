// I.UA (i.ua, email.ua), Ukraine. Its refusals point to an explanation page whose path is the cause
// number: "550 … https://mail.i.ua/err/2/". Facts: those pages (mail.i.ua/err/N/), as listed in
// Sisimai's Rhost/IUA.pm (BSD-2-Clause). The number decides the reason (decode/provider-codes.ts).

import type {ProviderRule, Receiver} from '../types';
import {defineReceiver} from './define';

const SOURCE = 'https://mail.i.ua/err/ (Sisimai lib/Sisimai/Rhost/IUA.pm, BSD-2-Clause)';

/** The explanation link with one cause number. */
const err = (codes: string): RegExp => new RegExp(`\\bi\\.ua/err/(?:${codes})/`, 'i');

export const iua: Receiver = defineReceiver({
	id: 'iua',
	name: 'I.UA',
	decides: true,
	detect: [/\bi\.ua\/err\/\d/i, /\bemail\.ua\b/i],
	rules: [
		// "550 … https://mail.i.ua/err/2/"
		{
			phrase: err('2'),
			title: 'I.UA: no such user (2)',
			meaning: 'The recipient address does not exist at I.UA. The number in the link at the end of the reply (2) is I.UA’s code for an unknown user, and sending again to the same address gives the same answer.',
			causes: ['A typo in the address, or a closed mailbox.'],
			fix: [
				'Check the spelling with the recipient by another channel; correct it if it was mistyped.',
				'If it is right as written, remove the address from your lists and do not resend.',
			],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'userunknown',
			source: SOURCE,
		},
		// "… https://mail.i.ua/err/3/"
		{
			phrase: err('3'),
			title: 'I.UA: mailbox unused for months (3)',
			meaning: 'The recipient mailbox has not been used for more than three months, so I.UA has stopped delivering to it. The address is not wrong, but nobody reads it: the owner would have to start using the mailbox again before mail to it is delivered.',
			causes: ['An abandoned mailbox.'],
			fix: ['Stop sending to the address; ask the recipient for a current one by another channel.'],
			whoActs: 'recipient',
			retry: 'do-not-retry',
			reason: 'suspend',
			source: SOURCE,
		},
		// "… https://mail.i.ua/err/4/"
		{
			phrase: err('4'),
			title: 'I.UA: mailbox full (4)',
			meaning: 'The recipient mailbox is full. The address exists and takes mail again as soon as its owner deletes messages, so the message can be sent again later; if it stays full, the mailbox is probably no longer read.',
			causes: ['The recipient keeps too much mail, or no longer reads the mailbox.'],
			fix: ['Tell the recipient by another channel; resend after they free space.'],
			whoActs: 'recipient',
			retry: 'retry-after-fix',
			reason: 'mailboxfull',
			source: SOURCE,
		},
		// "… https://mail.i.ua/err/5/"
		{
			phrase: err('5'),
			title: 'I.UA: sending limit exceeded (5)',
			meaning: 'The sender went over the number of letters I.UA accepts from it in a period. The limit is on the pace of the sending, not on this message, so it goes through on a later attempt once the period has passed.',
			causes: ['A burst of mail to I.UA addresses.'],
			fix: [
				'Let the queue retry; nothing is lost while it waits.',
				'Spread mail to I.UA addresses over a longer time rather than sending it in one burst.',
			],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: SOURCE,
		},
		// "… https://mail.i.ua/err/1/" (SMTP used as a mail gate) / "… /err/6/" (use your provider's SMTP server)
		{
			phrase: err('1|6'),
			title: 'I.UA: not a relay for this sender (1, 6)',
			meaning: 'I.UA refuses to pass the mail on: its server is not a gateway for this sender, who should send through their own provider’s SMTP server. A receiving server takes mail only for its own addresses; mail to anyone else must leave through the sender’s own provider.',
			causes: ['A client or script sending through I.UA’s server as if it were its own outgoing server.'],
			fix: [
				'Send through your own provider’s outgoing server, not through I.UA’s.',
				'Check the outgoing-server setting of the mail client or script that sent the message.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'norelaying',
			source: SOURCE,
		},
		// "… https://mail.i.ua/err/7/" (wrong HELO/EHLO name) / "… /err/9/" (sending IP blacklisted)
		{
			phrase: err('7|9'),
			title: 'I.UA: sending server refused (7, 9)',
			meaning: 'I.UA refused the sending server itself: its HELO/EHLO name is wrong (7), or its IP address is on a block list (9). Either way the refusal concerns the server, not the message, so every message from it meets the same answer until it is fixed.',
			causes: ['A HELO name that is not a resolvable host name.', 'A listed sending IP.'],
			fix: [
				'For 7: give the server a full host name for HELO that resolves in DNS, ideally the same as the IP’s PTR name.',
				'For 9: look the IP up on the common block lists (for example check.spamhaus.org), remove the cause and request delisting, then resend.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: SOURCE,
		},
		// "… https://mail.i.ua/err/8/"
		{
			phrase: err('8'),
			title: 'I.UA: sender address could not be checked (8)',
			meaning: 'I.UA could not verify the envelope sender address, so it refused the mail. The envelope sender is where bounces go, and I.UA checks that it could reach it before it accepts a message.',
			causes: ['A sender address on a domain that does not resolve, or whose server refuses verification.'],
			fix: [
				'Send from an address whose domain and server accept mail, then resend.',
				'Check the envelope sender the server actually uses (the Return-Path), which an application may set differently from the visible From.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: SOURCE,
		},
		// "… https://mail.i.ua/err/10/"
		{
			phrase: err('10'),
			title: 'I.UA: sender not on the recipient’s allowed list (10)',
			meaning: 'The recipient accepts mail only from the addresses in their own list, and the sender is not on it. It is the recipient’s own setting, not a judgement of the sender by I.UA, so only the recipient can let the mail through.',
			causes: ['A recipient-side filter (mail address management) that lets through listed senders only.'],
			fix: ['Ask the recipient, by another channel, to add your address to their list.'],
			whoActs: 'recipient',
			retry: 'retry-after-fix',
			reason: 'filtered',
			source: SOURCE,
		},
	],
});

/** The I.UA rule whose cause number occurs in a reply, or undefined: the decoder's reason for it. */
export function iuaCode(text: string): ProviderRule | undefined {
	if (!/i\.ua\/err\//i.test(text)) return undefined;
	return iua.rules.find(rule => rule.phrase?.test(text));
}
