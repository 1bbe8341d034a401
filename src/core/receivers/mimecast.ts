// Mimecast, an email security gateway in front of its customers' mail servers.
// Facts: Mimecast's support article "Mimecast SMTP Error Codes" (mimecastsupport.zendesk.com, article
// 34000709564691; formerly community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754 and
// community.mimecast.com/docs/DOC-1369, the page Mimecast's replies link to, with #421/#451/#550 …
// anchors). Its tables give, per row, the reply code, the "reason given to the sending MTA", what it
// means and the recommended resolution. "Policy level block list in force" comes from Mimecast's
// article on Blocked Senders policies. Mimecast deals only with its customers' designated contacts,
// so a sender who is not a customer goes through the recipient's Mimecast administrator.
// Only the first rows of the article could be read at its own address here; the other rows were
// read from a row-by-row transcription of it (the Mimecast module of the Sisimai bounce analyser
// quotes each row's code, reason text, description and fix). Three 451 rows there look shifted by
// one ("Recipient temporarily unavailable", "IP temporarily blacklisted", "Account service is
// temporarily unavailable"): each is read as the description that fits its own reason text.
//
// Mimecast's reason texts are generic words ("Invalid Recipient", "User unknown", "Too many
// recipients"), so these rules apply only when Mimecast is named in the reply (receivers/index.ts:
// Mimecast is a gateway, not a list). Mimecast also ends its replies with a bracketed reference such
// as [Aj3QXapeMpqZYaeFwWhjzw.us32]; it does not document that form, and a reply that carries it also
// carries the Mimecast link, so the bracket is not used for detection.
// Where the doc gives a reply code, the rule requires it; where sources disagree on the code, the rule
// keys on the words alone. Each comment quotes the shape of the message the rule matches.

import type {Receiver} from '../types';

const CODES = 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes';
const BLOCKED_SENDERS = 'https://mimecastsupport.zendesk.com/hc/en-us/articles/42979092709907-Policies-Managing-Blocked-Senders-and-Email-Rejections';
const VIA_ADMIN = "Mimecast talks only to its customers' named contacts: ask the recipient, by another channel, to have their Mimecast administrator look the rejection up (Rejected and Deferred Messages) and act on it.";
const OWN_ACCOUNT = 'If your organisation is the Mimecast customer, your Mimecast administrator changes this in the Administration Console or through Mimecast Support.';

