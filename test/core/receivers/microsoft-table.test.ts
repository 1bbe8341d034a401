import {describe, expect, it} from 'vitest';
import {inRange} from '../../../src/core/receivers';
import {resolve} from './helpers';

// Every row of Microsoft's "Email non-delivery reports and SMTP errors in Exchange Online" table
// (learn.microsoft.com, 2024 version: 67 rows, codes written as ranges or pairs split here), as
// Exchange Online writes the reply, with one of its server names.
const TABLE: Array<[code: string, words: string]> = [
	['432 4.3.2', 'STOREDRV.Deliver; recipient thread limit exceeded'],
	['451 4.4.316', 'Connection refused [Message=Socket error code 10061]'],
	['450 4.4.7', 'Message expired'],
	['451 4.4.8', 'MX hosts of example.net failed MTA-STS validation'],
	['452 4.5.3', 'Too many recipients'],
	['451 4.7.5', 'Remote certificate failed MTA-STS validation. Reason: RemoteCertificateNameMismatch'],
	['451 4.7.26', 'Access denied, a message sent over IPv6 [2a01::1] must pass either SPF or DKIM validation, this message is not signed'],
	['451 4.7.321', 'starttls-not-supported: Destination mail server must support TLS to receive mail.'],
	['451 4.7.322', "certificate-expired: Destination mail server's certificate is expired."],
	['451 4.7.323', 'tlsa-invalid: The domain failed DANE validation.'],
	['451 4.7.324', 'dnssec-invalid: Destination domain returned invalid DNSSEC records'],
	['451 4.7.325', 'certificate-host-mismatch: Remote certificate MUST have a common name'],
	['451 4.7.500', 'Access denied, please try again later'],
	['451 4.7.850', 'Access denied, please try again later'],
	['550 5.0.350', 'Requested action not taken: policy violation detected (AS345)'],
	['550 5.1.0', 'Sender denied'],
	['550 5.1.1', 'Bad destination mailbox address'],
	['550 5.1.8', 'Access denied, bad outbound sender'],
	['550 5.1.10', 'Recipient not found'],
	['550 5.1.90', "Your message can't be sent because you've reached your daily limit for message recipients"],
	['550 5.2.2', 'Submission quota exceeded'],
	['550 5.2.121', "Recipient's per hour message receive limit from specific sender exceeded"],
	['550 5.2.122', "Recipient's per hour message receive limit exceeded"],
	['550 5.3.190', 'Journaling on-premises messages to Microsoft 365 or Office 365 not supported when Journaling Archive is disabled'],
	['550 5.4.1', 'Relay Access Denied'],
	['550 5.4.1', 'Recipient address rejected: Access denied'],
	['554 5.4.6', 'Routing loop detected'],
	['554 5.4.14', 'Routing loop detected'],
	['550 5.4.8', 'MX hosts of example.net failed MTA-STS validation'],
	['550 5.4.300', 'Message expired'],
	['550 5.5.0', 'Requested action not taken: mailbox unavailable'],
	['550 5.6.11', 'Invalid characters'],
	['550 5.7.1', 'Delivery not authorized'],
	['550 5.7.1', 'Unable to relay'],
	['530 5.7.1', 'Client was not authenticated'],
	['550 5.7.5', 'Remote certificate failed MTA-STS validation'],
	['550 5.7.12', 'Sender was not authenticated by organization'],
	['550 5.7.23', 'The message was rejected because of Sender Policy Framework violation'],
	['530 5.7.57', 'Client was not authenticated to send anonymous mail during MAIL FROM'],
	['550 5.7.64', 'TenantAttribution; Relay Access Denied'],
	['550 5.7.124', 'Sender not in allowed-senders list'],
	['550 5.7.133', 'Sender not authenticated for group'],
	['550 5.7.134', 'Sender was not authenticated for mailbox'],
	['550 5.7.13', 'Sender was not authenticated for public folder'],
	['550 5.7.135', 'Sender was not authenticated for public folder'],
	['550 5.7.136', 'Sender was not authenticated'],
	['550 5.7.25', 'Access denied, the sending IPv6 address [2a01::1] must have a reverse DNS record'],
	['550 5.7.321', 'starttls-not-supported'],
	['550 5.7.322', 'certificate-expired'],
	['550 5.7.323', 'tlsa-invalid'],
	['550 5.7.324', 'dnssec-invalid'],
	['550 5.7.325', 'certificate-host-mismatch'],
	['550 5.7.501', 'Access denied, spam abuse detected'],
	['550 5.7.502', 'Access denied, banned sender'],
	['550 5.7.503', 'Access denied, banned sender'],
	['550 5.7.504', 'Recipient address rejected: Access denied'],
	['550 5.7.505', 'Access denied, banned recipient'],
	['550 5.7.506', 'Access Denied, Bad HELO'],
	['550 5.7.507', 'Access denied, rejected by recipient'],
	['550 5.7.508', 'Access denied, [192.0.2.1] has exceeded permitted limits within /64 range'],
	['550 5.7.509', 'Access denied, sending domain [example.org] does not pass DMARC verification'],
	['550 5.7.510', 'Access denied, [contoso.com] does not accept email over IPv6'],
	['550 5.7.511', 'Access denied, banned sender'],
	['550 5.7.512', 'Access denied, message must be RFC 5322 section 3.6.2 compliant'],
	['550 5.7.513', 'Service unavailable, Client host [192.0.2.1] blocked by contoso.com using Customer Block list (AS16012607)'],
	['550 5.7.606', 'Access denied, banned sending IP [192.0.2.1]'],
	['550 5.7.703', "Your message can't be delivered because messages to XXX are blocked by your organization using Tenant Allow Block List."],
	['550 5.7.705', 'Access denied, tenant has exceeded threshold'],
	['550 5.7.708', 'Access denied, traffic not accepted from this IP'],
	['550 5.7.750', 'Service unavailable. Client blocked from sending from unregistered domains'],
	['550 5.7.800', 'Access denied, banned sender'],
	['550 5.2.2', "The message can't be submitted because the sender's submission quota was exceeded"],
];

const HOST = ' [DM6PR11MB1234.namprd11.prod.outlook.com]';

describe("Microsoft's NDR table", () => {
	it.each(TABLE)('%s %s finds the Microsoft rule for its own code', (code, words) => {
		const found = resolve(`${code} ${words}${HOST}`);
		const status = code.split(' ')[1] ?? '';
		expect(found?.provider).toBe('microsoft');
		const ruled = found?.rule.status;
		expect(typeof ruled === 'object' ? inRange(status, ruled) : ruled).toBe(typeof ruled === 'object' ? true : status);
	});
});
