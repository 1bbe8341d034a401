import {describe, expect, test} from 'vitest';
import {REASON_RULES, classifyReason, isHardBounce, pseudoStatus, reasonFromText} from '../../src/core/reasons';
import {REASONS} from '../../src/core/types';

// Diagnostic lines (the remote server's words) → reason. Several are deliberately miscategorised
// by their servers: the words must win over the code.
const TABLE: [string, string, string, string?][] = [
	// [diagnostic, status, expected reason, command]
	['550 5.1.1 <bob@rcpt.example>: Recipient address rejected: User unknown in local recipient table', '5.1.1', 'userunknown', 'RCPT'],
	['550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient\'s email address', '5.1.1', 'userunknown'],
	['550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', '5.1.10', 'userunknown'],
	['550 5.0.0 <bob@rcpt.example>... User unknown', '5.0.0', 'userunknown', 'RCPT'],
	['Sorry, no mailbox here by that name. (#5.1.1)', '5.1.1', 'userunknown'],
	['552 5.2.2 <bob@rcpt.example>: mailbox is full', '5.2.2', 'mailboxfull'],
	['550 5.1.1 Mailbox quota exceeded for this recipient', '5.1.1', 'mailboxfull'],
	['452 4.2.2 The email account that you tried to reach is over quota', '4.2.2', 'mailboxfull'],
	['552 5.3.4 Message size exceeds fixed limit', '5.3.4', 'mesgtoobig'],
	['550 5.2.1 The email account that you tried to reach is disabled.', '5.2.1', 'suspend'],
	['550 5.7.26 Unauthenticated email from sender.example is not accepted due to domain\'s DMARC policy', '5.7.26', 'authfailure'],
	['550 5.7.1 SPF check failed for sender.example', '5.7.1', 'authfailure'],
	['554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org', '5.7.1', 'blocked'],
	['550 5.7.1 Client host rejected: cannot find your hostname, [198.51.100.7]', '5.7.1', 'requireptr'],
	['550 5.7.1 Message rejected as spam by Content Filtering', '5.7.1', 'spamdetected'],
	['554 5.7.1 Virus found in message: Eicar-Test-Signature', '5.7.1', 'virusdetected'],
	['554 5.7.1 <bob@rcpt.example>: Relay access denied', '5.7.1', 'norelaying'],
	['553 5.1.8 <alice@sender.example>: Sender address rejected: Domain not found', '5.1.8', 'rejected', 'MAIL'],
	['Host or domain name not found. Name service error for name=rcpt.example type=A: Host not found', '', 'hostunknown'],
	['421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to user complaints', '4.7.0', 'badreputation'],
	['421 Too many concurrent SMTP connections from this IP address', '', 'toomanyconn'],
	['450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages', '4.2.1', 'speeding'],
	['556 5.1.10 Recipient address has null MX', '5.1.10', 'notaccept'],
	['550 5.7.1 Message contains a prohibited attachment type, violates local policy', '5.7.1', 'policyviolation'],
	['530 5.7.0 Must issue a STARTTLS command first', '5.7.0', 'securityerror'],
	['connect to mx.rcpt.example[192.0.2.10]:25: Connection timed out', '', 'expired'],
	['retry timeout exceeded', '', 'expired'],
	['Name service error for name=rcpt.example type=MX: Malformed or unexpected name server reply', '', 'networkerror'],
	['452 4.3.1 Insufficient system storage', '4.3.1', 'systemfull'],
	['550 5.7.1 Messages with multiple addresses in From: header are not accepted', '5.7.1', 'notcompliantrfc'],
	['551 5.1.6 Recipient has moved; no forwarding address', '5.1.6', 'hasmoved'],
	// Documented provider and MTA wordings.
	['554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554', '', 'policyviolation'],
	['554 email rejected due to security policies - MCSpamSignature.sa.2.2', '', 'virusdetected'],
	['542 bob@rcpt.example Rejected', '', 'userunknown'],
	['451 4.0.0 Operating system error', '4.0.0', 'mailererror'],
	// Miscategorised: "user unknown" said at DATA, after RCPT accepted the address, is a filter.
	['550 5.2.1 <bob@rcpt.example>... User Unknown', '5.2.1', 'filtered', 'DATA'],
	// Miscategorised: a 5.2.1 (mailbox disabled) code with words saying the user is unknown, at RCPT.
	['550 5.2.1 <bob@rcpt.example>... User Unknown', '5.2.1', 'userunknown', 'RCPT'],
	// Miscategorised: a sender problem said with a recipient code at MAIL.
	['553 5.1.1 Domain of sender address alice@sender.example does not exist', '5.1.1', 'rejected', 'MAIL'],
	// "Access denied" names no party: the stage does (MAIL → the sender), else the X.7 subject.
	['550 5.7.1 Access denied', '5.7.1', 'rejected', 'MAIL'],
	['550 5.7.1 <bob@rcpt.example>... Access denied', '5.7.1', 'securityerror'],
	// RFC 3463 X.7.1 "Delivery not authorized, message refused" is a security status; it beats reply 551.
	['551 5.7.1 <bob@rcpt.example>: Recipient address rejected: Delivery not authorized', '5.7.1', 'securityerror', 'RCPT'],
	// X.2.3 is the per-recipient limit even when the words speak of size.
	['552 5.2.3 Message size exceeds fixed maximum message size (10485760)', '5.2.3', 'exceedlimit', 'MAIL'],
	// RFC 5321 554 "Transaction failed" with no other cause: the receiving system failed.
	['554 Transaction failed', '', 'systemerror', 'MAIL'],
	// Relaying refused only for want of SMTP AUTH (RFC 4954) is a security requirement.
	['550-Please turn on SMTP Authentication in your mail client. 550 relay through this server without authentication.', '', 'securityerror'],
	// Amazon SES: the sending identity was not verified, SES will not relay for it.
	['554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: a@sender.example', '', 'norelaying', 'DATA'],
	// "User unknown" words under a mail-system code (X.3.x), not said at RCPT: a filter refused the message.
	['5.3.0 - Other mail system problem 550-\'Unknown user bob@rcpt.example\'', '5.3.0', 'filtered'],
	// "User unknown" with no address and no command is a missing mailbox to the generic reading (one
	// carrier means otherwise: receivers/kddi.ts, applied by the decoder).
	['550 : User unknown', '5.0.0', 'userunknown'],
	['550 <bob@rcpt.example>: User unknown', '5.0.0', 'userunknown', 'RCPT'],
	// A relay's wrapper words do not override the remote reply nested inside them (Amazon SES).
	["5.1.0 - Unknown address error 550-'5.7.1 <x@bounces.sender.example>... Access denied' (delivery attempts: 0)", '5.7.1', 'securityerror'],	// Mailbox-not-there wordings; the words outrank a generic X.7.1 refusal code at RCPT.
	['550 ** No mail box available for this user **', '5.0.0', 'userunknown', 'RCPT'],
	['550 5.7.1 No mailbox found', '5.7.1', 'userunknown', 'RCPT'],
	['554 Rcpt <bob@rcpt.example> does not exist', '5.0.0', 'userunknown', 'RCPT'],
	// A switched-off account is suspend, whatever the 551 reply code suggests.
	['551 <bob@rcpt.example> is a deactivated mailbox', '5.0.0', 'suspend', 'RCPT'],
	// qmail-smtpd refusing a domain it does not accept mail for is a relaying refusal, not an unknown host.
	["553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", '5.0.0', 'norelaying', 'RCPT'],
	['553-you are trying to use me [mx.rcpt.example] as a relay, but I have not been configured to let you do this. (#5.7.1)', '5.0.0', 'norelaying', 'RCPT'],
	// vpopmail's over-quota wording outranks its "try again later".
	["maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota, please try again later.", '5.2.2', 'mailboxfull'],
	// The client's address named as the one refused.
	['550 192.0.2.7 is not allowed to send mail from sender.example', '5.0.0', 'blocked', 'RCPT'],
	// A content filter's spam pattern is not a blocklist, though the server says "blocked using".
	['553 Blocked using spam pattern, your message may contain the spam contents', '5.0.0', 'spamdetected', 'DATA'],
	['554 Service unavailable; Client host [192.0.2.7] blocked using bl.spamcop.net', '5.0.0', 'blocked', 'RCPT'],
	// Exim's retry period for every host ran out.
	['all hosts have been failing for a long time and were last tried after this message arrived', '', 'expired'],
	// Postfix says a HELO restriction at RCPT (smtpd_delay_reject): the client's name, not the recipient's domain.
	['450 4.7.1 <mail.sender.example>: Helo command rejected: Host not found', '4.7.1', 'blocked', 'RCPT'],
	['450 4.1.2 <bob@rcpt.invalid>: Recipient address rejected: Domain not found', '4.1.2', 'hostunknown', 'RCPT'],
	// A null MX named in reply to MAIL, or under X.7.27, is the sender's domain's (RFC 7505 §4.2).
	['501 5.7.27 Domain in MAIL FROM has null MX record', '5.7.27', 'rejected', 'MAIL'],
	['556 5.1.10 Recipient address has null MX', '5.1.10', 'notaccept', 'RCPT'],
	// amavisd-new's "Reject, id=… - <category>": the category decides.
	['554 5.7.0 Reject, id=12345-01 - spam', '5.7.0', 'spamdetected', 'DATA'],
	// A site's own log tag after amavis's id, as real replies carry one ("id=22222-22 NekoNyaan-2y:2 - SPAM").
	['554 5.7.0 Reject, id=22222-22 MYBANK-2y:2 - BANNED: P=p003,L=1,T=exe,N=setup.exe', '5.7.0', 'policyviolation', 'DATA'],
	['554 5.7.0 Reject, id=12345-01 - BANNED: P=p003,L=1,T=exe,N=setup.exe', '5.7.0', 'policyviolation', 'DATA'],
	['554 5.6.0 Reject, id=12345-01 - BAD HEADER: MIME error', '5.6.0', 'contenterror', 'DATA'],
	['554 5.7.0 Reject, id=12345-01 - INFECTED: Eicar-Test-Signature', '5.7.0', 'virusdetected', 'DATA'],
	['550 5.3.5 Reject, id=12345-01 - Unable to relay message back to MTA', '5.3.5', 'systemerror', 'DATA'],
	// Apache James's DNSBL refusal names the client, though it says "unauthenticated".
	['554 5.7.1 Rejected: unauthenticated e-mail from /192.0.2.1 is restricted.  Contact the postmaster for details.', '5.7.1', 'blocked', 'RCPT'],
	['550 5.7.23 SPF authentication failed', '5.7.23', 'authfailure', 'MAIL'],
	// Hosted gateways and providers, in their documented words.
	['550 5.7.1 <bob@rcpt.example>: Recipient address rejected: User email address is marked as invalid.', '5.7.1', 'userunknown', 'RCPT'],
	['450 4.7.1 <bob@rcpt.example>: Recipient address rejected: ERS-QIL.', '4.7.1', 'blocked', 'RCPT'],
	['554 Rejected due to banned content', '', 'policyviolation', 'DATA'],
	["551 Sender is on domain's blacklist", '', 'rejected', 'MAIL'],
	['550 5.7.0 [SPF] 192.0.2.1 is not allowed to send mail from sender.example', '5.7.0', 'authfailure', 'RCPT'],
	// A block list's lookup link is no reputation verdict of its own: the list's refusal decides.
	['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using b.barracudacentral.org; https://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.1', '5.7.1', 'blocked', 'RCPT'],
	// Mail servers' own wordings (each in its phrase file with its source).
	['450 4.7.1 Session encryption is required', '4.7.1', 'securityerror', 'RCPT'],
	['451 4.1.8 Client IP address 192.0.2.9 does not resolve', '4.1.8', 'requireptr', 'RCPT'],
	['Command died with signal 9: "/usr/bin/maildrop"', '4.3.0', 'mailererror'],
	['452 Space shortage, please try later', '', 'systemfull', 'MAIL'],
	['554 5.2.2 Too many messages in the mailbox', '5.2.2', 'mailboxfull', 'RCPT'],
	// Lotus Domino's directory answers.
	['Recipient user name bob (bob@rcpt.example) not unique. Several matches found in Domino Directory.', '5.0.0', 'systemerror'],
	['Cannot route mail to user (bob@rcpt.example).', '5.0.0', 'filtered'],
];