export const mimecast: Receiver = {
	id: 'mimecast',
	name: 'Mimecast',
	// Host names (us-smtp-inbound-1.mimecast.com, service222.mimecast.com), the doc links Mimecast puts
	// in its replies (community.mimecast.com/docs/DOC-1369#550, mimecastsupport.zendesk.com), and the
	// doc's number with a reply-code anchor, which only Mimecast's replies carry.
	detect: [/\bmimecast\b/i, /\bmimecastsupport\b/i, /\bDOC-1369#[245]\d\d\b/],
	rules: [
		// "421 Sender address blocked - https://community.mimecast.com/docs/DOC-1369#421 [<reference>]"
		{
			reply: '421',
			phrase: /\bsender address blocked\b/i,
			title: 'Mimecast: sending IP blocked by the recipient’s Blocked Senders policy',
			meaning: "A Blocked Senders policy of the recipient organisation's Mimecast account lists the IP address your server connects from, so Mimecast will not take mail from it.",
			causes: ['An administrator of the recipient organisation blocked your IP or a range that holds it.'],
			fix: ['Your server keeps retrying, but nothing gets through until the entry is removed.', VIA_ADMIN, 'Their administrator removes your IP from the Blocked Senders policy.'],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "421 Unable to process connection at this time - https://community.mimecast.com/docs/DOC-1369#421" (also seen with 451)
		{
			phrase: /\bunable to process connection at this time\b/i,
			title: 'Mimecast: gateway busy, try later',
			meaning: 'The Mimecast server is at maximum load and put the connection off; the mail is processed once it has capacity again.',
			causes: ['A load peak on the Mimecast server that answered.'],
			fix: ['Nothing to change: let your queue retry. Mimecast expects the mail to go through on a later attempt.'],
			whoActs: 'nobody',
			retry: 'will-retry',
			reason: 'systemerror',
			source: CODES,
		},
		// "451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [<reference>]"
		// (also "Internal resources are temporarily unavailable", "Internal resource is temporarily unavailable")
		{
			reply: '451',
			phrase: /\binternal resources? (?:is |are )?temporarily unavailable\b/i,
			title: 'Mimecast: greylisting or poor IP reputation',
			meaning: 'Mimecast deferred the message: either greylisting (a sender, recipient and IP it has not seen together before must come back later) or a check of the sending IP that found a poor reputation.',
			causes: ['First mail from this IP, envelope sender and recipient together (greylisting).', 'A per-message envelope sender (VERP, list software), which makes every message look new to greylisting.', 'A poor reputation of the sending IP.'],
			fix: ['Let your queue retry: greylisting lets the mail in when the same server retries, within one minute to 12 hours.', 'Retry from the same IP with the same envelope sender; if your software changes the envelope sender per attempt, greylisting never clears.', 'If it never clears, check the IP on public block lists, and ask the recipient to have their Mimecast administrator add you to a Permitted Senders, Auto Allow or Greylisting bypass policy.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'badreputation',
			source: CODES,
		},
		// "451 Recipient temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451"
		{
			reply: '451',
			phrase: /\brecipient temporarily unavailable\b/i,
			title: 'Mimecast: recipient check not answering',
			meaning: "Mimecast could not confirm the recipient for now: the recipient organisation's directory or mail server that Mimecast asks to validate addresses did not answer.",
			causes: ["The recipient organisation's address validation (LDAP or SMTP call forward) was down or slow."],
			fix: ['Let your queue retry; the mail goes through once the check answers.', 'If it lasts for hours, tell the recipient by another channel so their administrator can check the validation link to Mimecast.'],
			whoActs: 'nobody',
			retry: 'will-retry',
			reason: 'systemerror',
			source: CODES,
		},
		// "451 IP temporarily blacklisted - https://community.mimecast.com/docs/DOC-1369#451"
		{
			reply: '451',
			phrase: /\bIP temporarily blacklisted\b/i,
			title: 'Mimecast: sending IP on a short block for invalid connections',
			meaning: 'Mimecast put the sending IP on its block list for a few minutes because it made too many invalid connections; the block lifts by itself after five minutes, and further invalid connections renew it.',
			causes: ['Many connections that Mimecast refused, for example mail to invalid recipients or outbound or journal mail from an IP that is not authorised.'],
			fix: ['Stop whatever keeps failing (invalid addresses in the queue, outbound or journal mail from an unauthorised IP), then let the queue retry.', OWN_ACCOUNT],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'blocked',
			source: CODES,
		},
		// "451 Account service is temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451"
		{
			reply: '451',
			phrase: /\baccount service is temporarily unavailable\b/i,
			title: 'Mimecast: too many connections to this account',
			meaning: "The recipient's Mimecast account already has as many inbound connections open as it allows at once (20 by default), so this one was put off.",
			causes: ['Your server opens many parallel connections to the same Mimecast customer.', 'A burst of mail from many senders to the same organisation.'],
			fix: ['Let the queue retry; lower the number of parallel connections your server opens to this destination.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: CODES,
		},
		// "451 Message ended early - https://community.mimecast.com/docs/DOC-1369#451"
		{
			reply: '451',
			phrase: /\bmessage ended early\b/i,
			title: 'Mimecast: message cut off in transit',
			meaning: 'The message data did not end properly, so Mimecast dropped it; something between the sending server and Mimecast altered or cut the SMTP stream.',
			causes: ['A firewall SMTP inspection (Cisco Mailguard / SMTP fixup) or intrusion detection system rewriting the session.', 'Content rules on a security device, or leftovers of an infected file that an anti-virus product did not clean.'],
			fix: ['Turn off SMTP inspection (Mailguard / SMTP fixup) on firewalls in the path and check intrusion detection or content devices, then let the queue retry.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'networkerror',
			source: CODES,
		},
		// "451 Unable to process command - https://community.mimecast.com/docs/DOC-1369#451"
		{
			reply: '451',
			phrase: /\bunable to process command\b/i,
			title: 'Mimecast: command failed for an unknown reason',
			meaning: 'Mimecast could not process an SMTP command; this is its generic temporary error when the cause is not known.',
			causes: ['A temporary fault on the Mimecast side.'],
			fix: ['Let the queue retry.', 'If it persists, the recipient’s Mimecast administrator (or yours, for outbound mail) raises it with Mimecast Support.'],
			whoActs: 'nobody',
			retry: 'will-retry',
			reason: 'systemerror',
			source: CODES,
		},
		// "451 Unable to process an email at this time - https://community.mimecast.com/docs/DOC-1369#451"
		{
			reply: '451',
			phrase: /\bunable to process (?:an )?e-?mail at this time\b/i,
			title: 'Mimecast: message not processed for an unknown reason',
			meaning: 'Mimecast could not process this message for now; it gives this generic temporary error when the cause is not known.',
			causes: ['A temporary fault on the Mimecast side while handling the message.'],
			fix: ['Let the queue retry.', 'If it persists, the recipient’s Mimecast administrator (or yours, for outbound mail) raises it with Mimecast Support.'],
			whoActs: 'nobody',
			retry: 'will-retry',
			reason: 'systemerror',
			source: CODES,
		},
		// "451 Account inbounds disabled - https://community.mimecast.com/docs/DOC-1369#451"
		{
			reply: '451',
			phrase: /\baccount inbounds? disabled\b/i,
			title: 'Mimecast: recipient account takes no inbound mail',
			meaning: "Inbound mail is switched off for the recipient organisation's Mimecast account, so Mimecast takes no mail for it.",
			causes: ['The recipient organisation disabled inbound mail in its Mimecast account, or the account is being set up or closed.'],
			fix: ['Tell the recipient by another channel; only their Mimecast administrator (through Mimecast Support) can turn inbound mail back on.', 'Your queue keeps retrying for a while; resend later if it gives up.'],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'notaccept',
			source: CODES,
		},
		// "451 Account outbounds disabled - https://community.mimecast.com/docs/DOC-1369#451"
		{
			reply: '451',
			phrase: /\baccount outbounds? disabled\b/i,
			title: 'Mimecast: your account may not send outbound mail',
			meaning: "Outbound mail is switched off for the sending organisation's Mimecast account, so Mimecast refuses to send on its behalf.",
			causes: ['Outbound mail disabled in the Administration Console for the account you send through.'],
			fix: ['Your Mimecast administrator checks the account settings and contacts Mimecast Support if outbound mail should be allowed.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CODES,
		},
		// "451 Open relay not allowed - https://community.mimecast.com/docs/DOC-1369#451" / "Message expired -> Open relay not allowed"
		{
			reply: '451',
			phrase: /\bopen relay (?:is )?not allowed\b/i,
			title: 'Mimecast: relaying refused',
			meaning: 'Mimecast will not relay this message: neither the sender nor the recipient domain belongs to the Mimecast account, or the connecting IP is not an authorised outbound address of a customer.',
			causes: ['Outbound mail routed to Mimecast from an IP not in the account’s Authorized Outbounds (a new server, a cloud service sending as your domain).', 'Mail for a domain that is not on the recipient’s Mimecast account.'],
			fix: ['If you are the Mimecast customer: have Mimecast Support add the sending IP to your Authorized Outbounds, or use SMTP authentication from dynamic IPs.', 'If you are not: check that you deliver to the recipient domain’s own MX records, not to a Mimecast host taken from elsewhere.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'norelaying',
			source: CODES,
		},
		// "451 Hostname is not authorized - https://community.mimecast.com/docs/DOC-1369#451"
		{
			reply: '451',
			phrase: /\bhostname is not authori[sz]ed\b/i,
			title: 'Mimecast: connection to a Mimecast host name not allowed for it',
			meaning: 'The sending server connected to a Mimecast host name the account is not set up to use this way; Mimecast ties this to omni-directional host names being enabled.',
			causes: ['An outbound connector pointing at the wrong Mimecast host name for the account.'],
			fix: ['The Mimecast customer sending the mail turns off omni-directional host names, or points its connector at the host names Mimecast gives for its region and direction.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'norelaying',
			source: CODES,
		},
		// "451 The incorrect hostname used for inbounds" / "550 The incorrect hostname used for inbounds"
		{
			phrase: /\bincorrect hostname used for inbounds?\b/i,
			title: 'Mimecast: recipient MX points at the wrong Mimecast host',
			meaning: "The recipient domain's MX records are set up wrongly: they point at Mimecast host names meant for outbound mail, which do not take inbound mail.",
			causes: ['MX records of the recipient domain naming Mimecast outbound hosts.'],
			fix: ['Tell the recipient by another channel: their administrator must make the MX records name only Mimecast’s inbound hosts.', 'Resend once their MX records are fixed.'],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'networkerror',
			source: CODES,
		},
		// "452 Too many recipients - https://community.mimecast.com/docs/DOC-1369#452"
		{
			reply: '452',
			phrase: /\btoo many recipients\b/i,
			title: 'Mimecast: more than 100 recipients in one transaction',
			meaning: 'Mimecast takes at most 100 recipients per message transaction; it defers the rest so the sending server sends the message for the first 100 and then the next batch.',
			causes: ['A message to more than 100 recipients at the Mimecast customer in one SMTP transaction.', 'A firewall (SMTP fixup, Mailguard, ESMTP inspection on Cisco PIX/ASA) that does not pass the temporary error on correctly.'],
			fix: ['Most servers handle this by themselves and deliver the remaining recipients in a new transaction.', 'If yours does not, turn off SMTP inspection on the firewall or limit messages to 100 recipients per transaction.'],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: CODES,
		},
		// "501 Invalid address - https://community.mimecast.com/docs/DOC-1369#501"
		{
			reply: '501',
			phrase: /\binvalid address\b/i,
			title: 'Mimecast: not a valid email address',
			meaning: 'Mimecast refused the recipient because it is not a valid SMTP email address at all.',
			causes: ['A typo or stray characters in the address.'],
			fix: ['Correct the address and send again; the same address will keep failing.'],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'userunknown',
			source: CODES,
		},
		// "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [<reference>]"
		{
			reply: '550',
			phrase: /\binvalid recipient\b/i,
			title: 'Mimecast: recipient unknown',
			meaning: "Mimecast's recipient validation (its list of known recipients, the organisation's directory, or a check with its mail server) found no such user at the recipient organisation.",
			causes: ['A typo in the address, or an account that was removed.'],
			fix: ['Check the address with the recipient by another channel; do not resend to this one.'],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'userunknown',
			source: CODES,
		},
		// "503 User unknown - https://community.mimecast.com/docs/DOC-1369#503"
		{
			reply: '503',
			phrase: /\buser unknown\b/i,
			title: 'Mimecast: commands out of order or authentication needed',
			meaning: 'Despite its words, Mimecast documents this reply as a bad sequence of SMTP commands or a connection that must authenticate first, not as a missing mailbox.',
			causes: ['Commands sent in the wrong order, usually after a broken connection.', 'A submission that needs SMTP authentication and did not log in.'],
			fix: ['Let the server retry on a fresh connection.', 'If the connection needs authentication (sending through your own Mimecast account), configure the user name and password on the sending server.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'syntaxerror',
			source: CODES,
		},
		// "535 Incorrect authentication data - https://community.mimecast.com/docs/DOC-1369#535"
		{
			reply: '535',
			phrase: /\bincorrect authentication data\b/i,
			title: 'Mimecast: SMTP login failed',
			meaning: 'Mail submitted to Mimecast on port 587 must log in, and the user name or password given was wrong.',
			causes: ['The login is not an internal address of the Mimecast account, or its Mimecast cloud password is wrong or expired.'],
			fix: ['Log in with an internal address of the account and its Mimecast cloud password.', 'Or, if your server is an authorised outbound address, send on port 25 without authentication.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'securityerror',
			source: CODES,
		},
		// "550 Submitter failed to authenticate - https://community.mimecast.com/docs/DOC-1369#550"
		{
			reply: '550',
			phrase: /\bsubmitter failed to (?:authenticate|disabled)\b/i,
			title: 'Mimecast: submission refused without a valid login',
			meaning: 'Mimecast refused a message submitted for sending because the submitting client did not authenticate successfully.',
			causes: ['Wrong or missing SMTP credentials for submission on port 587.'],
			fix: ['Check that the client logs in with an internal address of the Mimecast account and its Mimecast cloud password, then resend.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'securityerror',
			source: CODES,
		},
		// "550 SPF Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550 [<reference>]"
		{
			reply: '550',
			phrase: /\bSPF Sender Invalid\b/i,
			title: 'Mimecast: SPF failed for the sender domain',
			meaning: "Mimecast rejected the message because the sending IP is not in the SPF record of the envelope sender's domain and that record fails hard.",
			causes: ['A sending service or server missing from the SPF record.', 'An SPF record that is broken or has too many DNS lookups.'],
			fix: ['Add every IP or service that sends for the domain to its SPF record, then resend.', 'If the mail is legitimate and SPF cannot be fixed quickly, the recipient’s Mimecast administrator can relax the inbound SPF check in a DNS Authentication policy.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'authfailure',
			source: CODES,
		},
		// "550 DKIM Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550"
		{
			reply: '550',
			phrase: /\bDKIM Sender Invalid\b/i,
			title: 'Mimecast: DKIM signature does not verify',
			meaning: "Mimecast rejected the message because its DKIM signature does not match the public key published in the signing domain's DNS.",
			causes: ['The DNS record holds a different or truncated key than the one signing the mail.', 'A wrong selector or domain in the signing set-up, or the message was changed after signing.'],
			fix: ['Publish the public key that matches the private key in use, at the selector and domain the signature names, then resend.', 'If Mimecast signs your outbound mail, check the DNS Authentication outbound signing definition: key pair, domain and selector.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'authfailure',
			source: CODES,
		},
		// "550 DMARC Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550"
		{
			reply: '550',
			phrase: /\bDMARC Sender Invalid\b/i,
			title: 'Mimecast: DMARC failed for the From domain',
			meaning: "Mimecast rejected the message under the From domain's DMARC policy: neither SPF nor DKIM passed in alignment with that domain.",
			causes: ['The sending IP is not in the SPF record and there is no aligned DKIM signature.'],
			fix: ['List every sending IP in the SPF record and sign with DKIM for the From domain, then resend.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'authfailure',
			source: CODES,
		},
		// "550 Local CT IP Reputation - (Reject) - https://community.mimecast.com/docs/DOC-1369#550"
		{
			reply: '550',
			phrase: /\bIP reputation\b/i,
			title: 'Mimecast: rejected for poor IP reputation',
			meaning: "Mimecast's ongoing reputation checks of the sending IP came out badly enough to refuse the message; it can follow earlier 451 deferrals.",
			causes: ['Spam, complaints or list hits from the sending IP or its range as Mimecast sees them.'],
			fix: ['Check the IP on public block lists and fix what they name; ask Mimecast to review the IP range through its sender feedback form.', 'Meanwhile the recipient’s Mimecast administrator can let your mail in with an Auto Allow or Permitted Senders policy. ' + VIA_ADMIN],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'badreputation',
			source: CODES,
		},
		// "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550"
		{
			reply: '550',
			phrase: /\benvelope blocked\W{1,5}user entry\b/i,
			title: 'Mimecast: the recipient blocked your address',
			meaning: 'The recipient personally blocked your email address in Mimecast (a Managed Senders entry), so their mail is refused from it.',
			causes: ['The recipient clicked Block on one of your messages, in a digest or in Mimecast for Outlook.'],
			fix: ['Ask the recipient by another channel to remove your address from their blocked (Managed Senders) list.', 'Do not resend until they confirm.'],
			whoActs: 'recipient',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CODES,
		},
		// "550 Envelope blocked - User Domain Entry - https://community.mimecast.com/docs/DOC-1369#550"
		{
			reply: '550',
			phrase: /\benvelope blocked\W{1,5}user domain entry\b/i,
			title: 'Mimecast: the recipient blocked your whole domain',
			meaning: 'The recipient personally blocked your whole domain in Mimecast (a Managed Senders entry), so every address of it is refused.',
			causes: ['The recipient blocked the domain from a digest, Mimecast for Outlook or the personal portal.'],
			fix: ['Ask the recipient by another channel to remove your domain from their blocked (Managed Senders) list, then resend.'],
			whoActs: 'recipient',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CODES,
		},
		// "550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550 [<reference>]"
		// "Remote server returned message denied by administrative policy -> Administrative prohibition - envelope blocked - …"
		{
			reply: '550',
			phrase: /\badministrative prohibition\b|\benvelope blocked\b/i,
			title: 'Mimecast: sender blocked by the recipient organisation’s policy',
			meaning: "Your address or domain matched a Blocked Senders policy set by the recipient organisation's Mimecast administrator, or the message failed SPF hard.",
			causes: ['An administrator block entry for your address or domain.', 'An SPF hard fail for the envelope sender.'],
			fix: ['Check SPF for your envelope sender domain first.', VIA_ADMIN, 'Their administrator removes or narrows the Blocked Senders policy entry that matched.'],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CODES,
		},
		// "550 Rejected by header-based manually Blocked Senders - block for manual block - https://community.mimecast.com/docs/DOC-1369#550"
		{
			reply: '550',
			phrase: /\bmanually blocked senders\b|\bblock for manual block\b/i,
			title: 'Mimecast: the recipient blocked your From address',
			meaning: 'The From address in the message header is on the personal block list of the recipient in Mimecast.',
			causes: ['The recipient blocked the sender by hand, for example from a digest or Mimecast for Outlook.'],
			fix: ['Ask the recipient by another channel to remove your address from their blocked (Managed Senders) list, then resend.'],
			whoActs: 'recipient',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CODES,
		},
		// "550 Rejected by header-based Blocked Senders - Block policy for Header From - https://community.mimecast.com/docs/DOC-1369#550"
		{
			reply: '550',
			phrase: /\bblocked senders\b|\bblock policy for header from\b/i,
			title: 'Mimecast: From address blocked by the recipient organisation’s policy',
			meaning: "The From address in the message header matched a Blocked Senders policy of the recipient organisation's Mimecast account.",
			causes: ['An administrator block entry for your address or domain, applied to the header From.'],
			fix: [VIA_ADMIN, 'Their administrator deletes or changes the Blocked Senders policy that matched.'],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CODES,
		},
		// "550 Envelope rejected - Block policy for Envelope From address - https://community.mimecast.com/docs/DOC-1369#550"
		{
			reply: '550',
			phrase: /\bblock policy for envelope from\b/i,
			title: 'Mimecast: envelope sender blocked by the recipient organisation’s policy',
			meaning: "The envelope sender (MAIL FROM, the bounce address) matched a Blocked Senders policy of the recipient organisation's Mimecast account.",
			causes: ['An administrator block entry for the bounce address or its domain, which may belong to your sending service rather than to you.'],
			fix: [VIA_ADMIN, 'Their administrator deletes or changes the Blocked Senders policy that matched.'],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CODES,
		},
		// "550 Anti-Spoofing policy - Inbound not allowed - https://community.mimecast.com/docs/DOC-1369#550"
		{
			reply: '550',
			phrase: /\banti-spoofing policy\W{1,5}inbound not allowed\b/i,
			title: 'Mimecast: anti-spoofing policy (envelope)',
			meaning: "The envelope sender uses one of the recipient organisation's own domains but the mail came from outside, so Mimecast's anti-spoofing policy refused it as possible impersonation.",
			causes: ['A third-party service (newsletter, CRM, scanner, web form) sending as the recipient organisation without an exception.'],
			fix: ["The recipient's Mimecast administrator adds an Anti-Spoofing policy that takes no action for the legitimate sender address or IP.", 'Or send with an envelope sender in a domain of your own.'],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'policyviolation',
			source: CODES,
		},
		// "550 Rejected by header-based Anti-Spoofing policy: user@example.com - https://community.mimecast.com/docs/DOC-1369#550"
		{
			reply: '550',
			phrase: /\banti-spoofing policy\b/i,
			title: 'Mimecast: anti-spoofing policy (header From)',
			meaning: "The From address in the header uses one of the recipient organisation's own domains but the mail came from outside, so Mimecast's anti-spoofing policy refused it as possible impersonation.",
			causes: ['A third-party service sending with the recipient organisation’s domain in From: without an exception.'],
			fix: ["The recipient's Mimecast administrator adds an Anti-Spoofing policy that takes no action for the legitimate sender address or IP."],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'policyviolation',
			source: CODES,
		},
		// "550 Message bounced due to Content Examination policy - https://community.mimecast.com/docs/DOC-1369#550"
		{
			reply: '550',
			phrase: /\bcontent examination policy\b/i,
			title: 'Mimecast: content policy of the recipient',
			meaning: "The message matched a Content Examination policy of the recipient organisation (words, patterns or attachments it does not accept).",
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
			meaning: 'A mail server journaling to Mimecast sent a copy that is older than the journaling expiry threshold, so Mimecast refused it.',
			causes: ['A journal backlog or a clock far off on the journaling mail server.'],
			fix: ['Check the clock of the journaling server and stop journaling messages older than the threshold; the retry queue otherwise keeps growing.'],
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
			meaning: 'The sending organisation has more outbound connections open to its Mimecast account at once than the account allows.',
			causes: ['Bulk sending over many parallel connections through Mimecast.'],
			fix: ['Send in smaller batches and with fewer parallel connections, then resend what failed.'],
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
			meaning: 'A Secure Receipt or Secure Delivery policy requires TLS on this route, and the message came over an unencrypted connection.',
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
			meaning: 'A Secure Receipt or Secure Delivery policy on this route requires TLS 1.2 or later, and the connection used an older TLS version.',
			causes: ['A sending server or appliance limited to TLS 1.0 or 1.1.'],
			fix: ['Enable TLS 1.2 (or 1.3) on the sending server, then resend.'],
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
			meaning: 'A Secure Receipt or Secure Delivery policy on this route requires strong ciphers, and the TLS connection negotiated weaker ones.',
			causes: ['Weak or outdated cipher suites on the sending server.', 'A proxy intercepting TLS and offering its own ciphers.'],
			fix: ['Enable modern, strong cipher suites on the sending server and check that no proxy re-encrypts the session, then resend.'],
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
			meaning: "The domain of the Mimecast umbrella account the connection uses is not confirmed by the sender's DNS, so Mimecast refused the connection's certificate set-up.",
			causes: ['The DNS record that must list the umbrella accounts is missing or does not name this one.'],
			fix: ['List the required umbrella accounts, comma-separated, in the DNS record Mimecast specifies, then resend.'],
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
			meaning: "The message is larger than the recipient organisation's Email Size Limit policy or Mimecast's own service limit (100 MB on the legacy MTA, 200 MB on the current one).",
			causes: ['Large attachments; encoding for transfer adds about a third to their size.'],
			fix: ['Send the files by a share link or split them over several messages, keeping the whole message well under the limit.'],
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
			meaning: 'The message has passed through too many servers (25 Received headers), so Mimecast stopped it as a forwarding loop.',
			causes: ['Forwarding rules or routing between the sender, the recipient and their servers that send the message round in circles.'],
			fix: ['Check the forwarding and routing set up for the addresses involved, on your servers and with the recipient, and break the loop before resending.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'networkerror',
			source: CODES,
		},
		// "554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554"
		{
			phrase: /\bhost network,? not allowed\b/i,
			title: 'Mimecast: sending country blocked by the recipient',
			meaning: "A Geographical Restrictions policy of the recipient organisation refuses connections from the country the sending IP is located in.",
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
			meaning: "Mimecast's scanning found either a virus signature or a spam score above its maximum in the message, and refused it.",
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
			meaning: "A Mimecast policy of the recipient organisation blocked the message automatically, from rules such as blocked sender domains, groups, or the default block on relaying between two outside addresses.",
			causes: ['Your domain or address in a Blocked Senders group of the recipient organisation.', 'Mail between two addresses outside the recipient organisation that is not in its authorised relay group.'],
			fix: [VIA_ADMIN, 'Their administrator removes the entry, or adds the route to the authorised relay group if it is legitimate.'],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: BLOCKED_SENDERS,
		},
	],
};
