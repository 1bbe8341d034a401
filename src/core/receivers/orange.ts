// Orange / Wanadoo (orange.fr, wanadoo.fr) and La Poste (laposte.net), France.
// Facts: Postmastery's "Orange postmaster" page, which lists Orange's refusal codes and their
// meanings. The replies are bilingual (French, then English) and end with a code: OFR_nnn or
// OFRnnn_nnn at Orange (often repeated as [nnn]), LPNnnn_nnn at La Poste, OUK_nnn; the last three
// digits are the cause, shared by all three, and the tag is normalised to OFR_nnn (receivers/index.ts).
// Only causes whose meaning is documented are listed (Postmastery's page, or Sisimai's FrancePTT table for
// the ones that page leaves out); the others (105, 107 …, 999) are explained by their SMTP codes.
// Each comment quotes the shape of the message the rule matches.

import type {CodeRun, ProviderRule, Receiver} from '../types';
import {defineReceiver} from './define';
import {TOO_LARGE} from './advice';

const CODES = 'https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/';
// Causes the page does not list, read from Sisimai's table (which cites that page and smtpfieldmanual.com).
const SISIMAI = 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm (Sisimai, BSD-2-Clause)';

export const orange: Receiver = defineReceiver({
	id: 'orange',
	name: 'Orange / La Poste',
	decides: true,
	detect: [
		/\bOFR(?:\d{3})?_\d{3}\b/i,
		/\b(?:LPN\d{3}|OUK)_\d{3}\b/i,
		// smtp-in.orange.fr, postmaster.orange.fr and the addresses themselves.
		/\b(?:orange|wanadoo)\.fr\b/i,
		/\blaposte\.net\b/i,
	],
	rules: [
		// "550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com …"
		{
			tag: 'OFR_102',
			title: 'Orange: sending IP blocked for spam (102)',
			meaning: 'Orange blocks the IP address the mail came from because spam was seen from it; no mail from that IP is accepted while the block lasts. The reply often links to Cloudmark’s site because Orange’s filtering relies on Cloudmark’s rating of the IP, so that rating is what has to recover.',
			causes: ['Spam complaints or spam traps hit from the IP.', 'A poor rating of the IP at Cloudmark, whose filtering Orange uses.'],
			fix: ['Find and stop the source of the spam (compromised account, bad list).', 'Look the IP up at csi.cloudmark.com and request a reset once the cause is fixed, then resend.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: CODES,
		},
		// "421 mwinf5c79 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]"
		{
			tag: 'OFR_104',
			title: 'Orange: too many connections (104)',
			meaning: 'The sending server has more connections open to Orange than Orange allows at once; Orange turns the extra ones away until fewer are open. The reply asks the sender to check its configuration and slow down; the message itself is not refused and goes through on a later attempt.',
			causes: ['Many parallel deliveries to Orange domains from one IP.'],
			fix: [
				'Let the queue retry; nothing is lost while it waits.',
				'Lower the number of simultaneous connections to Orange hosts in the sending server’s settings for that destination.',
			],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'toomanyconn',
			source: CODES,
		},
		// "501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405] (in reply to MAIL FROM command)"
		{
			tag: 'OFR_403',
			alsoTags: ['OFR_405', 'OFR_415'],
			title: 'Orange: invalid sender (403, 405, 415)',
			meaning: 'Orange refused the envelope sender (the MAIL FROM address): it does not accept mail from that sender address as given. The envelope sender is where bounces go, so Orange refuses one it could not answer or that its domain’s records do not support.',
			causes: ['A sender address that is malformed or whose domain does not resolve.', 'A sender domain whose DNS or SPF setup Orange finds wrong.'],
			fix: [
				'Use an envelope sender on a domain with working DNS (MX or A records) and a valid SPF record, then resend.',
				'Check the envelope sender the server actually uses (the Return-Path of the message), which an application may set differently from the visible From.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: CODES,
		},
		// "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416] (in reply to RCPT TO command)"
		{
			tag: 'OFR_416',
			alsoTags: ['OFR_418'],
			title: 'Orange: recipient address does not exist (416, 418)',
			meaning: 'At least one recipient address does not exist at Orange or La Poste, so the mail for it is refused. Other recipients of the same message are not affected; sending again to this address gives the same answer.',
			causes: ['A typo in the address, or a mailbox that was closed.'],
			fix: [
				'Check the spelling with the recipient by another channel; correct it if it was mistyped.',
				'If it is right as written, remove the address from your lists and do not resend.',
			],
			whoActs: 'sender',
			retry: 'do-not-retry',
			reason: 'userunknown',
			source: CODES,
		},
		// "552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417] (in reply to RCPT TO command)"
		{
			tag: 'OFR_417',
			title: 'Orange: recipient over quota (417)',
			meaning: "The recipient's mailbox is over its storage quota, so it cannot take new mail until space is freed. The address exists and takes mail again as soon as its owner deletes messages, so the message can be sent again later.",
			causes: ['The recipient keeps too much mail, or no longer reads the mailbox.'],
			fix: ['Tell the recipient by another channel; resend after they free space.', 'If it stays full for weeks, treat the address as abandoned.'],
			whoActs: 'recipient',
			retry: 'retry-after-fix',
			reason: 'mailboxfull',
			source: CODES,
		},
		// "550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420 (in reply to RCPT TO command)"
		{
			tag: 'OFR_420',
			title: "Orange: recipient's mailbox archived (420)",
			meaning: 'The recipient mailbox has been archived (set aside as unused), so it does not receive mail any more. Its owner has not used it for a long time, so the address is best treated as no longer read.',
			causes: ['The mailbox went unused for a long time.'],
			fix: ['Stop sending to the address; ask the recipient for a current one by another channel.'],
			whoActs: 'recipient',
			retry: 'do-not-retry',
			reason: 'suspend',
			source: CODES,
		},
		// "550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426 (in reply to RCPT TO command)"
		{
			tag: 'OFR_426',
			title: "Orange: recipient's account blocked (426)",
			meaning: "The recipient's account is blocked at Orange or La Poste, so no mail is delivered to it for now. The address is right; nothing the sender changes gets the message through until the account holder has the block lifted.",
			causes: ['The provider has suspended the recipient’s account.'],
			fix: ['Reach the recipient by another channel; resend only once they confirm the account works again.'],
			whoActs: 'recipient',
			retry: 'retry-after-fix',
			reason: 'suspend',
			source: CODES,
		},
		// "550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506] (in reply to end of DATA command)"
		{
			tag: 'OFR_506',
			title: 'Orange: message refused as spam (506)',
			meaning: "Orange's anti-spam filtering refused this message after reading it; the recipient address itself is fine. The verdict rests on this message and on its sender's standing, so sending the same message again is refused again.",
			causes: ['Content or links that look like spam.', 'Weak sender reputation or missing SPF, DKIM or DMARC.'],
			fix: ['Check SPF, DKIM and DMARC for the sending domain.', 'Review the content and links (shorteners, listed domains), then resend a changed message; resending it unchanged will be refused again.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'spamdetected',
			source: CODES,
		},
		// "5xx … Taille limite du message atteinte … OFR_514 [514]"
		{
			tag: 'OFR_514',
			title: 'Orange: message too large (514)',
			meaning: 'The message is larger than the size Orange accepts, attachments and their encoding included. Resending it unchanged fails the same way; only a smaller message gets through.',
			causes: [...TOO_LARGE.causes],
			fix: [...TOO_LARGE.fix, 'If the files must go by email, split them over several smaller messages.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'mesgtoobig',
			source: CODES,
		},
		// "550 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR006_103 192.0.2.1 [103]" (LPN005_510 at the end of DATA)
		{
			tag: 'OFR_103',
			alsoTags: ['OFR_510'],
			title: 'Orange / La Poste: service refused to the sending server (103, 510)',
			meaning: 'Orange or La Poste refuses to take mail from the sending server for now; the reply asks to try later, but the refusal is of the server, not a passing fault. It lasts as long as the sending server’s standing stays poor, so retrying without a change meets the same answer.',
			causes: ['A sending IP with a poor standing at Orange (volume, complaints or listings).'],
			fix: [
				'Check the IP’s reputation and listings (Orange relies on Cloudmark’s rating: csi.cloudmark.com).',
				'Lower the volume sent to Orange domains and remove addresses that complain or bounce, then retry later.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: SISIMAI,
		},
		// "550 5.7.0 Code d'authentification invalide OFR_305" / "550 5.5.0 Authentification requise. Authentication Required. LPN105_402"
		{
			tag: 'OFR_305',
			alsoTags: ['OFR_402'],
			title: 'Orange / La Poste: authentication invalid or required (305, 402)',
			meaning: 'The server wanted the client to log in (SMTP AUTH) and the login was missing or its credentials were refused. This comes from the sender’s own outgoing server at Orange or La Poste, not from the recipient’s side.',
			causes: ['A mail client set to send without logging in, or with a wrong password.'],
			fix: [
				'Turn on SMTP authentication in the mail client with the right account and password, then send again.',
				'If the password was changed recently, update it in every device and program that sends with the account.',
			],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'securityerror',
			source: SISIMAI,
		},
		// "550 5.5.0 SPF: *** is not allowed to send mail. LPN004_401" / "571 5.7.1 Message refused, DMARC verification Failed. Message refuse, verification DMARC en echec LPN007_517"
		{
			tag: 'OFR_401',
			alsoTags: ['OFR_517'],
			title: 'Orange / La Poste: SPF or DMARC check failed (401, 517)',
			meaning: 'The message failed the sender domain’s SPF check (401) or its DMARC policy (517), so it was refused as not authorised by the domain. Both are published by the sender’s own domain in DNS, so the fix lies in that domain’s records or in the path the mail takes, not at Orange or La Poste.',
			causes: ['A sending server missing from the domain’s SPF record.', 'A From domain whose DMARC policy rejects mail that is neither SPF- nor DKIM-aligned.'],
			fix: [
				'Add the sending server to the domain’s SPF record (its TXT record beginning v=spf1).',
				'Sign the mail with DKIM under the From domain so that DMARC passes, then resend.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'authfailure',
			source: SISIMAI,
		},
		// "5.5.3 Mail from not owned by user. LPN105_421."
		{
			tag: 'OFR_421',
			title: 'Orange / La Poste: sender address not owned by the account (421)',
			meaning: 'The envelope sender is not an address of the account that logged in, and La Poste lets an account send only as its own addresses. This protects other people’s addresses from being used by someone else’s login.',
			causes: ['A mail client sending as another address than the account it logs in with.', 'A second identity set up in the mail client that still sends through the first account’s server.'],
			fix: [
				'Send as the account’s own address, or log in with the account the address belongs to.',
				'In the mail client, give each sending identity its own outgoing server settings with its own login.',
			],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: SISIMAI,
		},
		// "421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505] (in reply to end of DATA command)"
		{
			tag: 'OFR_505',
			title: 'Orange / La Poste: message refused for now at the end of DATA (505)',
			meaning: 'The receiving system turned the message down after reading it, with a temporary code; it is retried later. The reply asks to try again later, and the sending server does so on its own while the message stays in its queue.',
			causes: ['A passing condition on the receiving side.'],
			fix: ['Let the queue retry; if every attempt fails the same way, contact Orange’s postmaster.'],
			whoActs: 'nobody',
			retry: 'will-retry',
			reason: 'systemerror',
			source: SISIMAI,
		},
		// "554 5.7.1 Client host rejected LPN000_630"
		{
			tag: 'OFR_630',
			title: 'Orange / La Poste: client host rejected by policy (630)',
			meaning: 'La Poste refused the connecting host under a local policy. The refusal concerns the sending server, not the message or the address, so every message from that host meets it.',
			causes: ['A sending host that La Poste’s policy does not accept mail from.'],
			fix: [
				'Send through another server, such as your provider’s outgoing server.',
				'Or contact La Poste’s postmaster with the full reply and the sending IP.',
			],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'policyviolation',
			source: SISIMAI,
		},
	],
});

const number = (tag: string | undefined): number => Number(tag?.slice('OFR_'.length));

/**
 * Orange's cause numbers and the rule above that explains each: the one table behind both the
 * explanations and the decoder's reason (decode/provider-codes.ts).
 */
export const ORANGE_CODES: readonly CodeRun[] = orange.rules.flatMap(rule =>
	[rule.tag, ...(rule.alsoTags ?? [])].map(tag => ({from: number(tag), to: number(tag), rule})),
);

/** The rule for a normalised Orange / La Poste tag (`OFR_506`), or undefined. */
export function orangeCode(tag: string): ProviderRule | undefined {
	if (!tag.startsWith('OFR_')) return undefined;
	const code = number(tag);
	return ORANGE_CODES.find(run => code >= run.from && code <= run.to)?.rule;
}
