// Block lists and filtering gateways. A rejection that names a list (zen.spamhaus.org,
// b.barracudacentral.org, bl.spamcop.net …) can come from any receiving server, so these phrase
// rules are tried for every bounce (index.ts, last tier). Each rule names the list, says what a
// listing means, and links the list's own page; fix steps point to its lookup/delisting page.
// Gateways (MessageLabs here, Mimecast in mimecast.ts) speak generic words, so their rules apply only
// when the gateway is named. Each comment quotes the shape of the message the rule matches.

import type {Receiver} from '../types';
import {defineReceiver} from './define';

const SPAMHAUS_LOOKUP = 'Look the IP or domain up at check.spamhaus.org: it names the exact list, the reason, and the removal steps.';

export const spamhaus: Receiver = defineReceiver({
	id: 'spamhaus',
	name: 'Spamhaus',
	kind: 'list',
	anywhere: true,
	detect: [/\bspamhaus\b/i],
	rules: [
		// "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using sbl.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1"
		{
			phrase: /\bsbl(?:-xbl)?\.spamhaus\.org\b|\bSpamhaus SBL\b|\blisting in Spamhaus SBL|\bSBL\d{3,}/i,
			title: 'Listed on the Spamhaus SBL',
			meaning: 'The sending IP is on the Spamhaus Block List (SBL): Spamhaus considers it a direct spam source or a service that supports spam. Servers that use the list refuse every message from that IP, whoever the recipient is, until the listing is lifted.',
			causes: ['Spam sent from the IP or its range, or hosting for spam operations.'],
			fix: [SPAMHAUS_LOOKUP, 'Remove the spam source (compromised account, bad customer, bought lists).', 'Ask the network owner (the ISP or host, usually its abuse team) to request removal: an SBL listing can only be lifted at the network owner’s request, not through the lookup, and other Spamhaus listings of the IP cannot be removed before it.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: 'https://www.spamhaus.org/sbl/',
		},
		// "553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL" / "blocked using xbl.spamhaus.org"
		{
			phrase: /\bxbl\.spamhaus\.org\b|\bSpamhaus XBL\b/i,
			title: 'Listed on the Spamhaus XBL',
			meaning: 'The sending IP is on the Spamhaus Exploits Block List (XBL): a machine at that address appears infected, hijacked or running an open proxy. The listing is about the address, so every device that shares it (behind the same router or NAT) is refused too.',
			causes: ['Malware or a botnet client on a machine behind the IP (often behind NAT).', 'A misconfigured server announcing a bad HELO.'],
			fix: ['Find and clean the infected device behind the IP (the lookup often names the malware seen).', SPAMHAUS_LOOKUP, 'Request removal at check.spamhaus.org only once the device is clean: a still-infected address is listed again.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: 'https://www.spamhaus.org/xbl/',
		},
		// "553 5.7.1 mail rejected because your IP is in the PBL. See http://www.spamhaus.org/pbl" / "blocked using pbl.spamhaus.org"
		{
			phrase: /\bpbl\.spamhaus\.org\b|\bSpamhaus PBL\b|\bspamhaus\.org\/pbl|\bin the PBL\b/i,
			title: 'Listed on the Spamhaus PBL',
			meaning: 'The IP is on the Spamhaus Policy Block List (PBL): its owner marks it as an end-user address that should not deliver mail directly to other servers. This is a policy listing, not a spam accusation, and mail sent through the provider’s own outgoing server is not affected.',
			causes: ['A mail server on a residential or dynamic IP.', 'A mail client sending straight to MX instead of through its provider.'],
			fix: ["Send through your provider's authenticated SMTP server (smarthost).", 'If the IP really is a proper mail server with PTR and a static address, remove it at check.spamhaus.org.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: 'https://www.spamhaus.org/pbl/',
		},
		// "550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/"
		{
			phrase: /\bdbl\.spamhaus\.org\b|\bSpamhaus DBL\b|\bspamhaus\.org\/dbl/i,
			title: 'Domain listed on the Spamhaus DBL',
			meaning: 'A domain in the message (sender, links or headers) is on the Spamhaus Domain Block List, so the whole message was refused. The sending IP may be fine: the same message without the listed domain can go through.',
			causes: ['A linked domain used in spam or phishing, or a URL shortener domain that is listed.', 'A newly registered domain with poor reputation.'],
			fix: ['Check each domain in the message (sender, links, images, signature) at check.spamhaus.org and remove or replace listed ones.', 'If your own domain is listed, fix the cause named there (a compromised site, spam sent with the domain) and request removal at check.spamhaus.org.'],
			whoActs: 'sender',
			retry: 'retry-after-fix',
			reason: 'spamdetected',
			source: 'https://www.spamhaus.org/dbl/',
		},
		// "… blocked using zen.spamhaus.org" (ZEN = SBL + CSS + XBL + PBL in one zone)
		{
			phrase: /\bzen\.spamhaus\.org\b|\bSpamhaus ZEN\b/i,
			title: 'Listed on Spamhaus ZEN',
			meaning: 'The sending IP is on Spamhaus ZEN, the combined zone of SBL, CSS, XBL and PBL; the reply does not say which of them lists it. Servers that query ZEN refuse the IP whatever the list, so the lookup decides what to do next.',
			causes: ['Spam from the IP (SBL/CSS), an infected host (XBL), or an end-user IP sending directly (PBL).'],
			fix: [SPAMHAUS_LOOKUP, 'Fix the cause named there, then request removal; an SBL listing is lifted only at the network owner’s (ISP’s) request.', 'Resend once the lookup shows the IP clean.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: 'https://www.spamhaus.org/zen/',
		},
		// "… Client host [192.0.2.1] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.1 (AS3130)"
		{
			phrase: /\bspamhaus\b/i,
			title: 'Listed by Spamhaus',
			meaning: 'The receiver refused the mail because a Spamhaus list names the sending IP or a domain in it; which list is not stated. The refusal is about the sender’s address or domain, not about the recipient, who did not see the message.',
			causes: ['A Spamhaus SBL, CSS, XBL, PBL or DBL listing.'],
			fix: ['Find the sending IP in the bounce (the address in brackets) and any domains the message names.', SPAMHAUS_LOOKUP, 'Fix the cause named there, request removal, and resend once the lookup shows no listing.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: 'https://check.spamhaus.org/',
		},
	],
});

export const barracuda: Receiver = defineReceiver({
	id: 'barracuda',
	name: 'Barracuda',
	kind: 'list',
	anywhere: true,
	detect: [/\bbarracuda(?:central|networks)?\b/i, /\bess\.barracuda\.com\b/i],
	rules: [
		// "554 Service unavailable; Client host [192.0.2.1] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.1"
		{
			phrase: /\bb\.barracudacentral\.org\b|barracuda(?:networks\.com\/reputation| reputation)/i,
			title: 'Listed on the Barracuda Reputation Block List',
			meaning: 'The sending IP is on the Barracuda Reputation Block List (BRBL), which Barracuda appliances and many other servers use to refuse mail. Barracuda Central lists single IP addresses it sees sending spam, so every message from that IP is refused until the listing is removed.',
			causes: ['Spam or poor reputation of the IP as seen by Barracuda.', 'No or generic reverse DNS on the IP.'],
			fix: ['Check the IP at barracudacentral.org/lookups.', 'Fix the cause first (missing or generic PTR record, compromised accounts, an open relay).', 'Then submit one removal request at barracudacentral.org/rbl/removal-request, saying what was fixed, and wait for it to be processed rather than submitting again.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: 'https://www.barracudacentral.org/rbl/removal-request',
		},
		// "550 permanent failure for one or more recipients (user@example.com:blocked)"
		{
			phrase: /permanent failure for one or more recipients \([^)]{1,300}:blocked\)/i,
			title: 'Blocked by a Barracuda filter',
			meaning: 'The recipient’s Barracuda email gateway blocked the message under its own filtering policy (spam score, content or sender rule). This is the recipient organisation’s setting, not a public block list, so only its administrator can see why and let the message through.',
			causes: ['The message scored as spam, or a sender/content rule on the gateway matched.'],
			fix: ['Contact the recipient by another channel and send the bounce to their administrator.', 'Ask the administrator to look the message up in the Barracuda message log and allow your address or domain if the mail is legitimate.'],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'spamdetected',
			source: 'https://www.barracudacentral.org/lookups',
		},
	],
});

export const spamcop: Receiver = defineReceiver({
	id: 'spamcop',
	name: 'SpamCop',
	kind: 'list',
	anywhere: true,
	detect: [/\bspamcop\b/i],
	rules: [
		// "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.1"
		{
			phrase: /\bbl\.spamcop\.net\b|\bspamcop\.net\/bl|\bspamcop\b/i,
			title: 'Listed on the SpamCop Blocking List',
			meaning: 'The sending IP is on the SpamCop Blocking List (SCBL), built from recent spam reports and spam-trap hits. Listings expire on their own about a day after the reports stop, so there is no removal form to fill in.',
			causes: ['Recipients reported mail from the IP as spam, or it hit SpamCop traps.'],
			fix: ['Check the IP at spamcop.net/bl.shtml to see the listing.', 'Stop the mail that triggers reports (a compromised account, a list without consent); the entry drops off automatically once reports stop.', 'Resend after the lookup no longer shows the IP.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: 'https://www.spamcop.net/bl.shtml',
		},
	],
});

export const proofpoint: Receiver = defineReceiver({
	id: 'proofpoint',
	name: 'Proofpoint',
	kind: 'list',
	anywhere: true,
	detect: [/\bproofpoint\b/i, /\.pphosted\.com\b/i],
	rules: [
		// "554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1" / "550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1"
		{
			phrase: /ipcheck\.proofpoint\.com|proofpoint\.com\/dnsbl-lookup/i,
			title: 'Blocked by Proofpoint IP reputation',
			meaning: 'The recipient’s Proofpoint service (also used by iCloud and many companies) refuses the sending IP because of its reputation in Proofpoint Dynamic Reputation. Proofpoint delays or blocks an IP only because spam arrives from it, not for a domain or for bulk mail as such; a short delay lifts by itself within minutes.',
			causes: ['Messages scoring as spam or virus arriving from the IP (a compromised machine or account, a shared IP).'],
			fix: ['Look the IP up at ipcheck.proofpoint.com to see whether it is delayed or blocked.', 'Fix the cause, then submit the request there with the recipient of the blocked mail, the type of mail (personal, newsletter, company mail) and anything recently fixed on your network.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'blocked',
			source: 'https://ipcheck.proofpoint.com/; https://www.proofpoint.com/us/support-services/ip-blocked-faq',
		},
	],
});

export const cloudmark: Receiver = defineReceiver({
	id: 'cloudmark',
	name: 'Cloudmark',
	kind: 'list',
	anywhere: true,
	detect: [/\bcloudmark\b/i],
	rules: [
		// "554 … rejected due to poor IP reputation … csi.cloudmark.com/reset-request/?ip=192.0.2.1"
		{
			phrase: /csi\.cloudmark\.com|\bcloudmark\b/i,
			title: 'Cloudmark Sender Intelligence block',
			meaning: 'The sending IP has a poor reputation in Cloudmark Sender Intelligence (CSI), which many ISPs use to refuse mail. CSI is a reputation service, not a block list: Cloudmark does not remove IPs but resets their statistics on request.',
			causes: ['Spam or complaints from the IP seen across Cloudmark-protected networks.'],
			fix: ['Fix the cause first (malware or a compromised account on the network; feedback loops for newsletters).', 'Fill in the IP statistics reset request at csi.cloudmark.com and answer the confirmation email: a first reset is usually granted within one business day, later ones are investigated.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'badreputation',
			source: 'https://csi.cloudmark.com/en/reset/; http://csi.cloudmark.com/reasons-admin.php',
		},
	],
});

const BROADCOM_CODES = 'https://knowledge.broadcom.com/external/article/169652/email-error-and-bounce-codes-for-email-s.html';

export const messagelabs: Receiver = defineReceiver({
	id: 'messagelabs',
	name: 'Symantec / Broadcom Email Security.cloud (MessageLabs)',
	kind: 'list',
	detect: [/\bmessagelabs\b/i, /\bsymanteccloud\b/i, /Email Security\.cloud/i],
	rules: [
		// "501 Connection rejected by policy [7.7] 20805, please visit www.messagelabs.com/support for more details"
		{
			phrase: /connection rejected by policy/i,
			title: 'Email Security.cloud: IP reputation',
			meaning: 'Symantec/Broadcom Email Security.cloud refused the connection because the sending IP has a negative reputation with it. Symantec gives an IP that reputation when it sees spam or viruses sent from it or finds it is an open proxy; the recipient’s own settings are not involved.',
			causes: ['Spam or viruses sent from the IP, often by a compromised machine.', 'An open proxy or misconfigured application on the network.'],
			fix: ['Audit the systems behind the IP and remove malware, open proxies or misconfigured software.', 'Check the IP at ipremoval.sms.symantec.com and request an investigation there: requests are usually handled within 24 hours, and the only answer is the IP’s removal if it passes review.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'badreputation',
			source: `${BROADCOM_CODES}; https://knowledge.broadcom.com/external/article/177234/request-removal-of-an-ip-address-from-sy.html`,
		},
		// "553-you are trying to use me [server-x.tower-x.messagelabs.com] as a relay, but I have not been configured to let you do this"
		{
			phrase: /trying to use me \[[^\]]{1,120}\] as a relay/i,
			title: 'Email Security.cloud: relay refused',
			meaning: 'Email Security.cloud refused to relay: the sending IP or domain is not registered as an outbound route of a customer. The service only carries outgoing mail for the IPs and domains a customer has set up, so the message never left it.',
			causes: ['Outbound routes or domains not set up in the Email Security.cloud portal.'],
			fix: ['Register the sending IP and domain in the ClientNet portal (Outbound Routes / My Domains).', 'Check that the server really sends through the intended Email Security.cloud route, then resend.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'norelaying',
			source: BROADCOM_CODES,
		},
		// "553 Sorry, your email address has been blocked" / "your domain has been blacklisted" / "your envelope sender is in my badmailfrom list"
		{
			phrase: /your (?:email address|domain|IP address)(?: \([^)]{0,100}\))? has been (?:blocked|blacklisted)|badmailfrom/i,
			title: 'Email Security.cloud: sender blocked by recipient',
			meaning: 'The recipient organisation’s Email Security.cloud block list contains your address, domain or IP. Its administrator set that entry (Anti-Spam → Blocked Senders), so only they can remove it; a public block list is not involved.',
			causes: ["An entry in the recipient's block list, or an open relay / block-list problem on your side."],
			fix: ['Contact the recipient by other means and ask their administrator to remove you from the Blocked Senders list or add you to their approved senders.', 'Check that your server is not an open relay.'],
			whoActs: 'recipient-admin',
			retry: 'retry-after-fix',
			reason: 'rejected',
			source: `${BROADCOM_CODES}; https://knowledge.broadcom.com/external/article/222378/ip-on-recipients-antispam-blocklist.html`,
		},
	],
});
