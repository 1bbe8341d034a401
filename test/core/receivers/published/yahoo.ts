// Yahoo's error page groups its replies by tag ([TSS04], [PH01], [BL21] …) and by wording.
import {coded, entriesOf, type PublishedList} from './types';

const LINES: string[] = [
	'421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
	'553 5.7.2 [TSS09] All messages from 192.0.2.25 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
	'553 5.7.2 [TSS11] All messages from 192.0.2.25 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
	'421 4.7.0 [TS01] Messages from 192.0.2.1 temporarily deferred due to user complaints - 4.16.55.1; see https://help.yahoo.com/kb/postmaster',
	'421 4.7.0 [TS02] Messages from 192.0.2.1 temporarily deferred due to user complaints - 4.16.55.1',
	'421 4.7.0 [TS03] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed.',
	'554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes',
	"553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.25, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html",
	'553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; see http://postmaster.yahoo.com/errors/550-bl23.html [550]',
	"Remote host said: 554 delivery error: dd This user doesn't have a yahoo.com account (testing123@yahoo.com) [-5] - mta123.mail.mud.yahoo.com",
	'554 delivery error: dd user@yahoo.com is no longer valid. [-20] - atlas123.free.mail.ne1.yahoo.com',
	'554 30 Sorry, your message to user@aol.com cannot be delivered. This mailbox is disabled (554.30)',
	'550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.',
	'554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes',
	'451 Message temporarily deferred due to unresolvable RFC.5321 from domain. See https://senders.yahooinc.com/error-codes#unresolvable-from-domain',
	'554 Message not accepted due to unresolvable RFC.5322 from domain. See https://senders.yahooinc.com/error-codes',
	'421 4.7.0 [TSS07] Messages from 192.0.2.1 temporarily deferred due to unexpected volume - see https://postmaster.yahooinc.com/error-codes',
];

export const yahoo: PublishedList = {
	provider: 'yahoo',
	name: 'Yahoo / AOL',
	title: 'Yahoo Sender Hub: SMTP error codes',
	source: 'https://senders.yahooinc.com/smtp-error-codes',
	host: 'mta5.am0.yahoodns.net',
	recipient: 'bob@yahoo.com',
	entries: entriesOf(LINES, coded(/\[(?:TSS?\d{2}|PH\d{2}|BL\d{2})\]/)),
};
