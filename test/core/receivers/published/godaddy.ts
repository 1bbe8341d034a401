// GoDaddy's IB codes and its replies without a code.
import {coded, entriesOf, type PublishedList} from './types';

const LINES: string[] = [
	'535 Authentication not allowed on IBSMTP Servers. IB401',
	'550 jane@coolexample.com Blank From: addresses are not allowed. Provide a valid From. IB501',
	'550 jane@coolexample.com IP addresses are not allowed as a From: Address. Provide a valid From. IB502',
	'550 coolexample.com From: Domain is invalid. Provide a valid From: IB506',
	'550 jane@coolexample.com Invalid SPF record. Inspect your SPF settings, and try again. IB508',
	'421 Temporarily rejected. Reverse DNS for this IP failed. IB108',
	'552 This message has been rejected due to content judged to be spam by the internet community. IB212',
	'552 Virus infected message rejected. IB705',
	'452 This message contains too many recipients. Reduce the number of recipients and retry. IB605',
	'421 Connection refused, too many sessions from This IP. Lower the number of concurrent sessions. IB007',
	'421 Server temporarily unavailable. Try again later. IB101',
	'550 This IP has sent too many to too many recipients this hour. IB607',
	'554 This IP has been temporarily blocked for attempting to mail too many invalid recipients. IB112',
	'554 Connection refused. This IP address is listed on the Exploits Block List (XBL). IB105',
	'554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103',
	'554 RBL Reject.',
	'552 Message rejected for spam or virus content',
	'552 5.2.2 jane@coolexample.com Account storage limit',
	'550 5.2.1 jane@coolexample.com Account disabled',
	'550 Recipient not found',
	'550 5.1.1 jane@coolexample.com Account does not exist',
	"451 Sorry, I wasn't able to establish an SMTP connection. I'm not going to try again; this message has been in the queue too long.",
	'554 This message is looping: it already has my Delivered-To line. (#5.4.6)',
];

export const godaddy: PublishedList = {
	provider: 'godaddy',
	name: 'GoDaddy',
	title: 'GoDaddy: fix rejected email with a bounce error',
	source: 'https://ca.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685',
	host: 'mx1.secureserver.net',
	recipient: 'jane@coolexample.com',
	entries: entriesOf(LINES, coded(/\bIB\d{3}\b/)),
};
