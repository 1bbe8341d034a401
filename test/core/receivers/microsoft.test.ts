import {describe, expect, it} from 'vitest';
import {resolve, type Row} from './helpers';

// Lines written from Microsoft's NDR reference (learn.microsoft.com, "Email non-delivery reports and
// SMTP errors in Exchange Online") and the NDR layouts in the research notes.
const rows: Row[] = [
	["Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'", 'microsoft', 'userunknown', /Recipient not found/],
	['#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##', 'microsoft', 'userunknown', /does not exist/],
	['Reported error: 550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found', 'microsoft', 'userunknown', /does not exist/],
	['#550 4.4.7 QUEUE.Expired; message expired ##', 'microsoft', 'expired', /expired in the queue/],
	['451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mx.example.com] [BN8NAM11FT003.eop-nam11.prod.protection.outlook.com]', 'microsoft', 'networkerror', /refused the connection/],
	['550 5.4.316 Message expired, connection refused(Socket error code 10061) [DM6NAM10FT012.eop-nam10.prod.protection.outlook.com]', 'microsoft', 'networkerror', /Could not reach/],
	['550 5.4.312 Message expired, DNS query failed [Message=InfoNoRecords] [CO1NAM11FT004.eop-nam11.prod.protection.outlook.com]', 'microsoft', 'networkerror', /Could not reach/],
	['451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com]', 'microsoft', 'badreputation', /IP reputation/],
	['451 4.7.500 Server busy. Please try again later from [192.0.2.2]. (AS761) [DB5EUR03FT016.eop-EUR03.prod.protection.outlook.com]', 'microsoft', 'blocked', /suspicious activity/],
	['550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ and follow the directions. [AM5EUR03FT026.eop-EUR03.prod.protection.outlook.com]', 'microsoft', 'blocked', /banned by Microsoft/],
	['550 5.7.649 Access denied, banned sending IP [192.0.2.1]. [AM5EUR03FT026.eop-EUR03.prod.protection.outlook.com]', 'microsoft', 'blocked', /banned by Microsoft/],
	['550 5.7.509 Access denied, sending domain [EXAMPLE.COM] does not pass DMARC verification and has a DMARC policy of reject. [SN1NAM02FT012.eop-nam02.prod.protection.outlook.com]', 'microsoft', 'authfailure', /DMARC/],
	['550 5.7.513 Service unavailable, Client host [192.0.2.1] blocked by contoso.com using Customer Block list (AS16012607) [AM5EUR03FT026.eop-EUR03.prod.protection.outlook.com]', 'microsoft', 'blocked', /block list/],
	['550 5.7.1 Delivery not authorized, message refused [DM6PR11MB1234.namprd11.prod.outlook.com]', 'microsoft', 'rejected', /Not allowed/],
	['550 5.7.1 Unable to relay [BL2NAM02FT012.eop-nam02.prod.protection.outlook.com]', 'microsoft', 'norelaying', /relay/],
	['530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful [MN2PR01CA0012.prod.exchangelabs.com] Microsoft 365', 'microsoft', 'securityerror', /without login/],
	['550 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM [BN6PR1201CA0001.namprd12.prod.outlook.com]', 'microsoft', 'securityerror', /without login/],
	['550 5.7.64 TenantAttribution; Relay Access Denied [SN1NAM01FT025.eop-nam01.prod.protection.outlook.com]', 'microsoft', 'norelaying', /connector/],
	['550 5.7.124 Sender not in allowed-senders list [DM5PR06MB1234.namprd06.prod.outlook.com]', 'microsoft', 'rejected', /allowed senders/],
	['550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated for group', 'microsoft', 'rejected', /Group refuses/],
	['550 5.7.13 RESOLVER.RST.AuthRequired; authentication required; Sender was not authenticated for public folder', 'microsoft', 'rejected', /Public folder/],
	['550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to recipients', 'microsoft', 'rejected', /permission/],
	['554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded', 'microsoft', 'mailboxfull', /mailbox full/],
	['550 5.2.2 Submission quota exceeded [DM5PR06MB1234.namprd06.prod.outlook.com]', 'microsoft', 'speeding', /submission quota/],
	["550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients [CY4PR01MB1234.prod.exchangelabs.com] Office 365", 'microsoft', 'speeding', /Daily recipient limit/],
	["550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded. [DM6PR11MB1234.namprd11.prod.outlook.com]", 'microsoft', 'speeding', /this hour/],
	["550 5.2.122 Recipient's per hour message receive limit exceeded. [DM6PR11MB1234.namprd11.prod.outlook.com]", 'microsoft', 'speeding', /hourly receive limit/],
	['550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR03FT016.eop-EUR03.prod.protection.outlook.com]', 'microsoft', 'userunknown', /edge blocking/],
	['550 5.4.1 Relay Access Denied [AM5EUR03FT026.eop-EUR03.prod.protection.outlook.com]', 'microsoft', 'norelaying', /Relay access denied/],
	['554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [SN1NAM02FT012.eop-nam02.prod.protection.outlook.com]', 'microsoft', 'networkerror', /loop/],
	['550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA', 'microsoft', 'contenterror', /Bare line feeds/],
	['550 5.1.8 Access denied, bad outbound sender. AS(42004) [BN8NAM11FT003.eop-nam11.prod.protection.outlook.com]', 'microsoft', 'rejected', /blocked for spam/],
	['550 5.7.708 Access denied, traffic not accepted from this IP. [AM5EUR03FT026.eop-EUR03.prod.protection.outlook.com]', 'microsoft', 'blocked', /not accepted from this IP/],
	['550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. [AM5EUR03FT026.eop-EUR03.prod.protection.outlook.com]', 'microsoft', 'rejected', /unregistered/],
	['550 5.7.705 Access denied, tenant has exceeded threshold. [AM5EUR03FT026.eop-EUR03.prod.protection.outlook.com]', 'microsoft', 'blocked', /threshold/],
	['550 5.7.712 Access denied, tenant has exceeded threshold. [AM5EUR03FT026.eop-EUR03.prod.protection.outlook.com]', 'microsoft', 'blocked', /Tenant outbound mail banned/],
	['550 5.7.502 Access denied, banned sender [AM5EUR03FT026.eop-EUR03.prod.protection.outlook.com]', 'microsoft', 'rejected', /account banned/],
	['550 5.7.23 The message was rejected because of Sender Policy Framework violation [SN1NAM02FT012.eop-nam02.prod.protection.outlook.com]', 'microsoft', 'authfailure', /SPF violation/],
	['550 5.7.925 Delivery not authorized, message refused [DM6PR11MB1234.namprd11.prod.outlook.com]', 'microsoft', 'policyviolation', /mail flow/],
	['STOREDRV.Deliver: The specified mailbox is unavailable', 'microsoft', 'systemerror', /store driver/],
];

