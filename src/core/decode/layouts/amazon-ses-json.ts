// Amazon SES notifications delivered as JSON through SNS e-mail subscriptions:
// {"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"emailAddress":…,"status":…,
// "diagnosticCode":…}]}} and {"notificationType":"Delivery","delivery":{"recipients":[…],
// "smtpResponse":"250 …"}} (AWS SES developer guide, "Amazon SNS notification contents").
// Read with linear regexes, not JSON.parse: SNS wraps long lines, which breaks the JSON.
import type {Layout, LayoutHit} from './types';
import type {Reason} from '../../types';
import {cleanAddress, fold} from '../text';

const BOUNCE_SUBTYPES: Readonly<Record<string, Reason>> = {MailboxFull: 'mailboxfull', MessageTooLarge: 'mesgtoobig'};

export const amazonSesJson: Layout = {
	id: 'amazon-ses-json',
	detect: /\\?"notificationType\\?"\s*:\s*\\?"(?:Bounce|Delivery|Complaint)\\?"/,
	parse(text) {
		// The notification may itself be a JSON string inside the SNS envelope ("Message" : "{\"…"): unescape.
		const flat = text.replace(/!?\n ?/g, '').replace(/\\"/g, '"');
		const hits: LayoutHit[] = [];
		if (/"notificationType"\s*:\s*"Delivery"/.test(flat)) {
			const rc = /"recipients"\s*:\s*\[([^\]]{0,20000})\]/.exec(flat);
			const smtp = /"smtpResponse"\s*:\s*"([^"]{0,2000})"/.exec(flat)?.[1] ?? '';
			for (const m of (rc?.[1] ?? '').matchAll(/"([^"\s]{1,320}@[^"\s]{1,255})"/g)) hits.push({recipient: cleanAddress(m[1] ?? ''), diagnostic: fold(smtp), action: 'delivered'});
			return hits;
		}
		// SES's own bounce classification: a transient bounce of subtype MailboxFull or MessageTooLarge
		// says why (AWS SES developer guide, "bounce types"; Sisimai lib/Sisimai/Lhost/AmazonSES.pm (v5.1.0p3)).
		const type = /"bounceType"\s*:\s*"([A-Za-z]{1,20})"/.exec(flat)?.[1];
		const subType = /"bounceSubType"\s*:\s*"([A-Za-z]{1,30})"/.exec(flat)?.[1];
		const reason = type === 'Transient' ? BOUNCE_SUBTYPES[subType ?? ''] : undefined;
		for (const m of flat.matchAll(/\{"emailAddress"\s*:\s*"([^"]{1,320})"([^}]{0,4000})\}/g)) {
			const rest = m[2] ?? '';
			const status = /"status"\s*:\s*"([^"]{1,20})"/.exec(rest)?.[1] ?? '';
			const diag = /"diagnosticCode"\s*:\s*"([^"]{0,2000})"/.exec(rest)?.[1] ?? '';
			const action = /"action"\s*:\s*"([^"]{1,20})"/.exec(rest)?.[1] ?? '';
			hits.push({recipient: cleanAddress(m[1] ?? ''), diagnostic: fold(diag.replace(/^smtp;\s*/i, '')), status, action, reason});
		}
		return hits;
	},
};
