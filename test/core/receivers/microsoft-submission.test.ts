import {describe, expect, it} from 'vitest';
import {testRows} from './bounce';
import {resolve, type Row} from './helpers';

// Lines written from Microsoft's pages on SMTP AUTH ("Enable or disable SMTP AUTH in Exchange Online"),
// legacy TLS, Send As permissions and external forwarding, as smtp.office365.com and Exchange Online write them.
const rows: Row[] = [
	['535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR02CA0001.eurprd02.prod.outlook.com]', 'microsoft', 'securityerror', /SMTP AUTH is turned off/],
	['535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.', 'microsoft', 'securityerror', /SMTP AUTH is turned off/],
	["535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator. [BN9PR03CA0001.namprd03.prod.outlook.com]", 'microsoft', 'securityerror', /SMTP login refused/],
	['535 5.7.3 Authentication unsuccessful [SN4PR0601CA0001.namprd06.prod.outlook.com]', 'microsoft', 'securityerror', /wrong credentials/],
	['535 5.7.3 Authentication unsuccessful', 'microsoft', 'securityerror', /wrong credentials/],
	['421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls. [MAXPR0101CA0021.INDPRD01.PROD.OUTLOOK.COM]', 'microsoft', 'securityerror', /TLS 1\.0 and 1\.1/],
	['554 5.2.252 SendAsDenied; alice@contoso.com not allowed to send as noreply@contoso.com; STOREDRV.Submit; sender not allowed', 'microsoft', 'rejected', /Send As denied/],
	['550 5.7.60 SMTP; Client does not have permissions to send as this sender [BY2PR1001MB1094.namprd10.prod.outlook.com]', 'microsoft', 'rejected', /may not send as/],
	['550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)', 'microsoft', 'policyviolation', /forwarding/],
];

describe('microsoft 365 submission and forwarding rules', () => {
	testRows(rows, 'smtp.office365.com', 'bob@contoso.com');

	it('reads 5.7.3 as a failed login only in Microsoft’s words', () => {
		expect(resolve('554 5.7.3 Security conversion required but not possible')).toBeUndefined();
		expect(resolve('535 5.7.8 Authentication credentials invalid')?.title ?? '').not.toMatch(/wrong credentials/);
	});

	it('leaves an AS tag on another code to the tag’s own reading', () => {
		expect(resolve('550 5.7.1 Message blocked AS(7124) [hotmail-com.olc.protection.outlook.com]')?.title).toMatch(/anti-spam rule tag/);
	});
});
