// Yandex Mail (yandex.ru, ya.ru, yandex.com and Yandex 360 domains; MX mx.yandex.ru, mx.yandex.net,
// *.mail.yandex.net). Facts: Yandex's help page "Report on non-delivery to Yandex", which lists the
// phrases its servers put in a refusal and what each means, and the pages it links for each phrase.
// Its spam refusals carry a ya.cc short link to that help. Each comment quotes the shape of the
// reply the rule matches.

import type {Receiver} from '../types';
import {defineReceiver} from './define';

const TABLE = 'https://yandex.com/support/mail/bounces/yandex.html';
const SPAM = 'https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html';
const BLOCKED_RCPT = 'https://yandex.com/support/mail/bounces/yandex/policy-rejection-on-the-target-address.html';
const FULL = 'https://yandex.com/support/mail/bounces/yandex/mailbox-size-limit-exceeded.html';
const HONEST = 'If you send newsletters, follow Yandex’s requirements for honest mailing lists (opt-in, working unsubscribe, consistent sender), linked from the same help page.';

export const yandex: Receiver = defineReceiver({
	id: 'yandex',
	name: 'Yandex Mail',
	decides: true,
	detect: [/\bmx\.yandex\.(?:ru|net|com)\b/i, /\bmail\.yandex\.net\b/i, /\bhttps?:\/\/ya\.cc\//i, /\byandex\.(?:ru|com)\/support\/mail\b/i],
	rules: [
		// "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1638412345-AbCdEfGh01-XyZ"
		{
			phrase: /\bmessage rejected under suspicion of spam\b/i,
			title: 'Yandex: message taken for spam',
			meaning: 'Yandex’s filter read this message and judged its content to be spam, so it refused it; the recipient address is fine. The short ya.cc link in the reply leads to Yandex’s page on this refusal, and the long identifier after it marks this delivery attempt, worth quoting if you ask Yandex about it.',
			causes: ['Content, links or attachments that look like bulk advertising or phishing.', 'A sending address or IP with a poor history at Yandex.'],
			fix: ['Change the content and links, then send the changed message; the same message is refused again.', HONEST],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'spamdetected',
			source: SPAM,
		},
		// "554 5.7.1 Blocked by spam statistics - see https://ya.cc/1IrBc"
		{
			phrase: /\bblocked by spam statistics\b/i,
			title: 'Yandex: sender blocked for 24 hours for sending spam',
			meaning: 'Nearly everything Yandex received from this sender lately was spam, so it refuses all mail from it for 24 hours. Unlike a single refused message, this holds back every message from the sender, good or bad, until the period has passed and the spam has stopped.',
			causes: ['A compromised mailbox or script sending spam.', 'A mailing list sent to people who did not ask for it.'],
			fix: ['Stop the spam at its source (change passwords, remove the script).', 'Wait out the 24 hours before sending to Yandex again.', HONEST],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: SPAM,
		},
		// "550 5.7.1 Policy rejection on the target address"
		{
			phrase: /\bpolicy rejection on the target address\b/i,
			title: 'Yandex: recipient’s account blocked',
			meaning: 'Yandex has blocked the recipient’s account for breaking its user agreement, so the account takes no mail for now. The address itself is right; nothing the sender changes gets the message through until the account holder has it unblocked.',
			causes: ['The recipient’s account was suspended by Yandex.'],
			fix: ['Tell the recipient by another channel; they unblock it by filling in their personal details in Yandex ID, or through Yandex support’s feedback form.', 'Resend once they confirm the account works.'],
			whoActs: 'recipient',
			retry: 'retry-after-fix',
			reason: 'suspend',
			source: BLOCKED_RCPT,
		},
		// "552 5.2.2 Mailbox size limit exceeded"
		{
			phrase: /\bmailbox size (?:limit )?exceeded\b/i,
			title: 'Yandex: recipient’s mailbox full',
			meaning: 'The recipient’s Yandex mailbox is full and takes no new mail; it usually means the mailbox is rarely used. The address exists and will take mail again as soon as its owner frees space, so the message can be sent again later.',
			causes: ['The recipient has not cleaned or opened the mailbox in a long time.'],
			fix: ['Tell the recipient by another channel: they must sign in to Yandex Mail on the web and free space.', 'If it stays full for weeks, treat the address as abandoned.'],
			whoActs: 'recipient',
			retry: 'retry-after-fix',
			reason: 'mailboxfull',
			source: FULL,
		},
		// "554 5.7.1 Message infected by virus"
		{
			phrase: /\bmessage infected by virus\b/i,
			title: 'Yandex: virus found in the message',
			meaning: 'Yandex’s antivirus found malware in the message or its attachments and refused it. If you did not attach anything suspicious yourself, the message may have been sent by malware on your computer in your name.',
			causes: ['An infected attachment, often sent by malware on the sending computer.', 'A document with macros or an archive that antivirus programs flag.'],
			fix: ['Scan the sending computer and the attachment with an up-to-date antivirus program.', 'Send a clean file, or share it through a link instead of attaching it.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'virusdetected',
			source: TABLE,
		},
		// "550 5.7.1 No such user!" / "501 5.1.3 Bad recipient address syntax" / "554 5.5.1 Error: no correct recipients"
		{
			phrase: /\bno such user!|\bbad (?:recipient address|address mailbox) syntax\b|\bno correct recipients\b|\bneed fully-qualified address\b/i,
			title: 'Yandex: no mailbox at this address',
			meaning: 'The address does not belong to any Yandex mailbox, or is not written as a complete address, so Yandex refuses it. Sending the same message to the same address again gives the same answer; only a corrected address gets through.',
			causes: ['A typo, extra punctuation, spaces or quotation marks in the address.', 'A mailbox that was deleted.'],
			fix: ['Check the address with the recipient by another channel and resend to the right one.', 'If the mailbox is gone, remove the address from your lists.'],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'userunknown',
			source: TABLE,
		},
	],
});
