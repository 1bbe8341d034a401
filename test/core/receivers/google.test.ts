import {describe, expect, it} from 'vitest';
import {resolve, type Row} from './helpers';

// Lines written from the formats in Google's "Gmail SMTP errors and codes" (support.google.com/a/answer/3726730).
const rows: Row[] = [
	['550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [example.com] with ip: [192.0.2.1] = did not pass 550 5.7.26 For instructions on setting up authentication, go to https://support.google.com/mail/answer/81126#authentication a1si1.1 - gsmtp', 'google', 'authfailure', /Unauthenticated sender \(blocked\)/],
	["550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. a1si1.1 - gsmtp", 'google', 'authfailure', /DMARC policy/],
	['550 5.7.26 The MAIL FROM domain [example.com] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [192.0.2.1]. - gsmtp', 'google', 'authfailure', /SPF hard fail/],
	["421-4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message. - gsmtp", 'google', 'authfailure', /SPF did not pass \(rate limited\)/],
	["550-5.7.27 This message was blocked because it didn't pass SPF authentication. - gsmtp", 'google', 'authfailure', /SPF did not pass \(blocked\)/],
	['421-4.7.28 Gmail has detected an unusual rate of unsolicited email originating from your IP address 192.0.2.1. To protect our users from spam, email sent from your IP address has been temporarily rate limited. - gsmtp', 'google', 'speeding', /Unusual rate/],
	['421-4.7.28 Gmail has detected this sender exceeded the quota for sending messages that have the same Message-ID: - gsmtp', 'google', 'speeding', /same Message-ID/],
	['550-5.7.28 There is an unusual rate of unsolicited email originating from your IP address. - gsmtp', 'google', 'badreputation', /Unusual rate of unsolicited mail \(blocked\)/],
	["421-4.7.29 Your email has been rate limited because you're not using a TLS connection. - gsmtp", 'google', 'securityerror', /TLS \(rate limited\)/],
	["550-5.7.29 This message was blocked because it wasn't sent over a TLS connection. - gsmtp", 'google', 'securityerror', /TLS \(blocked\)/],
	["421-4.7.30 Your email has been rate limited because DKIM authentication didn't pass for this message. - gsmtp", 'google', 'authfailure', /DKIM did not pass \(rate limited\)/],
	["550-5.7.30 This message was blocked because it didn't pass DKIM authentication. - gsmtp", 'google', 'authfailure', /DKIM did not pass \(blocked\)/],
	["421-4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. - gsmtp", 'google', 'authfailure', /not aligned/],
	["550-5.7.25 This message was blocked because the sending IP address doesn't have a PTR record, or the forwarding DNS entry doesn't reference the sending IP address. - gsmtp", 'google', 'requireptr', /PTR/],
	['421-4.7.0 The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP. - gsmtp', 'google', 'requireptr', /reverse DNS/],
	['421-4.7.0 This message is suspicious due to the very low reputation of the sending IP address. - gsmtp', 'google', 'badreputation', /low sender reputation \(deferred\)/],
	['421-4.7.0 TLS required for RCPT domain, closing connection. - gsmtp', 'google', 'securityerror', /requires TLS/],
	['421 4.7.0 Try again later, closing connection. (EHLO) a1si1.1 - gsmtp', 'google', 'blocked', /deferred the connection/],
	['450-4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. - gsmtp', 'google', 'speeding', /too fast/],
	["452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp", 'google', 'mailboxfull', /storage full \(temporary\)/],
	["552-5.2.2 The recipient's inbox is out of storage space and inactive. - gsmtp", 'google', 'mailboxfull', /full and inactive/],
	['550-5.2.1 The email account that you tried to reach is inactive. https://support.google.com/mail/?p=DisabledUser - gsmtp', 'google', 'suspend', /inactive or disabled/],
	["550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address - gsmtp", 'google', 'userunknown', /does not exist/],
	['550 5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp', 'google', 'policyviolation', /admin rule/],
	['550-5.7.1 This message is likely unsolicited email. To reduce the amount of spam sent to Gmail, this message has been blocked. - gsmtp', 'google', 'spamdetected', /likely spam/],
	['550-5.7.1 This message is not RFC 5322 compliant because it has multiple From: headers. - gsmtp', 'google', 'notcompliantrfc', /format rules/],
	["550 5.7.1 The IP you're using to send email is not authorized to send email directly to our servers. - gsmtp", 'google', 'blocked', /directly/],
	['550-5.4.5 Daily user sending limit exceeded. - gsmtp', 'google', 'speeding', /daily sending limit/],
	['550 5.4.5 Daily SMTP relay limit exceeded for user. - gsmtp', 'google', 'speeding', /relay daily limit/],
	["552-5.3.4 Your message exceeded Google's message size limits. - gsmtp", 'google', 'mesgtoobig', /too large/],
	['552-5.7.0 This message was blocked because its content presents a potential security issue. - gsmtp', 'google', 'virusdetected', /security risk/],
	['552 5.7.0 Our system detected an illegal attachment on your message. - gsmtp', 'google', 'virusdetected', /security risk/],
	['550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. - gsmtp', 'google', 'policyviolation', /domain policy prohibits/],
	['535-5.7.8 Username and Password not accepted. - gsmtp', 'google', 'securityerror', /login rejected/],
	['534-5.7.9 Application-specific password required. - gsmtp', 'google', 'securityerror', /App password/],
	['504 5.7.40 Unrecognized authentication type. - gsmtp', 'google', 'securityerror', /mechanism not supported/],
	["421-4.7.26 This email has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. - gsmtp", 'google', 'authfailure', /Unauthenticated mail \(rate limited\)/],
	["550 5.7.1 Your message was blocked because the sending domain doesn't have a DMARC record or the DMARC record doesn't specify a DMARC policy. - gsmtp", 'google', 'authfailure', /No DMARC record/],
];

describe('google receiver', () => {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
	});

	it('lets the gcdp marker of an admin rule win over Gmail filter wording', () => {
		const found = resolve('550 5.7.1 Unsolicited mail is not allowed by example.com policy. - gcdp 12345 - gsmtp');
		expect(found?.reason).toBe('policyviolation');
		expect(found?.rule.whoActs).toBe('recipient-admin');
	});

	it('explains the X.7.27–X.7.30 codes with Gmail meanings, not IANA ones', () => {
		expect(resolve('550 5.7.27 blocked - gsmtp')?.rule.meaning).toMatch(/SPF/);
		expect(resolve('550 5.7.29 blocked - gsmtp')?.rule.meaning).toMatch(/TLS|encrypted/);
		expect(resolve('550 5.7.30 blocked - gsmtp')?.rule.meaning).toMatch(/DKIM/);
	});
});
