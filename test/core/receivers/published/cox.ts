// Cox's AUP# codes and its worded refusals.
import {coded, entriesOf, type PublishedList} from './types';

const LINES: string[] = [
	'554 5.7.1 [192.0.2.1] Connection refused - AUP#CXBL',
	'421 4.7.1 [192.0.2.1] Connection temporarily refused - AUP#CDRBL',
	'554 5.7.1 [192.0.2.1] Connection refused - AUP#IPBL1010',
	'554 5.7.1 Message refused - AUP#URLBL1001',
	'554 5.7.1 [192.0.2.1] Connection refused - AUP#CXDNS',
	'550 5.7.1 Sender rejected - AUP#CXSNDR',
	'554 5.7.1 Protocol violation - AUP#CXSMTP',
	'421 4.7.1 [192.0.2.1] Too many connections - AUP#CXCNCT',
	'550 5.7.1 Too many recipients - AUP#CXMXRT',
	'550 5.7.1 Sending blocked - AUP#CXMJ',
	'421 4.7.1 cox too many bad commands from 192.0.2.1',
	'554 5.7.1 too many invalid recipients',
	'421 4.7.0 DNS check failure - try again later',
	'554 5.7.1 192.0.2.1 rejected - no rDNS',
	'554 5.3.0 ESMTP no data before greeting',
	'552 5.3.4 attachment extension is forbidden',
	'550 5.1.0 <neko@example.invalid> sender rejected',
	'421 4.3.2 ESMTP server temporarily not available',
	'421 4.7.0 too many sessions from 192.0.2.1',
	'452 4.3.1 requested action aborted: try again later',
	'421 4.7.0 message threshold exceeded',
	'550 5.1.1 <neko@cox.net> recipient rejected',
];

export const cox: PublishedList = {
	provider: 'cox',
	name: 'Cox',
	title: 'Cox: email error codes',
	source: 'https://www.cox.com/residential/support/email-error-codes.html',
	host: 'mx.east.cox.net',
	recipient: 'neko@cox.net',
	entries: entriesOf(LINES, coded(/AUP#[A-Z]+\d*/)),
};
