// Outlook.com's legacy Hotmail codes and the S tags its postmaster pages name, as its servers write them.
import {coded, entriesOf, type PublishedList} from './types';

const HOTMAIL = (code: string, words: string): string => `${code} (BAY004-MC1F12) Unfortunately, messages from 192.0.2.1 weren't sent. ${words}`;
const LINES: string[] = [
	HOTMAIL('550 SC-001', 'Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges.'),
	HOTMAIL('550 SC-002', 'Mail rejected by Outlook.com for policy reasons. The mail server IP connecting to Outlook.com has exhibited namespace mining behavior.'),
	HOTMAIL('550 SC-003', 'Mail rejected by Outlook.com for policy reasons. Your IP address appears to be an open proxy/relay.'),
	HOTMAIL('550 SC-004', 'Mail rejected by Outlook.com for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address.'),
	HOTMAIL('550 DY-001', "Mail rejected by Outlook.com for policy reasons. We generally do not accept email from dynamic IP's."),
	HOTMAIL('550 DY-002', 'Mail rejected by Outlook.com for policy reasons. The mail server IP connecting to Outlook.com server has been identified as a compromised or virus infected server/personal computer.'),
	HOTMAIL('550 OU-001', 'Mail rejected by Outlook.com for policy reasons. For more information about this block and to request removal please go to: Spamhaus.'),
	HOTMAIL('550 OU-002', 'Mail rejected by Outlook.com for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation problems.'),
	HOTMAIL('421 RP-001', 'Please try again. We have limits for how many messages can be sent per hour and per day.'),
	HOTMAIL('421 RP-002', 'The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed on this connection.'),
	HOTMAIL('421 RP-003', 'The mail server IP connecting to Outlook.com server has exceeded the connection limit allowed.'),
	"550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM5EUR03FT026.eop-EUR03.prod.protection.outlook.com]",
	"550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
	'451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com]',
	'451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S843)',
	'451 4.7.652 The mail server [192.0.2.251] has exceeded the maximum number of connections. (S3115) [BN3PEPF0000B370.namprd21.prod.outlook.com]',
	'550 5.7.515 Access denied, sending domain [EXAMPLE.ORG] does not meet the required authentication level. [DB1PEPF000509E4.eurprd03.prod.outlook.com]',
	"550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list. [hotmail-com.olc.protection.outlook.com]",
	'550 5.7.1 Message blocked AS(7124) [hotmail-com.olc.protection.outlook.com]',
];

export const outlookCom: PublishedList = {
	provider: 'outlook-com',
	name: 'Outlook.com',
	title: 'Outlook.com postmaster troubleshooting (SC-, DY-, OU-, RP- codes) and the S and AS tags of its replies',
	source: 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx',
	host: 'hotmail-com.olc.protection.outlook.com',
	recipient: 'bob@hotmail.com',
	entries: entriesOf(LINES, coded(/\b(?:SC|DY|OU|RP)-00\d\b|\(S\d{3,4}\)|5\.7\.515|AS\(\d+\)/)),
};
