// Advice several receivers give in the same words: one sentence, one place.

/** Why a message is over a receiver's size limit, and what the sender does about it. */
export const TOO_LARGE = {
	causes: ['Large attachments (encoding adds about a third to their size).'],
	fix: ['Shrink the attachments or share them through a link, then resend.'],
} as const;

/** What the sender does when a server refuses to relay for it (Postfix, Exim, Sendmail). */
export const RELAY_FIX = [
	'From a mail client: turn on authentication for the outgoing server and send on the submission port (587 or 465).',
	'From a sending server: check the recipient domain’s MX records and that mail goes to them.',
] as const;

/** What the sender does when its envelope sender's domain has no DNS records (Postfix, Sendmail). */
export const SENDER_DOMAIN_FIX = ['Use an envelope sender in a domain that has working MX or A records.', 'Renew the domain or repair its DNS.'] as const;

/** What the sender does when a receiver says the address has no mailbox (Cox, GoDaddy, Zoho). */
export const NO_MAILBOX_FIX = [
	'Check the address with the recipient by another channel; correct it if it was mistyped.',
	'If it is right as written, remove it from your lists and do not resend.',
] as const;
