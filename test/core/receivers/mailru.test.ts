import {mailru} from '../../../src/core/receivers/mailru';
import {testTable} from './bounce';

// Replies of Mail.ru's MX (mxs.mail.ru) as senders' logs quote them.
testTable({
	receiver: mailru,
	host: 'mxs.mail.ru',
	recipient: 'neko@mail.ru',
	rows: [
		[
			'550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=Ak1f_ahr-ccmkYY3MkjRQfiDdemyJDJv or report details to abuse@corp.mail.ru. Error code: FD5F4D02C7F96BA83786912641D14832. ID: 0000002600006CEB383A2BF4.',
			'spamdetected',
			/taken for spam/,
		],
		['550 5.7.1 This message was not accepted due to domain (mail.ru) owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc', 'authfailure', /DMARC/],
		['550 Message was not accepted -- invalid mailbox. Local mailbox neko@mail.ru is unavailable: user not found', 'userunknown', /no mailbox/],
	],
	lookalikes: ['550 spam message rejected', '550 Message was not accepted -- invalid mailbox. Local mailbox neko@example.org is unavailable: user not found', '550 5.7.1 not accepted due to domain owner DMARC policy'],
});
