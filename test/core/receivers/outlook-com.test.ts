import {describe, expect, it} from 'vitest';
import {resolve, type Row} from './helpers';

const rows: Row[] = [
	["550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM5EUR03FT026.eop-EUR03.prod.protection.outlook.com]", 'outlook-com', 'blocked', /S3150/],
	["550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", 'outlook-com', 'blocked', /S3140/],
	['451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com]', 'outlook-com', 'badreputation', /S775/],
	['451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S843)', 'outlook-com', 'badreputation', /S843/],
	['451 4.7.652 The mail server [192.0.2.251] has exceeded the maximum number of connections. (S3115) [BN3PEPF0000B370.namprd21.prod.outlook.com]', 'outlook-com', 'toomanyconn', /S3115/],
	["550 SC-001 (BAY004-MC1F12) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges.", 'outlook-com', 'badreputation', /SC-001/],
	["421 RP-001 (BAY004-MC1F12) Unfortunately, some messages from 192.0.2.1 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day.", 'outlook-com', 'speeding', /RP-001/],
	["550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list. [hotmail-com.olc.protection.outlook.com]", 'outlook-com', 'blocked', /network block list/],
	['451 4.7.500 Try again later (AS843) [hotmail-com.olc.protection.outlook.com]', 'microsoft', 'blocked', /suspicious activity/],
	['550 5.7.1 Message blocked AS(7124) [hotmail-com.olc.protection.outlook.com]', 'outlook-com', 'blocked', /anti-spam rule tag/],
];

describe('outlook.com receiver', () => {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
	});
});