describe('classifyReason', () => {
	test.each(TABLE)('%s → %s', (diagnostic, status, expected, command) => {
		expect(classifyReason({diagnostic, status, command: command ?? ''})).toBe(expected);
	});

	test('delivered and delayed actions', () => {
		expect(classifyReason({status: '2.0.0', action: 'delivered'})).toBe('delivered');
		expect(classifyReason({status: '', action: 'delayed'})).toBe('expired');
	});

	test('status alone decides when the words say nothing', () => {
		expect(classifyReason({status: '5.1.1', diagnostic: ''})).toBe('userunknown');
		expect(classifyReason({status: '5.2.2', diagnostic: 'see https://example.com/'})).toBe('mailboxfull');
		expect(classifyReason({status: '5.7.1', diagnostic: '', command: 'MAIL'})).toBe('rejected');
		expect(classifyReason({})).toBe('onhold');
	});

	test('a delay with no reply and only a generic code is a message still in the queue', () => {
		expect(classifyReason({status: '4.4.0', action: 'delayed'})).toBe('expired');
		// … but a reply with words is classified by them.
		expect(classifyReason({status: '4.3.0', replyCode: '451', diagnostic: '451 4.3.0 Error: queue file write error', action: 'delayed'})).toBe('systemerror');
	});

	test("a provider's documented rule settles a size code against its words", () => {
		const diagnostic = '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient';
		expect(classifyReason({status: '5.2.3', diagnostic})).toBe('exceedlimit');
		expect(classifyReason({status: '5.2.3', diagnostic, providerReason: 'mesgtoobig'})).toBe('mesgtoobig');
	});

	test('only a reply made of an address and "Rejected" refuses that address', () => {
		expect(reasonFromText('542 bob@rcpt.example Rejected')).toBe('userunknown');
		expect(reasonFromText('550 mail from <alice@sender.example> rejected')).not.toBe('userunknown');
	});

	test('a virus scanner that failed found nothing: no virus verdict (Haraka plugins/clamd.js)', () => {
		expect(reasonFromText('451 Error connecting to virus scanner')).toBeUndefined();
		expect(reasonFromText('451 Error running virus scanner')).toBeUndefined();
		expect(reasonFromText('451 Virus scanner timed out')).not.toBe('virusdetected');
		expect(reasonFromText('554 Virus scanner found Eicar-Test-Signature')).toBe('virusdetected');
	});

	test('an address or a reply that could not be parsed is no content error (Exim src/src/parse.c)', () => {
		expect(classifyReason({diagnostic: '501 <user@@rcpt.example>: malformed address: @rcpt.example> may not follow <user@', replyCode: '501', command: 'RCPT'})).toBe('syntaxerror');
		expect(classifyReason({diagnostic: '501 <@rcpt.example>: missing or malformed local part (expected word or "<")', replyCode: '501', command: 'RCPT'})).toBe('syntaxerror');
		expect(reasonFromText('Malformed SMTP reply (an empty line) in response to RCPT TO:<bob@rcpt.example>')).not.toBe('contenterror');
		expect(reasonFromText('554 5.6.0 Malformed MIME header in message')).toBe('contenterror');
	});

	test('x-unix diagnostics are a local program failing', () => {
		expect(classifyReason({diagnostic: 'temporary failure', diagnosticType: 'x-unix'})).toBe('mailererror');
	});

	test('RFC 3463 X.4.x codes alone name the reason as the reference table does', () => {
		// 4.4.1 "No answer from host" ends as a delivery that timed out; 4.4.2/4.4.4/4.4.8 are
		// network and routing trouble; 4.4.5 "Mail system congestion" a full system; 5.4.4 no route.
		expect(classifyReason({status: '4.4.1', action: 'delayed'})).toBe('expired');
		expect(classifyReason({status: '4.4.1', diagnostic: '', action: 'failed'})).toBe('expired');
		expect(classifyReason({status: '4.4.2', diagnostic: ''})).toBe('networkerror');
		expect(classifyReason({status: '4.4.4', diagnostic: ''})).toBe('networkerror');
		expect(classifyReason({status: '4.4.5', diagnostic: ''})).toBe('systemfull');
		expect(classifyReason({status: '5.4.4', diagnostic: ''})).toBe('hostunknown');
		// qmail-remote's words name a connection failure whatever its #4.4.1 says.
		expect(classifyReason({status: '4.4.1', diagnostic: "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", action: 'delayed'})).toBe('networkerror');
	});

	test("a Postfix pipe(8) command's connection trouble is the local program failing", () => {
		const diagnostic = 'temporary failure. Command output: filterd: unable to connect to scanner daemon: Connection refused';
		expect(classifyReason({status: '4.0.0', diagnostic, diagnosticType: 'X-Postfix', action: 'delayed'})).toBe('mailererror');
		// … but what the program reports about the mailbox still decides.
		expect(classifyReason({status: '4.3.0', diagnostic: 'temporary failure. Command output: Quota exceeded message delivery failed to /var/mail/bob', diagnosticType: 'X-Postfix'})).toBe('mailboxfull');
		// … and a remote server refusing a connection is not a local program.
		expect(classifyReason({status: '4.4.1', diagnostic: 'connect to mx.rcpt.example[192.0.2.10]:25: Connection refused', diagnosticType: 'X-Postfix', action: 'delayed'})).not.toBe('mailererror');
	});

	test('common MTA wordings of a missing mailbox, a full mailbox and a processing error', () => {
		expect(reasonFromText('554 delivery error: dd Not a valid recipient - mx.rcpt.example')).toBe('userunknown');
		expect(reasonFromText('550 bob@rcpt.example is not a valid user here')).toBe('userunknown');
		expect(reasonFromText("This person's account is exceeding their quota.")).toBe('mailboxfull');
		expect(reasonFromText('552 Requested mail action aborted: user has too many messages on the server')).toBe('mailboxfull');
		expect(reasonFromText('The following mail has been returned because it encountered an error while being processed.')).toBe('systemerror');
		expect(reasonFromText("Sorry, I couldn't find any host by that name. (#5.1.2)")).toBe('hostunknown');
		// Gmail's legacy DNS errors: a missing domain, a lookup that timed out, a resolver failure.
		expect(reasonFromText('Technical details of permanent failure: DNS Error: Domain name not found')).toBe('hostunknown');
		expect(reasonFromText('DNS Error: DNS server returned answer with no data')).toBe('hostunknown');
		expect(reasonFromText('DNS Error: Could not contact DNS servers')).toBe('expired');
		expect(reasonFromText('DNS Error: 2542491 DNS type \'mx\' lookup of rcpt.example responded with code SERVFAIL')).toBe('networkerror');
	});

	test('"spam" as a word, not inside a host or domain name', () => {
		expect(reasonFromText('550 5.7.1 Message rejected as spam')).toBe('spamdetected');
		expect(reasonFromText('554 5.7.1 spam detected (score 12.3)')).toBe('spamdetected');
		expect(reasonFromText('550 Rejected by anti-spam rules')).toBe('spamdetected');
		expect(reasonFromText('550 message rejected by the antispam engine')).toBe('spamdetected');
		expect(reasonFromText('552-Thanks for using the MAILTEST.EXAMPLE server test at mx.nospam.example. Results are at http://www.nospam.example/report')).toBeUndefined();
	});

	test('a deciding provider’s reading of its reply wins over the generic words; another only over a generic refusal', () => {
		// Apple's "deferred due to excessive volume" is its receiving-rate limit (Sisimai Rhost/Apple.pm), though "deferred" reads as a delay.
		const diagnostic = '421 4.7.1 Messages to neko@icloud.com deferred due to excessive volume. Try again later';
		expect(classifyReason({status: '4.7.1', diagnostic, providerReason: 'speeding', providerDecides: true})).toBe('speeding');
		expect(classifyReason({status: '4.7.1', diagnostic, providerReason: 'speeding'})).not.toBe('speeding');
	});

	// A reply code with no words and no enhanced code: RFC 5321 §4.2.2 syntax and sequence replies, the
	// encryption replies of RFC 4954 / 5248, 525 account disabled — as Sisimai reads them.
	test.each([
		['500', '', 'syntaxerror'],
		['503', '', 'syntaxerror'],
		['504', '', 'syntaxerror'],
		['538', '', 'securityerror'],
		['523', '', 'securityerror'],
		['454', 'STARTTLS', 'securityerror'],
		['525', '', 'suspend'],
		['550', '', 'onhold'],
		['554', '', 'onhold'],
	])('reply %s alone (command %s) → %s', (replyCode, command, expected) => {
		expect(classifyReason({replyCode, command, diagnostic: `${replyCode} xyz`})).toBe(expected);
	});

	// A code with no words: RFC 3463 / 3886 / 4954 / 6710 / 7293 / 8617 meanings, as Sisimai SMTP/Status.pm maps them.
	test.each([
		['4.1.6', 'hasmoved'],
		['5.7.17', 'hasmoved'],
		['5.7.18', 'hasmoved'],
		['5.1.9', 'systemerror'],
		['5.3.3', 'systemerror'],
		['5.5.5', 'systemerror'],
		['5.2.0', 'filtered'],
		['5.2.4', 'filtered'],
		['4.7.1', 'blocked'],
		['5.7.1', 'securityerror'],
		['5.7.3', 'securityerror'],
		['5.7.16', 'mesgtoobig'],
		['5.5.6', 'syntaxerror'],
		['5.7.28', 'spamdetected'],
		['5.7.29', 'authfailure'],
	])('status %s alone → %s', (status, expected) => {
		expect(classifyReason({status})).toBe(expected);
	});

	test('reply-code prefixes of joined multi-line replies do not break phrases', () => {
		expect(reasonFromText('550-5.7.1 Messages with multiple 550 5.7.1 addresses in From: header are not accepted')).toBe('notcompliantrfc');
	});
});

