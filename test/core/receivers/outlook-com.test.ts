import {describe, expect, it} from 'vitest';
import {outlookCom} from '../../../src/core/receivers';
import {readInBounce, testRows} from './bounce';
import {resolve, type Row} from './helpers';

// Lines written from the Outlook.com postmaster troubleshooting table and the replies its servers send
// (Hotmail's codes after the reply code; the S tags and AS tags at the end of newer replies).
const HOTMAIL = (code: string, words: string) => `${code} (BAY004-MC1F12) Unfortunately, messages from 192.0.2.1 weren't sent. ${words}`;
const rows: Row[] = [
	[HOTMAIL('550 SC-001', 'Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges.'), 'outlook-com', 'badreputation', /SC-001/],
	[HOTMAIL('550 SC-002', 'Mail rejected by Outlook.com for policy reasons. The mail server IP connecting to Outlook.com has exhibited namespace mining behavior.'), 'outlook-com', 'policyviolation', /SC-002/],
	[HOTMAIL('550 SC-003', 'Mail rejected by Outlook.com for policy reasons. Your IP address appears to be an open proxy/relay.'), 'outlook-com', 'blocked', /SC-003/],
	[HOTMAIL('550 SC-004', 'Mail rejected by Outlook.com for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address.'), 'outlook-com', 'blocked', /SC-004/],
	[HOTMAIL('550 DY-001', "Mail rejected by Outlook.com for policy reasons. We generally do not accept email from dynamic IP's."), 'outlook-com', 'blocked', /DY-001/],
	[HOTMAIL('550 DY-002', 'Mail rejected by Outlook.com for policy reasons. The mail server IP connecting to Outlook.com server has been identified as a compromised or virus infected server/personal computer.'), 'outlook-com', 'blocked', /DY-002/],
	[HOTMAIL('550 OU-001', 'Mail rejected by Outlook.com for policy reasons. For more information about this block and to request removal please go to: Spamhaus.'), 'outlook-com', 'blocked', /OU-001/],
	[HOTMAIL('550 OU-002', 'Mail rejected by Outlook.com for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation problems.'), 'outlook-com', 'badreputation', /OU-002/],
	[HOTMAIL('421 RP-001', 'Please try again. We have limits for how many messages can be sent per hour and per day.'), 'outlook-com', 'speeding', /RP-001/],
	[HOTMAIL('421 RP-002', 'The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed on this connection.'), 'outlook-com', 'speeding', /RP-002/],
	[HOTMAIL('421 RP-003', 'The mail server IP connecting to Outlook.com server has exceeded the connection limit allowed.'), 'outlook-com', 'toomanyconn', /RP-003/],
	["550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM5EUR03FT026.eop-EUR03.prod.protection.outlook.com]", 'outlook-com', 'blocked', /S3150/],
	["550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", 'outlook-com', 'blocked', /S3140/],
	['451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com]', 'outlook-com', 'badreputation', /S775/],
	['451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S843)', 'outlook-com', 'badreputation', /S843/],
	['451 4.7.652 The mail server [192.0.2.251] has exceeded the maximum number of connections. (S3115) [BN3PEPF0000B370.namprd21.prod.outlook.com]', 'outlook-com', 'toomanyconn', /S3115/],
	['550 5.7.515 Access denied, sending domain [EXAMPLE.ORG] does not meet the required authentication level. [DB1PEPF000509E4.eurprd03.prod.outlook.com]', 'outlook-com', 'authfailure', /high-volume sender/],
	["550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list. [hotmail-com.olc.protection.outlook.com]", 'outlook-com', 'blocked', /network block list/],
	['550 5.7.1 Message blocked AS(7124) [hotmail-com.olc.protection.outlook.com]', 'outlook-com', 'blocked', /anti-spam rule tag/],
];

describe('outlook.com receiver', () => {
	testRows(rows, 'hotmail-com.olc.protection.outlook.com', 'bob@hotmail.com');

	it.each(rows)('%s: the decoder names the recipient’s provider Outlook.com', line => {
		expect(readInBounce(line, 'hotmail-com.olc.protection.outlook.com', 'bob@hotmail.com').recipient?.provider).toBe('outlook-com');
	});

	it('gives every Outlook.com rule a tested row', () => {
		for (const rule of outlookCom.rules) expect(rows.some(([line]) => resolve(line)?.rule === rule), rule.title).toBe(true);
	});

	it.each(['550 5.1.1 <sc-001@example.net>: Recipient address rejected: User unknown', '550 5.7.1 Message rejected, ticket RP-0012 opened', '550 5.7.515 Message rejected by policy at mx.example.net'])('does not read %s as its own', line => {
		expect(resolve(line)?.provider).not.toBe('outlook-com');
	});
});

describe('outlook.com receiver, inside replies', () => {

	it('reads a Hotmail code inside a reply whose tags came from the code scanner (which marks none of them)', () => {
		for (const [line, , , title] of rows.slice(0, 11)) expect(resolve(`host mx4.hotmail.com[192.0.2.9] said: ${line}`, {tags: []})?.title).toMatch(title);
	});

	it('gives the AS tag of Microsoft’s filter to Microsoft 365 where it has the code', () => {
		expect(resolve('451 4.7.500 Try again later (AS843) [hotmail-com.olc.protection.outlook.com]')?.provider).toBe('microsoft');
	});

	it('takes no look-alike for a Hotmail code when the scanner gave the tags', () => {
		expect(resolve('550 5.1.1 <sc-001@example.net>: Recipient address rejected: User unknown', {tags: []})?.provider).not.toBe('outlook-com');
		expect(resolve('550 5.7.1 Message rejected, ticket RP-0012 opened', {tags: []})?.provider).not.toBe('outlook-com');
	});
});
