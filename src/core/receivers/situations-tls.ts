// The sending server's TLS policy for the destination could not be met: it must encrypt (its own
// setting, the recipient domain's MTA-STS policy, RFC 8461, or DANE TLSA records, RFC 7672) and the
// receiving server did not offer STARTTLS, the handshake failed, or its certificate did not pass the
// checks the policy asks for. The sending server says so in its own words, usually with its own 4.7.x
// status and no SMTP reply: Postfix's SMTP client ("TLS is required, but was not offered by host …",
// "Cannot start TLS: handshake failure", "Server certificate not verified", src/smtp/smtp_proto.c;
// "TLSA lookup error for HOST:PORT", src/smtp/smtp_tls_policy.c), Exim's smtp transport ("a TLS session
// is required, but the server did not offer TLS support" / "… but an attempt to start TLS failed",
// src/src/transports/smtp.c), OpenSSL's verification error quoted by the servers built on it
// ("certificate verify failed"); and the receiving server's refusal when its own TLS engine is broken
// ("454 4.3.0 TLS not available due to local problem", Postfix src/smtpd/smtpd.c). The receiving
// server's demand for TLS ("Must issue a STARTTLS command first") is in postfix.ts. Tried for every
// bounce (index.ts, last tier).

import type {Receiver} from '../types';
import {defineReceiver} from './define';

const POSTFIX_PROTO = 'https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtp/smtp_proto.c';

/** How the sending side finds which policy demanded TLS for this destination. */
const POLICY_STEP = 'On the sending server, find what demands TLS for this destination: its own setting (smtp_tls_security_level = encrypt, verify, secure or dane in Postfix; hosts_require_tls in Exim), a TLS policy table entry, or the recipient domain’s MTA-STS policy (https://mta-sts.example.com/.well-known/mta-sts.txt) or TLSA records.';

