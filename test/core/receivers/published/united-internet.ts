// United Internet's Nemesis replies, each naming its case (c=r0201, c=rdns, c=poli …).
import {coded, entriesOf, type PublishedList} from './types';

const LINES: string[] = [
	'554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=192.0.2.1&r=1MNcgj-1ue23t3pyV-00S2YR',
	'554-gmx.net (mxgmx114) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit https://www.gmx.net/mail/senderguidelines?ip=192.0.2.1&c=rdns',
	'421-web.de (mxweb113) Nemesis ESMTP Service not available 421-Service unavailable 421-Reject due to policy restrictions 421-Please try again later. Too many messages have been received in a short period of time. 421 Please try again in a few hours and reduce the sending rate.',
	'550-Requested action not taken: mailbox unavailable 550-Reject due to policy restrictions. 550 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=192.0.2.1&c=poli',
	'554-kundenserver.de (mxeue109) Nemesis ESMTP Service not available 554-No SMTP service 554-Reject due to policy restrictions. 554 For explanation visit https://postmaster.1and1.com/en/case?c=sp&i=ip&v=192.0.2.1',
];

export const unitedInternet: PublishedList = {
	provider: 'united-internet',
	name: 'GMX / WEB.DE / IONOS',
	title: 'GMX postmaster: error messages (case c=…)',
	source: 'https://postmaster.web.de/de/fehlermeldungen',
	host: 'mx00.emig.gmx.net',
	recipient: 'bob@gmx.net',
	entries: entriesOf(LINES, coded(/c=[a-z0-9]+|Too many messages have been received in a short period of time/)),
	// The postmaster page lists further cases (c=… codes) than these.
	partOfPage: true,
};
