import {unitedInternet} from '../../../src/core/receivers/united-internet';
import {testTable} from './bounce';

// Replies of the Nemesis MTA of GMX, WEB.DE and IONOS, each line as Postfix folds the multi-line reply.
testTable({
	receiver: unitedInternet,
	host: 'mx00.emig.gmx.net',
	recipient: 'neko@gmx.net',
	rows: [
		['554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=192.0.2.1&r=1MNcgj-1ue23t3pyV-00S2YR', 'blocked', /block list/],
		['554-gmx.net (mxgmx114) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit https://www.gmx.net/mail/senderguidelines?ip=192.0.2.1&c=rdns', 'requireptr', /reverse DNS/],
		['421-web.de (mxweb113) Nemesis ESMTP Service not available 421-Service unavailable 421-Reject due to policy restrictions 421-Please try again later. Too many messages have been received in a short period of time. 421 Please try again in a few hours and reduce the sending rate.', 'speeding', /short time/],
		['550-Requested action not taken: mailbox unavailable 550-Reject due to policy restrictions. 550 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=192.0.2.1&c=poli', 'blocked', /sender policy/],
		['554-kundenserver.de (mxeue109) Nemesis ESMTP Service not available 554-No SMTP service 554-Reject due to policy restrictions. 554 For explanation visit https://postmaster.1and1.com/en/case?c=sp&i=ip&v=192.0.2.1', 'blocked', /sender policy/],
	],
	lookalikes: ['550 Reject due to policy restrictions', '554 IP address is block listed', '554 5.7.1 Bad DNS PTR resource record', 'nemesis esmtp ready (lower case, another server)'],
});