export const tls: Receiver = defineReceiver({
	id: 'tls',
	name: 'STARTTLS policy',
	anywhere: true,
	kind: 'situation',
	// Not a provider: the sending server's words name it.
	detect: [],
	rules: [
		// "TLS is required, but was not offered by host mx.example.com[192.0.2.1]" (Postfix) / "a TLS session is required, but the server did not offer TLS support" (Exim)
		{
			phrase: /\bTLS is required, but was not offered\b|\bTLS session is required, but the server did not offer TLS\b/i,
			title: 'Encryption required, but the receiving server does not offer it',
			meaning: 'The sending server may deliver to this destination only over TLS, and the receiving server did not announce STARTTLS in its EHLO reply. The message waits in the queue and is retried; it bounces if the receiving side never offers TLS before the queue lifetime ends.',
			causes: [
				'A receiving server without STARTTLS (TLS switched off, or its certificate missing).',
				'A device between the servers that strips STARTTLS from the EHLO reply (some firewalls “inspect” SMTP this way).',
				'A sending policy stricter than the destination supports (TLS required for every domain).',
			],
			fix: [
				POLICY_STEP,
				'Check from the sending server whether STARTTLS is offered (openssl s_client -starttls smtp -connect mx-host:25); if it is missing, ask the recipient’s administrator to enable it.',
				'If your own policy is stricter than needed, relax it for this destination only.',
			],
			whoActs: 'recipient-admin',
			retry: 'will-retry',
			reason: 'securityerror',
			source: POSTFIX_PROTO,
		},
		// "Cannot start TLS: handshake failure" / "TLS is required, but host mx.example.com[192.0.2.1] refused to start TLS: 454 4.7.0 TLS not available due to local problem" (Postfix) / "a TLS session is required, but an attempt to start TLS failed" (Exim)
		{
			phrase: /\bCannot start TLS: handshake failure\b|\brefused to start TLS\b|\battempt to start TLS failed\b/i,
			title: 'The TLS handshake with the receiving server failed',
			meaning: 'The receiving server offered STARTTLS, but the two servers could not set up the encrypted session, or the receiving server refused the STARTTLS command. With TLS required for this destination, the sending server may not fall back to plain text, so it retries later.',
			causes: [
				'No TLS version or cipher in common (an old server limited to TLS 1.0, or a sending server that allows only TLS 1.3).',
				'A broken certificate or key setup on the receiving server, or its TLS library failing.',
				'A middlebox interfering with the TLS session.',
			],
			fix: [
				'Test the handshake from the sending server (openssl s_client -starttls smtp -connect mx-host:25) and read the error it gives.',
				'If the receiving side only speaks outdated TLS versions, ask its administrator to upgrade; widen your own protocol and cipher settings only for that destination, and only if your policy allows it.',
			],
			whoActs: 'recipient-admin',
			retry: 'will-retry',
			reason: 'securityerror',
			source: POSTFIX_PROTO,
		},
		// "Server certificate not verified" (Postfix) / "TLS session failure: (SSL_connect): error:0A000086:SSL routines::certificate verify failed" (OpenSSL, quoted by Exim and others)
		{
			phrase: /\bServer certificate not (?:verified|trusted)\b|\bcertificate verify failed\b/i,
			title: 'The receiving server’s certificate did not pass verification',
			meaning: 'The destination must be delivered to over verified TLS: a strict sending policy, the recipient domain’s MTA-STS policy in enforce mode, or DANE. The receiving server’s certificate failed that check: its name does not match the MX host, it has expired, or it is not signed by an authority the sending server trusts.',
			causes: [
				'A certificate whose names do not include the MX host name the sending server connected to (a name mismatch, often after a move to another mail provider).',
				'An expired or self-signed certificate, or a missing intermediate certificate in the chain.',
				'An MTA-STS policy whose mx: lines do not list the MX hosts the domain now uses.',
				'DANE TLSA records that no longer match the certificate after it was renewed.',
			],
			fix: [
				POLICY_STEP,
				'Inspect the certificate (openssl s_client -starttls smtp -connect mx-host:25 -servername mx-host) for its names, dates and chain.',
				'Tell the recipient’s administrator what failed: they must renew or correct the certificate, update the MTA-STS policy file, or publish TLSA records matching the new certificate.',
			],
			whoActs: 'recipient-admin',
			retry: 'will-retry',
			reason: 'securityerror',
			source: 'https://www.rfc-editor.org/rfc/rfc8461#section-4.2',
		},
		// "454 4.3.0 TLS not available due to local problem" (Postfix's server, when its own TLS engine did not start)
		{
			phrase: /\bTLS not available due to local problem\b/i,
			title: 'The receiving server’s TLS is not working',
			meaning: 'The receiving server (Postfix) announced STARTTLS but could not start its own TLS engine when asked, so it refused the command. A sending server that requires TLS for this destination defers the message; one that does not may deliver in plain text instead.',
			causes: ['A missing, unreadable or expired certificate or key file on the receiving server.', 'A broken TLS library or configuration there after an upgrade.'],
			fix: [
				'Tell the recipient’s administrator by another channel: their mail log names the TLS problem at the time of the refusal.',
				'Check from the sending server whether their STARTTLS works again (openssl s_client -starttls smtp -connect mx-host:25); the queued message is retried on its own.',
			],
			whoActs: 'recipient-admin',
			retry: 'will-retry',
			reason: 'securityerror',
			source: 'https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd.c',
		},
		// "TLSA lookup error for mx.example.com:25" (Postfix, DANE)
		{
			phrase: /\bTLSA lookup error for\b/i,
			title: 'The DANE records of the receiving server could not be looked up',
			meaning: 'The recipient domain is signed with DNSSEC, so the sending server looks for TLSA records (DANE) that pin the receiving server’s certificate, and that lookup failed. Without an answer it cannot tell whether TLS must be verified against them, so it defers delivery and retries.',
			causes: ['Name servers of the domain that fail on TLSA queries (some answer SERVFAIL for record types they do not know).', 'A DNSSEC signing problem in the zone that holds the TLSA records.'],
			fix: [
				'Run dig TLSA _25._tcp.mx-host +dnssec from the sending server: a SERVFAIL points to the recipient’s DNS.',
				'Tell the recipient’s administrator: their DNS provider must answer TLSA queries correctly (RFC 7672).',
			],
			whoActs: 'recipient-admin',
			retry: 'will-retry',
			reason: 'securityerror',
			source: 'https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtp/smtp_tls_policy.c',
		},
	],
});
