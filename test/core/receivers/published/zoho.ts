// Zoho's reply texts as its help pages and Sisimai's Rhost/Zoho.pm list them.
import {entriesOf, worded, type PublishedList} from './types';

const LINES: string[] = [
	'550 5.4.6 Unusual sending activity detected. Please contact your administrator (mx.zoho.com)',
	'541 5.4.1 Mail rejected by destination domain',
	'452 <neko@zoho.com> Mailbox delivery restricted by policy error',
	'554 5.7.7 Email policy violation detected',
	'554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.',
	'550 5.7.1 Email rejected per DMARC policy for example.com',
	'552 5.7.1 virus Win.Test.EICAR_HDB-1 detected by Zoho Mail',
	'550 5.1.1 User does not exist - <neko@zoho.com>',
	'552 5.1.1 <neko@zoho.com> Mailbox delivery failure policy error',
	'452 4.3.1 Temporary System Error',
];

export const zoho: PublishedList = {
	provider: 'zoho',
	name: 'Zoho Mail',
	title: 'Zoho Mail: usage policy, blocked accounts, DMARC; Sisimai Rhost/Zoho',
	source: 'https://www.zoho.com/mail/help/usage-policy.html',
	host: 'mx.zoho.com',
	recipient: 'neko@zoho.com',
	entries: entriesOf(LINES, worded),
	// Rhost/Zoho.pm's one other text, "451 4.7.1 Greylisted, try again after some time", is greylisting,
	// which the greylisting situation's card explains whoever's server says it.
};
