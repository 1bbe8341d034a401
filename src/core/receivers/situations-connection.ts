// The sending server could not hold a conversation with the receiving one: the TCP connection timed
// out, was refused or cut, or the sending server gave up after days of such attempts. Not a provider's
// reply but the sending server's own account of what happened, in the words its software writes:
// Postfix's SMTP client ("connect to HOST[IP]:25: <strerror>", src/smtp/smtp_connect.c; "lost
// connection with … while …" and "conversation with … timed out while …", src/smtp/smtp_trouble.c),
// Sendmail's sm_errstring() ("Connection timed out with HOST", "Connection refused by HOST",
// "Connection reset by HOST", sendmail/err.c) and Exim's transport and retry logic ("retry timeout
// exceeded", "all hosts … have been failing for a long time", src/src/transports/smtp.c, retry.c).
// The strerror texts are the operating system's (POSIX ETIMEDOUT, ECONNREFUSED, EHOSTUNREACH,
// ENETUNREACH). These words come with no SMTP reply, or with the sending server's own status (4.4.1,
// 4.4.2): the phrase rules are tried for every bounce (index.ts, last tier).

import type {Receiver} from '../types';
import {defineReceiver} from './define';

const POSTFIX_CONNECT = 'https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtp/smtp_connect.c';
const POSTFIX_TROUBLE = 'https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtp/smtp_trouble.c';
const EXIM_SMTP = 'https://github.com/Exim/exim/blob/master/src/src/transports/smtp.c';

/** What to check from the sending server when the receiving one cannot be reached. */
const REACH_FIX = [
	'Look up the recipient domain’s MX hosts (dig MX example.com) and test port 25 of each from the sending server (nc -v mx-host 25).',
	'If no host answers from your server but they answer from elsewhere, your network or hosting provider blocks outbound port 25: relay through their smart host on port 587.',
] as const;

