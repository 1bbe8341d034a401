// The replies of SES's SMTP interface and the notices it writes for its suppression lists.
import {entriesOf, worded, type PublishedList} from './types';

const LINES: string[] = [
	'421 Too many concurrent SMTP connections',
	'454 Throttling failure: Maximum sending rate exceeded.',
	'454 Throttling failure: Daily message quota exceeded.',
	'451 Temporary service failure',
	'454 Temporary authentication failure',
	'451 Timeout waiting for data from client',
	'535 Authentication Credentials Invalid',
	'535 Account not subscribed to SES',
	'554 Access denied: User arn:aws:iam::123456789012:user/ses-smtp-user is not authorized to perform ses:SendRawEmail on resource arn:aws:ses:us-east-1:123456789012:identity/example.org',
	'554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: alice@example.org',
	'530 Authentication required',
	'552 Message is too long.',
	'Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address. For more information about how to remove an address from the suppression list, see the Amazon SES Developer Guide: http://docs.aws.amazon.com/ses/latest/DeveloperGuide/remove-from-suppressionlist.html',
	'Amazon SES did not send the message to this address because it is on the suppression list for your account. For more information about removing addresses from the suppression list, see the Amazon SES Developer Guide at https://docs.aws.amazon.com/ses/latest/DeveloperGuide/sending-email-suppression-list.html',
];

export const amazonSes: PublishedList = {
	provider: 'amazon-ses',
	name: 'Amazon SES',
	title: 'Amazon SES: SMTP response codes, suppression lists',
	source: 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html',
	host: 'email-smtp.us-east-1.amazonaws.com',
	recipient: 'bob@example.net',
	entries: entriesOf(LINES, worded),
};
