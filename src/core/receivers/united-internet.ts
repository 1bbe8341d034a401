// United Internet's mail: GMX (gmx.net, gmx.de, gmx.com …), WEB.DE and IONOS (formerly 1&1; hosted
// domains on mx00.ionos.de, mx00.kundenserver.de, perfora.net). Their MTA calls itself "Nemesis" and
// answers in several lines; the last line names the error and links a postmaster page for it, the
// case being the c= parameter (c=rdns, c=poli, c=r0201 …): "554-gmx.net (mxgmx104) Nemesis ESMTP Service
// not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit
// https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=…". They use no enhanced status codes. Facts: GMX's
// postmaster page "Error messages" and WEB.DE's "Fehlermeldungen" page. Each comment quotes the shape
// of the reply the rule matches.

import type {Receiver} from '../types';
import {defineReceiver} from './define';

const GMX = 'https://postmaster.gmx.net/en/error-messages';
const WEBDE = 'https://postmaster.web.de/de/fehlermeldungen';
const CASE_LINK = 'Open the postmaster link at the end of the reply: the page for that case explains it and has the form to contact the postmaster team if the fix is on their side.';

export const unitedInternet: Receiver = defineReceiver({
	id: 'united-internet',
	name: 'GMX / WEB.DE / IONOS',
	decides: true,
	detect: [
		/\bNemesis ESMTP\b/,
		/\bpostmaster\.(?:gmx|web|1and1|ionos)\.(?:net|com|de|es|fr|co\.uk|it|mx)\/[a-z]{2}\/(?:case|error-messages)\b/i,
		/\b(?:gmx\.(?:net|de|com)|web\.de)\/(?:mail|email)\/senderguidelines\b/i,
		/\bmx\d{2}\.emig\.gmx\.net\b|\bmx-ha\d{2}\.web\.de\b|\bmx\d{2}\.(?:ionos|kundenserver|1and1)\.[a-z.]{2,6}\b/i,
	],
	rules: [
		// "554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&…"
		{
			phrase: /\bip address is (?:block|black) ?listed\b/i,
			title: 'GMX / WEB.DE / IONOS: sending IP on their block list',
			meaning: 'The IP of the sending server is on a block list that GMX, WEB.DE and IONOS use, so no SMTP session is offered to it. The refusal comes before any message is offered, so it concerns the IP alone, and every sender using that server meets it.',
			causes: ['Spam or malware traffic seen from the IP.', 'A listing on a public block list the providers consult, or on their own internal list.'],
			fix: ['Find and stop the source of the spam on the IP; check it on the public block lists and request delisting there.', CASE_LINK],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: GMX,
		},
		// "554-gmx.net (mxgmx114) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit https://www.gmx.net/mail/senderguidelines?ip=192.0.2.1&c=rdns"
		{
			phrase: /\bbad dns ptr resource record\b/i,
			title: 'GMX / WEB.DE / IONOS: no valid reverse DNS for the sending IP',
			meaning: 'The sending IP has no PTR record, or one that does not resolve back to it, and these providers only talk to servers with valid reverse DNS. The session is refused before any mail is offered, so every message from that IP to GMX, WEB.DE or IONOS fails the same way until the PTR record is fixed.',
			causes: ['A server whose IP owner never set a PTR record.', 'A PTR name that does not resolve back to the same IP.'],
			fix: [
				'Ask whoever owns the IP to set a PTR name that resolves back to it (forward-confirmed reverse DNS), then let the queue retry.',
				'Check it yourself: dig -x on the sending IP must return a name, and that name must resolve back to the same IP.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'requireptr',
			source: GMX,
		},
		// "421 web.de (mxweb113) Nemesis ESMTP Service not available Service unavailable Reject due to policy restrictions Please try again later. Too many messages have been received in a short period of time. Please try again in a few hours and reduce the sending rate."
		{
			phrase: /\btoo many messages have been received in a short period of time\b/i,
			title: 'GMX / WEB.DE / IONOS: too many messages in a short time',
			meaning: 'The sending server delivered more mail in a short time than these providers accept from it; they refuse more for some hours. The message itself is not refused: the sending server keeps it queued, and it goes through once the rate has come down.',
			causes: ['A burst of mail to GMX, WEB.DE or IONOS addresses from one server.', 'Fast retries of deferred mail, which count towards the same limit.'],
			fix: ['Slow new mail and retries to these domains, wait a few hours, then send at a lower rate.', 'Check the sender’s SPF, DKIM and reverse DNS: limits are tighter for senders they trust less.', CASE_LINK],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'speeding',
			source: WEBDE,
		},
		// "550-Requested action not taken: mailbox unavailable 550-Reject due to policy restrictions. 550 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=192.0.2.1&c=poli"
		{
			phrase: /\breject due to policy restrictions\b/i,
			title: 'GMX / WEB.DE / IONOS: refused by their sender policy',
			meaning: 'The providers refused the sending server or message under their sender guidelines; which rule was broken is the case named in the link at the end of the reply. The c= value in that link (c=poli, c=rdns and so on) names the case, and the providers’ page for it says what to change.',
			causes: ['A sender setup that breaks their guidelines (SPF that does not allow the server, missing reverse DNS, a dynamic IP).', 'A poor reputation of the IP or domain at these providers.'],
			fix: [CASE_LINK, 'Fix what the case page names (SPF, DKIM, reverse DNS, sending rate), then resend.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: `${GMX}; ${WEBDE}`,
		},
	],
});
