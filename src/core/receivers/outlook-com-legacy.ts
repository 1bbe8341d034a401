// Outlook.com (Hotmail) codes of its postmaster troubleshooting table: SC-001…SC-004, DY-001,
// DY-002, OU-001, OU-002 (550, refused for policy reasons) and RP-001…RP-003 (421, rate and
// connection limits tied to the IP's reputation). They follow the reply code, before the server
// name: "550 SC-001 (BAY004-MC1F12) Unfortunately, messages from 192.0.2.1 weren't sent. …".
// Each comment quotes the shape of the message the rule matches.

import type {ProviderRule} from '../types';

export const TROUBLESHOOTING = 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx';
export const SNDS = 'Enrol the IP in Microsoft SNDS (sendersupport.olc.protection.outlook.com/snds) to see its data, and JMRP for complaint reports.';
export const DELIST_FORM =
	'Once the cause is fixed, ask for mitigation with the Outlook.com sender support form (olcsupport.office.com): give the sending IPs, the full reply with its code, and the date and time it was seen.';
const POLICIES = "Check the sending against Outlook.com's Policies, Practices and Guidelines (sendersupport.olc.protection.outlook.com/pm/policies.aspx).";
const RATE_RETRY = 'Nothing is lost: the message stays queued and the sending server retries; slow down the mail to Outlook.com until the deferrals stop.';

