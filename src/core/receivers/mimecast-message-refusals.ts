// Mimecast's permanent refusals (5xx) of a message or connection: content policy, expiry, limits, TLS,
// size, loops, networks and security policies. Facts and sources: mimecast.ts. Each comment quotes the
// shape of the message the rule matches.

import type {ProviderRule} from '../types';
import {BLOCKED_SENDERS, CODES, OWN_ACCOUNT, VIA_ADMIN} from './mimecast-doc';

export const MIMECAST_MESSAGE_REFUSALS: ProviderRule[] = [
	// "550 Message bounced due to Content Examination policy - https://community.mimecast.com/docs/DOC-1369#550"
	{
		reply: '550',
		phrase: /\bcontent examination policy\b/i,
		title: 'Mimecast: content policy of the recipient',
		meaning: "The message matched a Content Examination policy of the recipient organisation (words, patterns or attachments it does not accept). The policy belongs to the recipient organisation, so the same content is refused again until it changes.",
		causes: ['Words, data patterns or attachments that the recipient organisation filters.'],
		fix: ['Remove or change the content that may match (attachments, keywords) and resend.', "Or ask the recipient to have their Mimecast administrator add a Content Examination Bypass policy for you or adjust the policy."],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'policyviolation',
		source: CODES,
	},
	// "550 Journal message past expiration - https://community.mimecast.com/docs/DOC-1369#550"
	{
		reply: '550',
		phrase: /\bjournal messages? past (?:the )?expiration\b/i,
		title: 'Mimecast: journal copy too old to archive',
		meaning: 'A mail server journaling to Mimecast sent a copy that is older than the journaling expiry threshold, so Mimecast refused it. The copy will never be accepted, however often it is retried.',
		causes: ['A journal backlog or a clock far off on the journaling mail server.'],
		fix: ['Check the clock of the journaling server and stop journaling messages older than the threshold; the retry queue otherwise keeps growing.', 'Remove the stale journal copies from the sending server’s queue.'],
		whoActs: 'sender-admin',
		retry: 'do-not-retry',
		reason: 'expired',
		source: CODES,
	},
	// "550 Exceeding outbound thread limit - https://community.mimecast.com/docs/DOC-1369#550"
	{
		reply: '550',
		phrase: /\bexceeding outbound thread limit\b/i,
		title: 'Mimecast: too many outbound connections',
		meaning: 'The sending organisation has more outbound connections open to its Mimecast account at once than the account allows. The limit belongs to the sending organisation’s own Mimecast account.',
		causes: ['Bulk sending over many parallel connections through Mimecast.'],
		fix: ['Send in smaller batches and with fewer parallel connections, then resend what failed.', OWN_ACCOUNT],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'toomanyconn',
		source: CODES,
	},
	// "553 This route requires encryption (TLS) - https://community.mimecast.com/docs/DOC-1369#553"
	{
		reply: '553',
		phrase: /\bthis route requires encryption\b/i,
		title: 'Mimecast: TLS required',
		meaning: 'A Secure Receipt or Secure Delivery policy requires TLS on this route, and the message came over an unencrypted connection. The message was not accepted, and resending over an unencrypted connection fails the same way.',
		causes: ['The sending server did not use STARTTLS, or TLS failed (expired certificate, a proxy intercepting the connection).'],
		fix: ['Enable STARTTLS on the sending server, check that its certificate is valid, and make sure no proxy strips or alters the encryption, then resend.', 'The Mimecast administrator whose policy demands TLS can also change it.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: CODES,
	},
	// "553 This route requires TLS version 1.2 or greater - https://community.mimecast.com/docs/DOC-1369#553"
	{
		reply: '553',
		phrase: /\bthis route requires TLS version\b/i,
		title: 'Mimecast: TLS 1.2 or later required',
		meaning: 'A Secure Receipt or Secure Delivery policy on this route requires TLS 1.2 or later, and the connection used an older TLS version. Resending over the same older TLS version fails the same way.',
		causes: ['A sending server or appliance limited to TLS 1.0 or 1.1.'],
		fix: ['Enable TLS 1.2 (or 1.3) on the sending server, then resend.', 'The Mimecast administrator whose policy demands it can also change the policy.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: CODES,
	},
	// "553 This route requires high-strength ciphers - https://community.mimecast.com/docs/DOC-1369#553"
	{
		reply: '553',
		phrase: /\bthis route requires high[- ]strength ciphers\b/i,
		title: 'Mimecast: stronger TLS ciphers required',
		meaning: 'A Secure Receipt or Secure Delivery policy on this route requires strong ciphers, and the TLS connection negotiated weaker ones. Resending with the same ciphers fails the same way.',
		causes: ['Weak or outdated cipher suites on the sending server.', 'A proxy intercepting TLS and offering its own ciphers.'],
		fix: ['Enable modern, strong cipher suites on the sending server and check that no proxy re-encrypts the session, then resend.', 'The Mimecast administrator whose policy demands it can also change the policy.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: CODES,
	},
	// "554 Configuration is invalid for this certificate - https://community.mimecast.com/docs/DOC-1369#554"
	{
		reply: '554',
		phrase: /\bconfiguration is invalid for this certificate\b/i,
		title: 'Mimecast: umbrella account not confirmed in DNS',
		meaning: "The domain of the Mimecast umbrella account the connection uses is not confirmed by the sender's DNS, so Mimecast refused the connection's certificate set-up. Nothing is accepted over that connection until the DNS record lists the account.",
		causes: ['The DNS record that must list the umbrella accounts is missing or does not name this one.'],
		fix: ['List the required umbrella accounts, comma-separated, in the DNS record Mimecast specifies, then resend.', OWN_ACCOUNT],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'securityerror',
		source: CODES,
	},
	// "554 Maximum email size exceeded - https://community.mimecast.com/docs/DOC-1369#554"
	{
		reply: '554',
		phrase: /\bmaximum email size exceeded\b/i,
		title: 'Mimecast: message too large',
		meaning: "The message is larger than the recipient organisation's Email Size Limit policy or Mimecast's own service limit (100 MB on the legacy MTA, 200 MB on the current one). The whole encoded message counts, so attachments weigh about a third more than the files themselves.",
		causes: ['Large attachments; encoding for transfer adds about a third to their size.'],
		fix: ['Send the files by a share link or split them over several messages, keeping the whole message well under the limit.', 'Ask the recipient how large a message their organisation accepts.'],
		whoActs: 'sender',
		retry: 'retry-after-fix',
		reason: 'mesgtoobig',
		source: CODES,
	},
	// "554 Mail loop detected - https://community.mimecast.com/docs/DOC-1369#554"
	{
		reply: '554',
		phrase: /\bmail loop detected\b/i,
		title: 'Mimecast: mail loop',
		meaning: 'The message has passed through too many servers (25 Received headers), so Mimecast stopped it as a forwarding loop. The message never reached a mailbox, and resending fails the same way until the loop is broken.',
		causes: ['Forwarding rules or routing between the sender, the recipient and their servers that send the message round in circles.'],
		fix: ['Check the forwarding and routing set up for the addresses involved, on your servers and with the recipient, and break the loop before resending.', 'Resend once the loop is gone.'],
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
		reason: 'networkerror',
		source: CODES,
	},
	// "554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554"
	{
		phrase: /\bhost network,? not allowed\b/i,
		title: 'Mimecast: sending country blocked by the recipient',
		meaning: "A Geographical Restrictions policy of the recipient organisation refuses connections from the country the sending IP is located in. The policy belongs to the recipient organisation, so only its administrator can make an exception.",
		causes: ['The recipient organisation blocks, or does not permit, mail from the country of your sending IP.'],
		fix: [VIA_ADMIN, 'Their administrator adds an exception to the Geographical Restrictions policy; otherwise send from a server located elsewhere.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'policyviolation',
		source: CODES,
	},
	// "554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 [<reference>]"
	{
		reply: '554',
		phrase: /\bemail rejected due to security polic(?:y|ies)\b/i,
		title: 'Mimecast: virus signature or spam score over the limit',
		meaning: "Mimecast's scanning found either a virus signature or a spam score above its maximum in the message, and refused it. A virus verdict is final; a spam verdict can be lifted by the recipient organisation.",
		causes: ['An infected or suspicious attachment or link.', 'Content scored as spam.'],
		fix: ['Scan the message and its attachments; remove anything flagged and resend.', 'Anti-virus verdicts cannot be bypassed; for a spam verdict, ask the recipient to have their Mimecast administrator permit your address (Permitted Senders or Auto Allow), or submit the rejection to Mimecast’s sender feedback form.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'virusdetected',
		source: CODES,
	},
	// "550 Envelope rejected due to policy level block list in force - https://community.mimecast.com/docs/DOC-1369#550"
	{
		phrase: /\bpolicy level block list in force\b/i,
		title: 'Mimecast: blocked by a policy-level block list',
		meaning: "A Mimecast policy of the recipient organisation blocked the message automatically, from rules such as blocked sender domains, groups, or the default block on relaying between two outside addresses. The policy belongs to the recipient organisation, so only its administrator can change it.",
		causes: ['Your domain or address in a Blocked Senders group of the recipient organisation.', 'Mail between two addresses outside the recipient organisation that is not in its authorised relay group.'],
		fix: [VIA_ADMIN, 'Their administrator removes the entry, or adds the route to the authorised relay group if it is legitimate.'],
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
		reason: 'rejected',
		source: BLOCKED_SENDERS,
	},
];
