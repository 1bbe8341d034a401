// The replies Mail.ru's help pages describe.
import {entriesOf, worded, type PublishedList} from './types';

const LINES: string[] = [
	'550 5.7.1 This message was not accepted due to domain (mail.ru) owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc',
	'550 Message was not accepted -- invalid mailbox. Local mailbox neko@mail.ru is unavailable: user not found',
	'550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=Ak1f_ahr-ccmkYY3MkjRQfiDdemyJDJv or report details to abuse@corp.mail.ru. Error code: FD5F4D02C7F96BA83786912641D14832. ID: 0000002600006CEB38',
];

export const mailru: PublishedList = {
	provider: 'mailru',
	name: 'Mail.ru',
	title: 'Mail.ru help: postmaster, not-spam support, DMARC',
	source: 'https://help.mail.ru/notspam-support',
	host: 'mxs.mail.ru',
	recipient: 'neko@mail.ru',
	entries: entriesOf(LINES, worded),
};