describe('microsoft receiver', () => {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
	});

	it('treats 5.1.10 as permanent and userunknown', () => {
		const found = resolve('550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup');
		expect(found?.provider).toBe('microsoft');
		expect(found?.reason).toBe('userunknown');
		expect(found?.rule.retry).toBe('do-not-retry');
		expect(found?.rule.status).toBe('5.1.10');
	});

	it('reads 4.7.650 as IP reputation: retry later at a lower volume', () => {
		const found = resolve('451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation.', {provider: 'microsoft'});
		expect(found?.rule.status).toBe('4.7.650');
		expect(found?.reason).toBe('badreputation');
		expect(found?.rule.retry).toBe('will-retry');
		expect(found?.rule.meaning).toMatch(/reputation/i);
		expect(found?.rule.meaning).toMatch(/lower volume/i);
	});

	it('gives every code of 5.7.606–649 the range meaning, and nothing outside it', () => {
		for (let detail = 606; detail <= 649; detail++) {
			const found = resolve('550 Access denied', {status: `5.7.${detail}`, provider: 'microsoft'});
			expect(found?.rule.status).toEqual({from: '5.7.606', to: '5.7.649'});
		}
		expect(resolve('550 Access denied', {status: '5.7.650', provider: 'microsoft'})?.rule.status).not.toEqual({from: '5.7.606', to: '5.7.649'});
		expect(resolve('550 Access denied', {status: '4.7.606', provider: 'microsoft'})?.rule.status).not.toEqual({from: '5.7.606', to: '5.7.649'});
	});

	it('lets an exact code beat the range that contains it (4.7.650 inside 4.7.500–699)', () => {
		expect(resolve('451 x', {status: '4.7.650', provider: 'microsoft'})?.rule.status).toBe('4.7.650');
		expect(resolve('451 x', {status: '4.7.651', provider: 'microsoft'})?.rule.status).toEqual({from: '4.7.500', to: '4.7.699'});
	});
});
