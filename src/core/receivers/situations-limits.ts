// The rates and concurrency a receiving server allows one client: connections at once, connections,
// messages and recipients per time unit, new TLS sessions. These are replies of the receiving server
// in its software's fixed words: Postfix's anvil(8) limits as smtpd answers them ("421 4.7.0 HOST
// Error: too many connections from IP", "450 4.7.1 Error: too much mail from IP", "450 4.7.1 Error:
// too many recipients from IP", "421 4.7.0 HOST Error: too many new TLS sessions from …",
// src/smtpd/smtpd.c). Exim's concurrency limit is in exim.ts. Too many recipients in one message
// ("452 4.5.3 Error: too many recipients", RFC 5321 §4.5.3.1.10) needs no rule: its words read as the
// standard X.5.3 card (explain-text.ts, step 6). All are temporary: the sending server tries again
// later. Tried for every bounce (index.ts, last tier).

import type {Receiver} from '../types';
import {defineReceiver} from './define';

const POSTFIX_SMTPD = 'https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd.c';

/** What a sending server does about a receiving server's rate or concurrency limit. */
const SLOW_DOWN = 'If it happens often, lower the sending rate and the number of parallel connections to this destination (default_destination_rate_delay and default_destination_concurrency_limit, or a transport of its own, in Postfix).';

export const limits: Receiver = defineReceiver({
	id: 'limits',
	name: 'Postfix rate limits',
	anywhere: true,
	kind: 'situation',
	// Not a provider: the receiving server's fixed words name it.
	detect: [],
	rules: [
		// "421 4.7.0 mx.example.com Error: too many connections from 192.0.2.1" (smtpd_client_connection_count_limit, smtpd_client_connection_rate_limit)
		{
			phrase: /\bError: too many connections from\b/i,
			title: 'Too many connections from the sending server',
			meaning: 'The receiving server (Postfix) limits how many connections one client may hold at once, and how many it may open per minute; the sending server went over one of them, so this connection was turned away. It is retried later.',
			causes: ['A sending server opening many parallel connections to one destination.', 'Many senders behind one shared IP address (a hosting provider, a NAT gateway).'],
			fix: ['Nothing for one delay: the sending server retries.', SLOW_DOWN],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: POSTFIX_SMTPD,
		},
		// "450 4.7.1 Error: too much mail from 192.0.2.1" (smtpd_client_message_rate_limit)
		{
			phrase: /\bError: too much mail from\b/i,
			title: 'Too many messages from the sending server: rate limit',
			meaning: 'The receiving server (Postfix) allows one client only so many messages per time unit (a minute by default), and the sending server sent more. The refused messages wait in the sending queue and go through when the rate falls.',
			causes: ['A bulk send, newsletter or script sending faster than the receiving server allows.', 'Several senders sharing one outgoing IP address.'],
			fix: ['Nothing for one delay: the sending server retries.', SLOW_DOWN, 'For a newsletter, send in batches with pauses between them.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'speeding',
			source: POSTFIX_SMTPD,
		},
		// "450 4.7.1 Error: too many recipients from 192.0.2.1" (smtpd_client_recipient_rate_limit)
		{
			phrase: /\bError: too many recipients from\b/i,
			title: 'Too many recipients from the sending server: rate limit',
			meaning: 'The receiving server (Postfix) allows one client only so many recipient addresses per time unit, whether or not it accepts them, and the sending server named more. The refused recipients are retried later.',
			causes: ['Messages to many recipients at once, or a mailing list delivering to one domain in a burst.'],
			fix: ['Nothing for one delay: the sending server retries.', SLOW_DOWN],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: POSTFIX_SMTPD,
		},
		// "421 4.7.0 mx.example.com Error: too many new TLS sessions from mail.example.org[192.0.2.1]" (smtpd_client_new_tls_session_rate_limit)
		{
			phrase: /\bError: too many new TLS sessions from\b/i,
			title: 'Too many new TLS sessions from the sending server',
			meaning: 'The receiving server (Postfix) limits how many new TLS sessions one client may start per time unit, because each costs it a full handshake; the sending server went over it. It is retried later.',
			causes: ['A sending server that opens a new connection and TLS session for every message instead of reusing sessions.'],
			fix: ['Nothing for one delay: the sending server retries.', 'Let the sending server reuse connections and TLS sessions (smtp_connection_cache_on_demand and smtp_tls_session_cache_database in Postfix).'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: POSTFIX_SMTPD,
		},
	],
});