export const connection: Receiver = defineReceiver({
	id: 'connection',
	name: 'Unreachable server',
	anywhere: true,
	kind: 'situation',
	// Not a provider: the sending server's words name it.
	detect: [],
	rules: [
		// "connect to mx.example.com[192.0.2.1]:25: Connection timed out" (Postfix) / "Deferred: Connection timed out with mx.example.com" (Sendmail)
		{
			phrase: /\bConnection timed out\b/i,
			title: 'No answer from the receiving server (connection timed out)',
			meaning: 'The sending server tried to open a connection to the recipient domain’s mail server and got no answer at all before its timeout: nothing was refused, the packets went unanswered. The message stays queued and is retried; it bounces only when the sending server’s queue lifetime (often 5 days) runs out.',
			causes: [
				'The receiving mail server is down, overloaded or being moved.',
				'A firewall on the receiving side drops connections to port 25 without answering.',
				'The sending network blocks outbound port 25 (common at home, cloud and hosting providers).',
				'An MX record that points to an address where no mail server runs any more.',
			],
			fix: [
				'For a delay notice: nothing yet, the sending server keeps retrying.',
				...REACH_FIX,
				'If only the recipient’s servers fail to answer, tell the recipient by another channel, naming the MX host and the time of the failures.',
			],
			whoActs: 'recipient-admin',
			retry: 'will-retry',
			reason: 'expired',
			source: POSTFIX_CONNECT,
		},
		// "conversation with mx.example.com[192.0.2.1] timed out while sending end of data -- message may be sent more than once"
		{
			phrase: /\btimed out while (?:sending|receiving|performing)\b/i,
			title: 'The receiving server stopped answering during the session',
			meaning: 'The connection was open and the conversation had begun, but the receiving server then stayed silent longer than the sending server waits at that step. After the end of data this can mean the message arrived anyway, so it may be delivered twice when the sending server retries.',
			causes: [
				'A receiving server slowed down by load, or by a content filter that takes too long to scan the message.',
				'A network path that loses packets or has an MTU problem, so large transfers stall.',
			],
			fix: [
				'For a delay notice: nothing yet, the sending server retries.',
				'If it repeats for one destination, check the path for packet loss or MTU trouble, and ask the recipient’s administrator whether their filter is slow.',
			],
			whoActs: 'recipient-admin',
			retry: 'will-retry',
			reason: 'expired',
			source: POSTFIX_TROUBLE,
		},
		// "connect to mx.example.com[192.0.2.1]:25: Connection refused" (Postfix) / "Deferred: Connection refused by mx.example.com." (Sendmail)
		{
			phrase: /\bConnection refused\b/i,
			title: 'The receiving server refused the connection',
			meaning: 'The address the recipient domain’s MX record points to answered, but turned the connection away at once: no mail server listens on port 25 there, or a firewall rejects the sending server. The sending server keeps retrying until its queue lifetime runs out.',
			causes: [
				'The mail service on the receiving host is stopped or crashed.',
				'An MX record pointing to a machine that does not run a mail server (a web server, an old address).',
				'A firewall or connection limit on the receiving side that rejects the sending IP.',
			],
			fix: [...REACH_FIX, 'If port 25 refuses from everywhere, the recipient’s administrators must start their mail service or correct their MX records: tell them by another channel.'],
			whoActs: 'recipient-admin',
			retry: 'will-retry',
			reason: 'blocked',
			source: POSTFIX_CONNECT,
		},
		// "connect to mx.example.com[192.0.2.1]:25: No route to host" / "…: Network is unreachable"
		{
			phrase: /\b(?:No route to host|Network is unreachable)\b/i,
			title: 'No network path to the receiving server',
			meaning: 'The sending server could not even send its connection attempt toward the receiving server’s address: a router said the host or its network cannot be reached. Often it is the sending side that has no route, for example for IPv6.',
			causes: [
				'A sending server with IPv6 enabled but no working IPv6 route, trying an MX host’s IPv6 address.',
				'A routing fault or an outage between the two networks.',
				'An MX record pointing to a private or unused address.',
			],
			fix: [
				'If the address in the message is IPv6, check that the sending server has IPv6 connectivity, or restrict it to IPv4 (inet_protocols = ipv4 in Postfix).',
				'Otherwise trace the route to the address (traceroute, mtr) and report a routing fault to your network provider.',
			],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'networkerror',
			source: POSTFIX_CONNECT,
		},
		// "lost connection with mx.example.com[192.0.2.1] while sending RCPT TO" (Postfix) / "Connection reset by mx.example.com" (Sendmail)
		{
			phrase: /\blost connection with\b|\bConnection reset by\b/i,
			title: 'The receiving server dropped the connection',
			meaning: 'The conversation had started, then the receiving server closed or reset the connection before the message was handed over. Some servers hang up this way on senders they distrust instead of answering with a reason.',
			causes: [
				'A receiving server that disconnects suspicious senders silently (poor IP reputation, no reverse DNS, talking before the greeting).',
				'A crash or restart of the receiving server, or a network device that cuts long connections.',
				'A TLS problem right after STARTTLS, which some servers answer by closing the connection.',
			],
			fix: [
				'For a delay notice: nothing yet, the sending server retries.',
				'If it repeats, note the step named after “while” (the greeting, EHLO, RCPT TO, end of data): a drop at the greeting usually means the receiving side rejects your IP; check its reputation and reverse DNS.',
			],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'networkerror',
			source: POSTFIX_TROUBLE,
		},
		// "retry timeout exceeded" / "all hosts for 'example.com' have been failing for a long time (and retry time not reached)" (Exim)
		{
			phrase: /\bretry timeout exceeded\b|\bhave been failing for a long time\b|\bretry time not reached for any host after a long failure period\b/i,
			title: 'The sending server gave up: the destination failed for too long',
			meaning: 'The sending server (Exim) had been unable to deliver to the recipient domain’s servers for longer than its retry rules allow, so it stopped trying and returned the message. The earlier attempts failed for a reason the bounce may not repeat: no answer, a refusal, or a temporary reply.',
			causes: [
				'The recipient domain’s mail servers down or unreachable for days.',
				'A temporary refusal (greylisting that never cleared, a rate limit, a block) repeated on every attempt.',
			],
			fix: [
				'Look in the sending server’s log for the last error of these attempts: it says why they failed.',
				...REACH_FIX,
				'Once the destination answers again, resend the message.',
			],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'expired',
			source: EXIM_SMTP,
		},
	],
});
