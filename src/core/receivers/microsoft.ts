// Microsoft Exchange Online / Microsoft 365 (and Exchange Server NDRs).
// Facts: Microsoft's "Email non-delivery reports and SMTP errors in Exchange Online" table and its
// per-code "Fix email delivery issues for error code …" articles (learn.microsoft.com). The exact codes
// live in microsoft-delivery.ts, -mailbox.ts, -permissions.ts and -access.ts (in that order: the order
// breaks ties), ranges and component prefixes in microsoft-ranges.ts.

import type {Receiver} from '../types';
import {MICROSOFT_ACCESS} from './microsoft-access';
import {MICROSOFT_DELIVERY} from './microsoft-delivery';
import {MICROSOFT_MAILBOX} from './microsoft-mailbox';
import {MICROSOFT_PERMISSIONS} from './microsoft-permissions';
import {microsoftComponentRules, microsoftRangeRules} from './microsoft-ranges';

export const microsoft: Receiver = {
	id: 'microsoft',
	name: 'Microsoft 365 / Exchange Online',
	detect: [
		/\.prod\.outlook\.com\b/i,
		/\.protection\.outlook\.com\b/i,
		/\bmail\.protection\.outlook\.com\b/i,
		/\b(?:RESOLVER\.(?:ADR|RST)|STOREDRV\.(?:Deliver|Submit)|QUEUE\.Expired|SMTPSEND\.)/i,
		/\bMicrosoft Exchange\b|\bExchange Online\b|\bOffice 365\b|\bMicrosoft 365\b/i,
	],
	rules: [...MICROSOFT_DELIVERY, ...MICROSOFT_MAILBOX, ...MICROSOFT_PERMISSIONS, ...MICROSOFT_ACCESS, ...microsoftRangeRules, ...microsoftComponentRules],
};
