// GoDaddy's replies without an IB code of their own (RBL Reject, Account storage limit …), from the same
// help page as its coded ones (godaddy.ts): they apply only to a bounce from GoDaddy, after the coded rules.
// Each comment quotes the shape of the reply the rule matches.
import type {ProviderRule} from '../types';
import {NO_MAILBOX_FIX} from './advice';

export const GODADDY_CODES = 'https://ca.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685';

/** Replies GoDaddy lists without a code of its own: they apply only to a bounce from GoDaddy, after the coded rules. */
export const WORDED: ProviderRule[] = [
	// "554 RBL Reject." (GoDaddy's own block list; the bounce links a removal request)
	{
		phrase: /\brbl reject\b/i,
		title: 'GoDaddy: sending IP on GoDaddy’s own block list',
		meaning: 'GoDaddy’s inbound servers refuse the sending IP because it is on GoDaddy’s internal block list (not a public one). Because the list is GoDaddy’s own, a clean record at the public block lists does not lift it: only GoDaddy removes the IP, on request.',
		causes: ['Spam or abusive traffic seen from the IP by GoDaddy.'],
		fix: [
			'Stop the source of the unwanted mail: a compromised account, a script or a machine sending through the IP.',
			'Then use the removal link in the bounce to ask GoDaddy to delist the IP.',
		],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: GODADDY_CODES,
	},
	// "552 Message rejected for spam or virus content"
	{
		phrase: /\bmessage rejected for spam or virus content\b/i,
		title: 'GoDaddy: message taken for spam or a virus',
		meaning: 'GoDaddy’s filters found a link, attachment or pattern in the message that they take for spam or malware, without naming an IB code. The verdict is on this message, so the same message is refused again, while a changed one can pass.',
		causes: ['Links to domains with a poor reputation, bulk-mail patterns, or an attachment that looks like malware.'],
		fix: [
			'Scan the attachment and the sending computer for malware.',
			'Change or remove the flagged links and attachments, then send the changed message.',
		],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'spamdetected',
		source: GODADDY_CODES,
	},
	// "552 … Account storage limit"
	{
		phrase: /\baccount storage limit\b/i,
		title: 'GoDaddy: recipient’s mailbox full',
		meaning: 'The recipient’s GoDaddy mailbox has reached its storage limit and takes no mail until space is freed. The address exists and takes mail again as soon as its owner deletes messages from the inbox or the receiving folder.',
		causes: ['The recipient keeps too much mail in the mailbox or the receiving folder.'],
		fix: ['Tell the recipient by another channel to delete mail and free space; resend after they do.'],
		whoActs: 'recipient',
		retry: 'retry-after-fix',
		reason: 'mailboxfull',
		source: GODADDY_CODES,
	},
	// "550 … Account disabled"
	{
		phrase: /\baccount disabled\b/i,
		title: 'GoDaddy: recipient’s account disabled',
		meaning: 'The recipient’s GoDaddy account exists but can no longer receive mail; such accounts usually stay disabled. The address was right; it is the account’s ability to receive that was switched off, so sending again is unlikely to help.',
		causes: ['The account was switched off by its owner or by GoDaddy.'],
		fix: ['Reach the recipient by another channel; resend later only if they say the account works again.'],
		whoActs: 'recipient',
		retry: 'do-not-retry',
		reason: 'suspend',
		source: GODADDY_CODES,
	},
	// "550 Recipient not found" / "… Account does not exist"
	{
		phrase: /\brecipient not found\b|\baccount does not exist\b/i,
		title: 'GoDaddy: no mailbox at this address',
		meaning: 'The recipient address does not exist among GoDaddy’s hosted mailboxes. GoDaddy hosts mail for many businesses’ own domains, so the domain may be right while the name before the @ matches no mailbox there.',
		causes: ['A typo in the address, or a mailbox that was deleted.'],
		fix: [...NO_MAILBOX_FIX],
		whoActs: 'sender',
		retry: 'do-not-retry',
		reason: 'userunknown',
		source: GODADDY_CODES,
	},
	// "451 Sorry, I wasn't able to establish an SMTP connection. I'm not going to try again; this message has been in the queue too long." / "Delivery timeout"
	{
		phrase: /\bhas been in the queue too long\b|\bdelivery timeout\b/i,
		title: 'GoDaddy: gave up delivering after too long in the queue',
		meaning: 'GoDaddy’s outgoing server kept failing to deliver the message and stopped trying once it had been queued too long. The message never reached the recipient’s server, so the cause lies between the two: a wrong domain, or a receiving server that was down or turned the sender away throughout.',
		causes: ['A misspelled recipient domain, or a recipient server that is down or refuses the sender.'],
		fix: [
			'Check the recipient address and domain for typos.',
			'If they are right, send again later, or ask the recipient by another channel whether their server blocks your address.',
		],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'expired',
		source: GODADDY_CODES,
	},
	// "This message is looping: it already has my Delivered-To line. (#5.4.6)"
	{
		phrase: /\bmessage is looping: it already has my delivered-to line\b/i,
		title: 'GoDaddy: message forwarded in a loop',
		meaning: 'The recipient account forwards mail to an address that forwards it back, so the message came round to the same mailbox again and was stopped. The fault is in the recipient’s forwarding settings, not in the message or the sender.',
		causes: ['Two addresses that forward to each other.'],
		fix: [
			'Tell the recipient by another channel to correct their forwarding settings.',
			'Resend once they have; until then every message to that address loops the same way.',
		],
		whoActs: 'recipient',
		retry: 'retry-after-fix',
		reason: 'systemerror',
		source: GODADDY_CODES,
	},
];
