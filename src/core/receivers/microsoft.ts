// Microsoft Exchange Online / Microsoft 365 (and Exchange Server NDRs).
// Facts: Microsoft's "Email non-delivery reports and SMTP errors in Exchange Online" table and its
// per-code "Fix email delivery issues for error code …" articles (learn.microsoft.com). The exact codes
// live in microsoft-delivery.ts, -mailbox.ts, -permissions.ts, -access.ts, -submission.ts (SMTP AUTH,
// Send As, forwarding) and -transport.ts (in that order: the order breaks ties), ranges and component
// prefixes in microsoft-ranges.ts.

import type {Receiver} from '../types';
import {defineReceiver} from './define';
import {MICROSOFT_ACCESS} from './microsoft-access';
import {MICROSOFT_DELIVERY} from './microsoft-delivery';
import {MICROSOFT_MAILBOX} from './microsoft-mailbox';
import {MICROSOFT_PERMISSIONS} from './microsoft-permissions';
import {microsoftComponentRules, microsoftRangeRules} from './microsoft-ranges';
import {MICROSOFT_SUBMISSION} from './microsoft-submission';
import {MICROSOFT_TRANSPORT} from './microsoft-transport';

export const microsoft: Receiver = defineReceiver({
	id: 'microsoft',
	name: 'Microsoft 365 / Exchange Online',
	detect: [
		/\.prod\.outlook\.com\b/i,
		/\.protection\.outlook\.com\b/i,
		/\bmail\.protection\.outlook\.com\b/i,
		/\b(?:RESOLVER\.(?:ADR|RST)|STOREDRV\.(?:Deliver|Submit)|QUEUE\.Expired|SMTPSEND\.)/i,
		/\bMicrosoft Exchange\b|\bExchange Online\b|\bOffice 365\b|\bMicrosoft 365\b/i,
		// Words only Exchange writes: its SMTP AUTH setting, Send As and group agent names, its link for them, and the
		// failed-AUTH reply of its SMTP service (535 5.7.3, MS-SMTPNTLM §2.2.1.4).
		/\bSmtpClientAuthentication\b|\bSendAsDenied|\bUnifiedGroupAgent\b|\baka\.ms\/smtp_auth|\b5\.7\.3 Authentication unsuccessful\b/i,
		// The anti-spam rule tags of Exchange Online Protection, which filters Microsoft 365 and Outlook.com
		// alike ("… external forwarding. … AS(7555)"): both receivers are then asked, Microsoft 365's
		// exact codes first, Outlook.com's wording next.
		/\(AS\d{3,9}\)|\bAS\(\d{3,9}\)/,
	],
	rules: [...MICROSOFT_DELIVERY, ...MICROSOFT_MAILBOX, ...MICROSOFT_PERMISSIONS, ...MICROSOFT_ACCESS, ...MICROSOFT_SUBMISSION, ...MICROSOFT_TRANSPORT, ...microsoftRangeRules, ...microsoftComponentRules],
});
