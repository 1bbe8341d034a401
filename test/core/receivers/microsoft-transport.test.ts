import {describe, expect, it} from 'vitest';
import {testRows} from './bounce';
import {resolve, type Row} from './helpers';

// Lines written from Microsoft's "Email non-delivery reports and SMTP errors in Exchange Online" table
// and its per-code articles, as Exchange Online writes them.
const rows: Row[] = [
	['432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded [DM6PR11MB1234.namprd11.prod.outlook.com]', 'microsoft', 'speeding', /thread limit/],
	['452 4.5.3 Too many recipients [CO1NAM11FT004.eop-nam11.prod.protection.outlook.com]', 'microsoft', 'toomanyconn', /Too many recipients/],
	['451 4.4.8 MX hosts of example.net failed MTA-STS validation. [BN8NAM11FT003.eop-nam11.prod.protection.outlook.com]', 'microsoft', 'securityerror', /MTA-STS policy \(retrying\)/],
	['550 5.4.8 MX hosts of example.net failed MTA-STS validation. [BN8NAM11FT003.eop-nam11.prod.protection.outlook.com]', 'microsoft', 'securityerror', /MTA-STS policy$/],
	['451 4.7.5 Remote certificate failed MTA-STS validation. Reason: RemoteCertificateNameMismatch [BN8NAM11FT003.eop-nam11.prod.protection.outlook.com]', 'microsoft', 'securityerror', /fails MTA-STS \(retrying\)/],
	['550 5.7.5 Remote certificate failed MTA-STS validation. Reason: RemoteCertificateChainErrors [BN8NAM11FT003.eop-nam11.prod.protection.outlook.com]', 'microsoft', 'securityerror', /fails MTA-STS$/],
	['450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot] [LastAttemptedServerName=mx.example.net] [SN1NAM02FT012.eop-nam02.prod.protection.outlook.com]', 'microsoft', 'securityerror', /incomplete certificate chain/],
	['550 5.1.20 Multiple From addresses are not allowed without Sender address [DM6PR11MB1234.namprd11.prod.outlook.com]', 'microsoft', 'notcompliantrfc', /Several From addresses/],
	["550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member or external senders aren't permitted to send to this group.", 'microsoft', 'rejected', /group does not take mail from outside/],
	['550 5.7.800 Access denied, banned sender [AM5EUR03FT026.eop-EUR03.prod.protection.outlook.com]', 'microsoft', 'blocked', /domain banned/],
];

describe('microsoft 365 transport rules', () => {
	testRows(rows, 'contoso-com.mail.protection.outlook.com', 'bob@contoso.com');

	it('gives 4.3.2 the thread-limit meaning only with those words', () => {
		expect(resolve('432 4.3.2 System not accepting network messages [DM6PR11MB1234.namprd11.prod.outlook.com]')?.title ?? '').not.toMatch(/thread limit/);
		expect(resolve('450 4.4.317 Cannot connect to remote server [Message=TimedOut] [DM6PR11MB1234.namprd11.prod.outlook.com]')?.title ?? '').not.toMatch(/certificate/);
	});

	it('keeps Microsoft’s codes to Microsoft: the same numbers from another server get no Microsoft card', () => {
		expect(resolve('452 4.5.3 Too many recipients', {provider: 'postfix'})?.provider).not.toBe('microsoft');
		expect(resolve('550 5.7.193 rejected by policy at mx.example.net')?.provider).not.toBe('microsoft');
	});
});
