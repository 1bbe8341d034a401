// The recipient domain's DNS does not lead to a mail server: the domain does not exist (NXDOMAIN),
// exists without a mail or address record, its name servers fail to answer (SERVFAIL, timeouts), or
// it publishes a null MX (RFC 7505: "this domain accepts no mail"). The sending server says so in its
// own words, with no SMTP reply: Postfix's resolver ("Host or domain name not found. Name service error
// for name=… type=…: <h_errno text>", src/dns/dns_lookup.c, its texts from src/dns/dns_strerror.c;
// "Domain … does not accept mail (nullMX)"), Sendmail's sm_errstring() ("Name server: HOST: host not
// found", "…: host name lookup failure", "…: no data known", sendmail/err.c) and Exim's dnslookup
// router ("an MX or SRV record indicated no SMTP service", "all relevant MX records point to
// non-existent hosts", src/src/routers/dnslookup.c). A missing domain or a null MX is final; a
// failing name server is retried. Tried for every bounce (index.ts, last tier).

import type {Receiver} from '../types';
import {defineReceiver} from './define';

const POSTFIX_DNS = 'https://github.com/vdukhovni/postfix/blob/master/postfix/src/dns/dns_lookup.c';
const EXIM_DNSLOOKUP = 'https://github.com/Exim/exim/blob/master/src/src/routers/dnslookup.c';

export const recipientDns: Receiver = defineReceiver({
	id: 'recipient-dns',
	name: 'DNS of the recipient domain',
	anywhere: true,
	kind: 'situation',
	// Not a provider: the sending server's words name it.
	detect: [],
	rules: [
		// "Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found" (Postfix) / "Host unknown (Name server: example.invalid.: host not found)" (Sendmail)
		{
			phrase: /\bName service error for (?:name=|domain )\S{1,255}(?: type=[A-Z]{1,10})?: Host not found(?!, try again)|\bName server: \S{1,255}: host not found\b/i,
			title: 'The recipient’s domain does not exist in DNS',
			meaning: 'The sending server asked DNS for the mail servers of the domain after the @, and the domain’s own name servers answered that the name does not exist (NXDOMAIN). No server can be found to deliver to, so the message is returned.',
			causes: [
				'A typo in the domain (gmial.com, example.con).',
				'A domain that expired or was deleted.',
				'A domain whose delegation at its registry is broken.',
			],
			fix: [
				'Check the spelling of the domain with the recipient by another channel.',
				'Look the domain up yourself (dig MX example.com; dig NS example.com): NXDOMAIN confirms it does not exist.',
				'Remove the address from mailing lists if the domain is gone.',
			],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'hostunknown',
			source: POSTFIX_DNS,
		},
		// "Host or domain name not found. Name service error for name=example.com type=A: Host found but no data record of requested type" (Postfix) / "Name server: example.com.: no data known" (Sendmail)
		{
			phrase: /\bHost found but no data record of requested type\b|\bName server: \S{1,255}: no data known\b/i,
			title: 'The recipient’s domain has no mail server in DNS',
			meaning: 'The domain after the @ exists, but has neither an MX record naming its mail servers nor an address record to fall back on, so there is nowhere to deliver. A domain without MX records may still receive mail at the address its own name points to (RFC 5321, section 5.1); this one has neither.',
			causes: [
				'A domain used only for a website, or parked, with no mail set up.',
				'MX records removed or not yet created after a move to another mail provider.',
				'An MX host name that has no A or AAAA record.',
			],
			fix: [
				'Check the address with the recipient by another channel: the domain may not be theirs for mail.',
				'If it is your own domain, publish MX records for it (and A/AAAA records for the MX hosts).',
			],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'hostunknown',
			source: POSTFIX_DNS,
		},
		// "Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again" (Postfix) / "Deferred: Name server: example.com.: host name lookup failure" (Sendmail)
		{
			phrase: /\bHost not found, try again\b|\bName server: \S{1,255}: host name lookup failure\b/i,
			title: 'The recipient domain’s DNS did not answer (temporary lookup failure)',
			meaning: 'The sending server could not get an answer about the recipient’s domain: its name servers failed (SERVFAIL) or did not respond in time. Nothing says the domain is wrong; the lookup is retried and the message stays queued.',
			causes: [
				'The domain’s authoritative name servers are down, unreachable or misconfigured (a lame delegation).',
				'A DNSSEC signature that fails to validate (expired signatures, a wrong DS record at the registry).',
				'The sending server’s own resolver is broken or overloaded.',
			],
			fix: [
				'For a delay notice: nothing yet, the lookup is retried.',
				'From the sending server, run dig MX example.com: a SERVFAIL there while public resolvers answer points to your resolver; a SERVFAIL everywhere points to the domain’s DNS (check it at dnsviz.net).',
				'If the domain’s DNS is broken, tell the recipient by another channel so their administrator repairs it.',
			],
			whoActs: 'recipient-admin',
			retry: 'will-retry',
			reason: 'networkerror',
			source: POSTFIX_DNS,
		},
		// "Domain example.com does not accept mail (nullMX)" (Postfix) / "an MX or SRV record indicated no SMTP service" (Exim) / "556 5.1.10 Recipient address has null MX"
		{
			phrase: /\bdoes not accept mail \(nullMX\)|\bindicated no SMTP service\b|\bRecipient address has null MX\b|\breturned Null MX\b/i,
			title: 'The recipient’s domain accepts no mail (null MX)',
			meaning: 'The domain after the @ publishes a “null MX” record (a single MX with preference 0 and the name “.”): its owner declares that it receives no email at all. RFC 7505 tells sending servers to return such mail at once instead of retrying.',
			causes: ['An address at a domain that only serves a website or is parked.', 'A typo that happens to hit such a domain.'],
			fix: [
				'Do not send to this address again: ask the recipient by another channel for an address that receives mail.',
				'Remove the address from mailing lists and contact forms: every message to a null MX domain is returned the same way.',
				'To confirm, run dig MX on the domain: a single record “0 .” is the null MX.',
			],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'notaccept',
			source: 'https://www.rfc-editor.org/rfc/rfc7505',
		},
		// "all relevant MX records point to non-existent hosts" (Exim)
		{
			phrase: /\ball relevant MX records point to non-existent hosts\b/i,
			title: 'The recipient domain’s MX records point to names that do not exist',
			meaning: 'The domain has MX records, but every mail server name they give has no address in DNS, so the sending server has nowhere to connect. The fault is in the recipient domain’s DNS, not in the address itself: every message to that domain fails the same way until its records are corrected.',
			causes: ['MX records left pointing to old host names after a move.', 'A typo in an MX record, or an MX that names an IP address instead of a host name.'],
			fix: [
				'Confirm it yourself: dig MX on the domain lists the host names, and dig A (and AAAA) on each of them returns no address.',
				'Tell the recipient by another channel: their administrator must correct the MX records or create address records for the hosts they name.',
				'Send again once the records are fixed; nothing on the sending side needs to change.',
			],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'hostunknown',
			source: EXIM_DNSLOOKUP,
		},
	],
});
