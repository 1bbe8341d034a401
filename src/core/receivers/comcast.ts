// Comcast / Xfinity (comcast.net; inbound MX mx*.comcast.net, resimta-*.sys.comcast.net). Its refusals
// name a block code of its own and link to it: "554 resimta-ch2-18v.sys.comcast.net
// resimta-ch2-18v.sys.comcast.net 192.0.2.1 found on one or more DNSBLs, see
// http://postmaster.comcast.net/smtp-error-codes.php#BL000001". Facts: Comcast's postmaster page
// "Mail delivery error codes", which lists each ES / BL code and the generic 421 texts; the digits of
// a BL code say which lists the IP is on (…001 Spamhaus ZEN, …010 Cloudmark CSI, …100 SenderScore).
// Each comment quotes the shape of the reply the rule matches.

import type {Receiver} from '../types';
import {defineReceiver} from './define';

const CODES = 'https://postmaster.comcast.net/mail-error-codes.html';
const XFINITY = 'https://es.xfinity.com/support/articles/email-errors';

/** A Comcast block code standing on its own (BL000010, ES000001). */
const block = (codes: string): RegExp => new RegExp(`(?<![\\w#-])(?:${codes})(?![\\w-])|#(?:${codes})\\b`);

export const comcast: Receiver = defineReceiver({
	id: 'comcast',
	name: 'Comcast (Xfinity)',
	decides: true,
	detect: [/\bmx[0-9a-z]{1,6}\.comcast\.net\b/i, /\.sys\.comcast\.net\b/i, /\bpostmaster\.comcast\.net\b/i, block('BL0{3}[01]{3}|ES0{4}[01]{2}')],
	rules: [
		// "554 … 192.0.2.1 is a Comcast dynamic IP, see http://postmaster.comcast.net/smtp-error-codes.php#ES000001" (ES000010: dynamic space outside Comcast)
		{
			phrase: block('ES000001|ES000010'),
			title: 'Comcast: mail sent straight from a residential IP (ES000001, ES000010)',
			meaning: 'Comcast refuses mail sent directly from dynamic or residential IP space, its own (ES000001) or another network’s (ES000010); such IPs must send through their provider’s mail server. The refusal concerns where the mail comes from, not what it says, so it stays until the mail leaves through a proper mail server.',
			causes: ['A home or small-office server sending straight to the Internet.', 'A server whose reverse DNS name looks dynamic (ES000010: Comcast judges by the PTR name).'],
			fix: ['Send through your provider’s outgoing server (smtp.comcast.net for Comcast customers) or a relay service.', 'For a real server on a static IP, give it a static-looking PTR name, then send again; Comcast business customers can ask support_biz@cable.comcast.com.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: XFINITY,
		},
		// "554 … 192.0.2.1 has been blocked, see http://postmaster.comcast.net/smtp-error-codes.php#BL000000"
		{
			phrase: block('BL000000'),
			title: 'Comcast: IP blocked for spam-like sending patterns (BL000000)',
			meaning: 'Comcast’s own block list holds the sending IP because mail from it followed patterns typical of spam. The listing is Comcast’s, not a public list’s, so it is Comcast that has to be asked to remove it once the cause is fixed.',
			causes: ['Spam, or a compromised account or script, sending from the IP.', 'Sending above Comcast’s limits (connections, rate) or without proper reverse DNS.'],
			fix: ['Find and stop the spam; make sure the IP is on no public block list and has valid reverse DNS.', 'Then ask Comcast to remove the IP with the blocklist removal request form on postmaster.comcast.net, quoting the bounce.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "554 … 192.0.2.1 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001" (BL000010, BL000011 … BL000111)
		{
			phrase: block('BL0{3}(?:001|01[01]|1[01][01])'),
			title: 'Comcast: IP on a block list Comcast uses (BL000001–BL000111)',
			meaning: 'The sending IP is on one or more of the lists Comcast consults; read the last three digits as switches: 1 in the last place Spamhaus ZEN, in the middle Cloudmark CSI, in the first SenderScore. Comcast keeps no listing of its own here: it follows those lists, so the IP is accepted again once they drop it.',
			causes: ['Spam or malware traffic seen from the IP by those lists.'],
			fix: [
				'Look the IP up at each list the code names (check.spamhaus.org, csi.cloudmark.com, senderscore.org) to see why it is listed.',
				'Fix the cause and request delisting at each of those lists; Comcast accepts the IP once the lists drop it.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "421 … Too many sessions opened"
		{
			phrase: /\btoo many sessions opened\b/i,
			title: 'Comcast: too many simultaneous connections',
			meaning: 'The sending IP has more connections open to Comcast than it allows at once; the extra ones are turned away until fewer are open. Nothing is wrong with the message: the sending server keeps it queued and delivers it when a connection is free.',
			causes: ['Many parallel deliveries to comcast.net from one IP.'],
			fix: [
				'Lower the number of simultaneous connections to Comcast’s MX hosts; the queue retries.',
				'If it keeps happening, check that no account on the server is sending in bulk to Comcast addresses.',
			],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: CODES,
		},
		// "421 … Reverse DNS failure : Try again later"
		{
			phrase: /\breverse dns failure\b/i,
			title: 'Comcast: reverse DNS lookup of the sending IP failed',
			meaning: 'Comcast requires every sending IP to have valid reverse DNS, and the lookup for this one failed; it is treated as a temporary failure. A lookup that fails for a moment clears by itself, but an IP with no PTR record at all keeps failing until the message bounces.',
			causes: ['No PTR record for the sending IP, or a DNS server for it that is down or misconfigured.'],
			fix: [
				'Ask the owner of the IP to set a PTR name that resolves back to it; the queue retries meanwhile.',
				'Check it yourself: dig -x on the sending IP must return a name, and that name must resolve back to the IP.',
			],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'requireptr',
			source: CODES,
		},
	],
});
