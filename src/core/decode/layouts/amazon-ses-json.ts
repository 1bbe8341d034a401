// Amazon SES notifications delivered as JSON through SNS e-mail subscriptions:
// {"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"emailAddress":…,"status":…,
// "diagnosticCode":…}]}} and {"notificationType":"Delivery","delivery":{"recipients":[…],
// "smtpResponse":"250 …"}} (AWS SES developer guide, "Amazon SNS notification contents").
// Read with linear regexes, not JSON.parse: SNS wraps long lines, which breaks the JSON.
import type {Layout, LayoutHit} from './types';
import {reasonFromText} from '../../reasons';
import {sesBounceType} from '../../receivers/amazon-ses-bounce-types';
import {cleanAddress, fold} from '../text';

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
		// SES's own classification (receivers/amazon-ses-bounce-types.ts, from AWS's "Bounce types" table):
		// a bounce notification of either type is sent once SES has stopped trying — a soft bounce is
		// retried first and notified only when SES gives up — so where the notice carries no DSN Action
		// of its own the message failed; the type (Transient: "may be able to send … in the future")
		// speaks to later messages, which the reason's hard/soft reading carries. The subtype's cause is
		// the reason where the diagnosticCode's words state none (a bare "smtp; 552 Requested action aborted").
		const type = /"bounceType"\s*:\s*"([A-Za-z]{1,20})"/.exec(flat)?.[1];
		const subType = /"bounceSubType"\s*:\s*"([A-Za-z]{1,30})"/.exec(flat)?.[1];
		const subtypeReason = sesBounceType(type, subType)?.reason;
		const typeAction = type === 'Permanent' || type === 'Transient' ? 'failed' : '';
		for (const m of flat.matchAll(/\{"emailAddress"\s*:\s*"([^"]{1,320})"([^}]{0,4000})\}/g)) {
			const rest = m[2] ?? '';
			const status = /"status"\s*:\s*"([^"]{1,20})"/.exec(rest)?.[1] ?? '';
			const diagnostic = fold((/"diagnosticCode"\s*:\s*"([^"]{0,2000})"/.exec(rest)?.[1] ?? '').replace(/^smtp;\s*/i, ''));
			const action = /"action"\s*:\s*"([^"]{1,20})"/.exec(rest)?.[1] || typeAction;
			const reason = subtypeReason && !reasonFromText(diagnostic) ? subtypeReason : undefined;
			hits.push({recipient: cleanAddress(m[1] ?? ''), diagnostic, status, action, reason});
		}
		return hits;
	},
};