describe('reason modules', () => {
	test('every rule is a reason of the vocabulary, listed once', () => {
		const ids = REASON_RULES.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(REASONS).toContain(id);
	});

	test('phrases are lower-case (the text is lower-cased before matching)', () => {
		for (const r of REASON_RULES) for (const p of r.phrases) if (typeof p === 'string') expect(p).toBe(p.toLowerCase());
	});

	test('statuses are well-formed RFC 3463 codes', () => {
		for (const r of REASON_RULES) for (const s of r.statuses ?? []) expect(s).toMatch(/^[45]\.\d{1,3}\.\d{1,3}$/);
	});

	test('pseudo codes follow the corpus convention', () => {
		expect(pseudoStatus('userunknown', false)).toBe('5.0.911');
		expect(pseudoStatus('expired', true)).toBe('4.0.947');
		expect(pseudoStatus('hostunknown', false)).toBe('5.0.912');
		expect(pseudoStatus('filtered', false)).toBe('5.0.910');
		expect(pseudoStatus('onhold', false)).toBe('5.0.901');
	});

	test('hard bounce definition', () => {
		expect(isHardBounce('userunknown', '5.1.1', '550')).toBe(true);
		expect(isHardBounce('hostunknown', '5.0.912', '')).toBe(true);
		expect(isHardBounce('hasmoved', '5.1.6', '551')).toBe(true);
		expect(isHardBounce('notaccept', '5.0.932', '')).toBe(true);
		expect(isHardBounce('notaccept', '4.0.0', '')).toBe(false);
		expect(isHardBounce('mailboxfull', '5.2.2', '552')).toBe(false);
	});

	test('each exception sits with the reason it qualifies, cites its RFC and names another reason', () => {
		const withExceptions = REASON_RULES.filter((r) => r.exceptions?.length).map((r) => r.id).sort();
		expect(withExceptions).toEqual(['hostunknown', 'mesgtoobig', 'norelaying', 'notaccept', 'userunknown']);
		for (const r of REASON_RULES) {
			for (const e of r.exceptions ?? []) {
				expect(e.source, r.id).toMatch(/^RFC \d{3,4}\b/);
				expect(REASONS, r.id).toContain(e.reason);
				expect(e.reason, r.id).not.toBe(r.id);
			}
		}
	});

	test('exceptions apply only under their stage or code', () => {
		const ask = (diagnostic: string, status: string, command: string): string => classifyReason({diagnostic, status, command});
		expect(ask('550 5.1.1 <bob@rcpt.example>: User unknown', '5.1.1', 'RCPT')).toBe('userunknown');
		expect(ask('550 5.1.1 <bob@rcpt.example>: User unknown', '5.1.1', 'MAIL')).toBe('rejected');
		expect(ask('554 5.7.1 User unknown', '5.7.1', 'DATA')).toBe('filtered');
		expect(ask('554 5.7.1 User unknown', '5.7.1', 'RCPT')).toBe('userunknown');
		expect(ask('501 5.1.2 Host unknown', '5.1.2', 'EHLO')).toBe('blocked');
		expect(ask('550 5.7.1 Relaying denied. Proper authentication required', '5.7.1', 'RCPT')).toBe('securityerror');
		expect(ask('550 5.7.1 Relaying denied', '5.7.1', 'RCPT')).toBe('norelaying');
		expect(ask('552 5.2.3 Message size exceeds fixed limit', '5.2.3', 'DATA')).toBe('exceedlimit');
		expect(classifyReason({diagnostic: '552 5.2.3 Message size exceeds fixed limit', status: '5.2.3', command: 'DATA', providerReason: 'mesgtoobig'})).toBe('mesgtoobig');
	});
});