export const OUTLOOK_COM_LEGACY: ProviderRule[] = [
	// "550 SC-001 (BAY004-MC1F12) Unfortunately, messages from 192.0.2.1 weren't sent. … Hotmail does not relay dynamically-assigned IP ranges." / "Mail rejected by Outlook.com for policy reasons."
	{
		tag: 'SC-001',
		title: 'Hotmail policy rejection (SC-001)',
		meaning: 'Outlook.com refused mail from the IP for policy reasons: its filters rate the IP or the sending domain poorly, or the mail looks like spam. The refusal holds for every message from the IP until its reputation improves.',
		causes: ['Poor reputation of the IP or the domain (complaints, spam-trap hits, sudden volume).', 'Content that looks like spam.', 'An IP in a range Outlook.com does not take direct mail from.'],
		fix: [SNDS, POLICIES, 'Send only to recipients who asked for the mail and remove addresses that bounce.', DELIST_FORM],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'badreputation',
		source: TROUBLESHOOTING,
	},
	// "550 SC-002 (…) Mail rejected by Outlook.com for policy reasons. The mail server IP connecting to Outlook.com has exhibited namespace mining behavior."
	{
		tag: 'SC-002',
		title: 'Hotmail: namespace mining (SC-002)',
		meaning: 'Outlook.com blocked the IP because it tried many addresses that do not exist, as if probing which Outlook.com addresses are valid (namespace mining). The block is on the IP, so it refuses mail to real Outlook.com addresses too, until the IP stops and Microsoft lifts it.',
		causes: ['Sending to an old, bought or guessed list with many invalid Outlook.com addresses.', 'A dictionary attack from a compromised machine on the IP.'],
		fix: ['Remove the invalid addresses (every hard bounce) from the lists and stop any unknown sending from the IP.', SNDS, DELIST_FORM],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'policyviolation',
		source: TROUBLESHOOTING,
	},
	// "550 SC-003 (…) Mail rejected by Outlook.com for policy reasons. Your IP address appears to be an open proxy/relay."
	{
		tag: 'SC-003',
		title: 'Hotmail: open proxy or relay (SC-003)',
		meaning: 'Outlook.com refuses mail from the IP because it appears to be an open proxy or an open mail relay, which spammers use to hide where mail comes from. Every message from the IP is refused, and closing the relay is what lets a mitigation request succeed.',
		causes: ['A mail server that relays for anyone without authentication.', 'An open web proxy or a compromised device on the IP.'],
		fix: ['Close the relay (relay only for authenticated users and your own networks) and remove any open proxy.', 'Test the IP with an open-relay checker.', DELIST_FORM],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: TROUBLESHOOTING,
	},
	// "550 SC-004 (…) Mail rejected by Outlook.com for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address."
	{
		tag: 'SC-004',
		title: 'Hotmail: blocked for complaints (SC-004)',
		meaning: 'Outlook.com placed a block on the IP after its users complained about mail from it (junk reports). The block covers all mail from that IP to Outlook.com addresses, not only the mail that drew complaints.',
		causes: ['Mail that recipients did not ask for, or an unsubscribe that does not work.', 'A compromised account sending spam through the IP.'],
		fix: ['Join JMRP to receive the complaints and remove every complaining address.', 'Make unsubscribing work in one step and honour it at once.', DELIST_FORM],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: TROUBLESHOOTING,
	},
	// "550 DY-001 (…) Mail rejected by Outlook.com for policy reasons. We generally do not accept email from dynamic IP's as they are not typically used to deliver unauthenticated SMTP e-mail to an Internet mail server."
	{
		tag: 'DY-001',
		title: 'Hotmail: dynamic IP (DY-001)',
		meaning: 'Outlook.com does not take mail straight from dynamic (end-user) IP addresses, and the sending IP is one. This is a policy about the kind of address, not a spam accusation: the same mail sent through a provider’s outgoing server is accepted.',
		causes: ['A mail server run on a home or mobile connection.', 'An IP without a proper PTR name, which looks dynamic.'],
		fix: ["Send through your ISP's or mail provider's outgoing server (smarthost) instead of delivering directly.", 'For a static business IP, ask the ISP to set a PTR name for it that does not look dynamic.', DELIST_FORM],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: TROUBLESHOOTING,
	},
	// "550 DY-002 (…) Mail rejected by Outlook.com for policy reasons. The mail server IP connecting to Outlook.com server has been identified as a compromised or virus infected server/personal computer."
	{
		tag: 'DY-002',
		title: 'Hotmail: compromised host (DY-002)',
		meaning: 'Outlook.com identified the sending machine as compromised or infected, sending mail its owner does not know about. Mail from the IP is refused until the machine is cleaned and the block is lifted.',
		causes: ['Malware or a botnet agent on a computer or server behind the IP.', 'A hacked web application sending mail.'],
		fix: ['Find and clean the infected machine (check outbound port 25 traffic), change the passwords involved.', 'Block direct outbound port 25 from machines that are not mail servers.', DELIST_FORM],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: TROUBLESHOOTING,
	},
	// "550 OU-001 (…) Mail rejected by Outlook.com for policy reasons. For more information about this block and to request removal please go to: Spamhaus."
	{
		tag: 'OU-001',
		title: 'Hotmail: third-party block list (OU-001)',
		meaning: 'Outlook.com refused the mail because the IP is listed by Spamhaus, whose list it uses. The block is lifted only through Spamhaus: Microsoft’s own sender support cannot remove it.',
		causes: ['A Spamhaus listing of the IP (spam, a botnet, or a range policy listing).'],
		fix: ['Look the IP up at check.spamhaus.org to see which list and why.', 'Fix the cause, then request removal on the Spamhaus page; Outlook.com cannot remove it.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'blocked',
		source: TROUBLESHOOTING,
	},
	// "550 OU-002 (…) Mail rejected by Outlook.com for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation problems."
	{
		tag: 'OU-002',
		title: 'Hotmail: content or reputation (OU-002)',
		meaning: 'Outlook.com refused this message because it looks like spam or because the sending IP or domain has a poor reputation there. The reply does not say which of the two, so a plain test message helps tell them apart.',
		causes: ['Content that looks like spam (links to listed domains, misleading subjects).', 'Low reputation of the IP or the domain.'],
		fix: [SNDS, 'Review the content and the links in it, and send a plain test message to see whether the content or the IP is refused.', DELIST_FORM],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'badreputation',
		source: TROUBLESHOOTING,
	},
	// "421 RP-001 (BAY004-MC1F12) Unfortunately, some messages from 192.0.2.1 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day."
	{
		tag: 'RP-001',
		title: 'Hotmail: message rate limit (RP-001)',
		meaning: 'The IP sent more messages per hour or per day than Outlook.com allows for its reputation, so later messages are deferred, not refused. The limit depends on the IP’s reputation, so it rises as the IP builds a good sending history.',
		causes: ['Sending faster than the IP’s reputation at Outlook.com allows.', 'A new IP that has not built a sending history yet.'],
		fix: [RATE_RETRY, 'Ramp up new IPs gradually and spread large mailings over the day.', SNDS],
		whoActs: 'sender-admin',
		retry: 'will-retry',
		reason: 'speeding',
		source: TROUBLESHOOTING,
	},
	// "421 RP-002 (…) The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed on this connection."
	{
		tag: 'RP-002',
		title: 'Hotmail: per-connection rate limit (RP-002)',
		meaning: 'The IP sent more messages over one SMTP connection than Outlook.com allows for its reputation; the rest are deferred. They are delivered on later connections, so nothing is lost.',
		causes: ['Many messages delivered in a single SMTP session.'],
		fix: [RATE_RETRY, 'Deliver fewer messages over one connection to Outlook.com (limit connection reuse in the sending server), so each session stays under the limit.'],
		whoActs: 'sender-admin',
		retry: 'will-retry',
		reason: 'speeding',
		source: TROUBLESHOOTING,
	},
	// "421 RP-003 (…) The mail server IP connecting to Outlook.com server has exceeded the connection limit allowed."
	{
		tag: 'RP-003',
		title: 'Hotmail: connection limit (RP-003)',
		meaning: 'The IP opened more simultaneous connections to Outlook.com than its reputation allows; further connections are deferred. Messages wait in the sending queue and go out once fewer connections are open.',
		causes: ['High SMTP concurrency towards Outlook.com’s MX hosts.'],
		fix: [RATE_RETRY, 'Lower the number of parallel connections to Outlook.com (in Postfix, a transport for its domains with a lower destination concurrency limit).'],
		whoActs: 'sender-admin',
		retry: 'will-retry',
		reason: 'toomanyconn',
		source: TROUBLESHOOTING,
	},
];
