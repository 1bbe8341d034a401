import {describe, expect, it} from 'vitest';
import {zoho} from '../../../src/core/receivers/zoho';
import {testTable} from './bounce';
import {resolve} from './helpers';

// Replies of Zoho's MX as senders' logs quote them (mx.zoho.com, smtpin.zoho.com).
testTable({
	receiver: zoho,
	host: 'mx.zoho.com',
	recipient: 'neko@zoho.com',
	rows: [
		['550 5.4.6 Unusual sending activity detected. Please contact your administrator (mx.zoho.com)', 'securityerror', /outgoing mail is blocked/],
		['541 5.4.1 Mail rejected by destination domain', 'rejected', /recipient domain’s own filter/],
		['452 <neko@zoho.com> Mailbox delivery restricted by policy error', 'policyviolation', /restricted by policy/],
		['554 5.7.7 Email policy violation detected', 'policyviolation', /email policy/],
		['554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.', 'spamdetected', /flagged as spam/],
		['550 5.7.1 Email rejected per DMARC policy for example.com', 'authfailure', /DMARC/],
		['552 5.7.1 virus Win.Test.EICAR_HDB-1 detected by Zoho Mail', 'virusdetected', /virus/],
		['550 5.1.1 User does not exist - <neko@zoho.com>', 'userunknown', /no mailbox/],
		['552 5.1.1 <neko@zoho.com> Mailbox delivery failure policy error', 'userunknown', /no mailbox/],
		['452 4.3.1 Temporary System Error', 'systemerror', /temporary/],
	],
	lookalikes: ['550 5.1.1 User does not exist', '452 4.3.1 Temporary System Error', '550 5.4.6 Routing loop detected', 'see zoho.community.example'],
});

describe('Zoho’s own meanings of standard codes', () => {
	it('does not read 5.4.6 or 5.4.1 as routing from Zoho', () => {
		expect(resolve('550 5.4.6 Unusual sending activity detected (smtp.zoho.com)')?.title).not.toMatch(/loop/i);
		expect(resolve('541 5.4.1 Mail rejected by destination domain (mx.zoho.eu)')?.provider).toBe('zoho');
	});
});
