// What a person is told about each reason: its plain words and its advice, one row per reason of the
// vocabulary (src/core/types.ts REASONS), so every surface says the same thing: the only place a
// reason is put in words (the verdict, and explain-text's note on a reply whose words outrank its
// code). Our own words.
//
// The advice says hard or soft in words a person acts on: whether the address is the problem
// ("remove it"), the sending side ("fix it, then resend"), the message, or the receiving side.
import type {Reason, Retry, WhoActs} from './types';

/** Where the trouble is: decides how a delay of this reason is advised on (verdict.ts). */
export type Side = 'address' | 'sending' | 'message' | 'receiving' | 'none';

export interface ReasonWords {
	/** What happened, completing "Not delivered to a@b.example: …" (lower-case, no final stop). */
	words: string;
	/** The badge of a report that is no bounce, where "Not a bounce" says less. */
	label?: string;
	/** The same while delivery is still being retried, where the final words would not be true. */
	waiting?: string;
	side: Side;
	/** What to do about a final failure: one or two sentences. */
	advice: string;
	/** Who acts on a final failure. */
	whoActs: WhoActs;
	/** What retrying does after a final failure. */
	retry: Retry;
}

const GONE = 'The address is wrong or gone —';
const SENDING = 'The address is fine; the block is on the sending side — fix it, then resend.';
const MESSAGE = 'The address is fine; this message was refused — change it, then resend.';

export const REASON_WORDS: Readonly<Record<Reason, ReasonWords>> = {
	authfailure: {
		words: 'the message failed the receiver’s SPF, DKIM or DMARC checks',
		side: 'sending',
		advice: `${SENDING} Publish or correct SPF, DKIM and DMARC for the sending domain.`,
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
	},
	badreputation: {
		words: 'the sending IP address or domain has a poor reputation with the receiver',
		side: 'sending',
		advice: `${SENDING} Find out why (complaints, volume, a block listing) on the receiver’s postmaster pages, then send slowly.`,
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
	},
	blocked: {
		words: 'the sending server’s IP address or name was refused, often for a block listing',
		side: 'sending',
		advice: `${SENDING} Get the sending IP address off the block list the reply names; the list’s lookup page says how.`,
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
	},
	contenterror: {
		words: 'the message’s format was refused',
		side: 'message',
		advice: `${MESSAGE} Send it in a standard format, with ordinary encoding and attachments.`,
		whoActs: 'sender',
		retry: 'retry-after-fix',
	},
	delivered: {
		words: 'the message was delivered',
		side: 'none',
		advice: 'Nothing to do.',
		whoActs: 'nobody',
		retry: 'do-not-retry',
	},
	exceedlimit: {
		words: 'the message is over a limit set for the recipient',
		side: 'message',
		advice: 'The address is fine; the message is over the recipient’s limit — send it smaller, or share a link instead.',
		whoActs: 'sender',
		retry: 'retry-after-fix',
	},
	expired: {
		words: 'the sending server gave up after retrying for too long',
		waiting: 'the message is still waiting to be delivered',
		side: 'receiving',
		advice: 'The address may be fine; the receiving server could not be reached in time — check the domain’s mail servers, then resend later.',
		whoActs: 'sender',
		retry: 'retry-after-fix',
	},
	feedback: {
		words: 'a complaint (feedback report) about a message you sent',
		label: 'Complaint',
		side: 'none',
		advice: 'Stop sending to whoever complained, and check why the message was reported.',
		whoActs: 'sender',
		retry: 'do-not-retry',
	},
	filtered: {
		words: 'a filter of the recipient’s refused this message',
		side: 'receiving',
		advice: 'The address is fine; the recipient’s side refused this message — reach the person another way, or ask them to allow your address.',
		whoActs: 'recipient',
		retry: 'retry-after-fix',
	},
	hasmoved: {
		words: 'the address has moved and mail to it is not forwarded',
		side: 'address',
		advice: `${GONE} the person has a new address (the bounce may name it); replace it in your list.`,
		whoActs: 'sender',
		retry: 'do-not-retry',
	},
	hostunknown: {
		words: 'the recipient’s domain does not exist or has no mail server',
		side: 'address',
		advice: `${GONE} check the domain for a typo, or remove the address from your list.`,
		whoActs: 'sender',
		retry: 'do-not-retry',
	},
	mailboxfull: {
		words: 'the mailbox is full',
		side: 'receiving',
		advice: 'The address is fine; the recipient must make room — resend later, or reach the person another way.',
		whoActs: 'recipient',
		retry: 'retry-after-fix',
	},
	mailererror: {
		words: 'a delivery program on the receiving server failed',
		side: 'receiving',
		advice: 'The address is probably fine; the receiving server’s delivery program failed — resend later, or tell the recipient’s mail admin.',
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
	},
	mesgtoobig: {
		words: 'the message is too big for the receiving server',
		side: 'message',
		advice: 'The address is fine; the message is too big — send smaller attachments, or share a link instead.',
		whoActs: 'sender',
		retry: 'retry-after-fix',
	},
	networkerror: {
		words: 'a network or DNS problem stopped delivery',
		side: 'receiving',
		advice: 'The address may be fine; the receiving server could not be reached — check the domain’s mail servers (MX), then resend later.',
		whoActs: 'sender',
		retry: 'retry-after-fix',
	},
	norelaying: {
		words: 'the server does not accept mail for this destination (relaying denied)',
		side: 'sending',
		advice: 'The server that answered does not handle this address — check the address’s domain and your outgoing server settings, then resend.',
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
	},
	notaccept: {
		words: 'the destination accepts no mail',
		side: 'address',
		advice: `${GONE} its domain accepts no mail; remove it from your list.`,
		whoActs: 'sender',
		retry: 'do-not-retry',
	},
	notcompliantrfc: {
		words: 'the message does not follow the Internet mail format',
		side: 'message',
		advice: `${MESSAGE} Fix its headers in the sending software: none duplicated, none missing.`,
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
	},
	onhold: {
		words: 'the bounce does not say why',
		side: 'none',
		advice: 'Read the server’s own words in the bounce; if the address looks right, resend once later.',
		whoActs: 'sender',
		retry: 'retry-after-fix',
	},
	policyviolation: {
		words: 'the message broke a policy of the receiving site',
		side: 'message',
		advice: `${MESSAGE} The reply says which rule; otherwise reach the person another way.`,
		whoActs: 'sender',
		retry: 'retry-after-fix',
	},
	rejected: {
		words: 'the receiver refused the sender address',
		side: 'sending',
		advice: `${SENDING} Check the sender address and its domain’s DNS records.`,
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
	},
	requireptr: {
		words: 'the sending IP address has no valid reverse DNS',
		side: 'sending',
		advice: `${SENDING} Give the sending IP address a reverse DNS (PTR) name that resolves back to it.`,
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
	},
	securityerror: {
		words: 'a security requirement of the receiver was not met',
		side: 'sending',
		advice: `${SENDING} Turn on what the receiver asks for (TLS, authentication) on the sending server.`,
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
	},
	spamdetected: {
		words: 'the receiver’s filter judged the message to be spam',
		side: 'message',
		advice: `${MESSAGE} Review its content and links, and check the sending domain’s SPF, DKIM and DMARC.`,
		whoActs: 'sender',
		retry: 'retry-after-fix',
	},
	speeding: {
		words: 'the sender hit a rate limit',
		side: 'sending',
		advice: 'The address is fine; too much mail was sent too fast — send more slowly, then resend.',
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
	},
	suspend: {
		words: 'the account is disabled',
		side: 'address',
		advice: `${GONE} the account is not in use; remove it, or reach the person another way.`,
		whoActs: 'sender',
		retry: 'do-not-retry',
	},
	syntaxerror: {
		words: 'the receiving server reported an SMTP syntax or sequence error',
		side: 'sending',
		advice: 'The address is fine; the sending software spoke SMTP wrongly — check its settings or update it, then resend.',
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
	},
	systemerror: {
		words: 'the receiving system failed',
		side: 'receiving',
		advice: 'The address is probably fine; the receiving system failed — resend later, and tell the recipient’s mail admin if it keeps failing.',
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
	},
	systemfull: {
		words: 'the receiving server is out of storage',
		side: 'receiving',
		advice: 'The address is fine; the receiving server is out of space — resend later.',
		whoActs: 'recipient-admin',
		retry: 'retry-after-fix',
	},
	toomanyconn: {
		words: 'there were too many connections or recipients at once',
		side: 'sending',
		advice: 'The address is fine; too much was sent at once — send to fewer recipients per message and over fewer connections, then resend.',
		whoActs: 'sender-admin',
		retry: 'retry-after-fix',
	},
	undefined: {
		words: 'no reason was given',
		side: 'none',
		advice: 'Read the server’s own words in the bounce; if the address looks right, resend once later.',
		whoActs: 'sender',
		retry: 'retry-after-fix',
	},
	userunknown: {
		words: 'the address does not exist',
		side: 'address',
		advice: `${GONE} check it for a typo, or remove it from your list.`,
		whoActs: 'sender',
		retry: 'do-not-retry',
	},
	vacation: {
		words: 'an automatic reply, such as an out-of-office message',
		label: 'Automatic reply',
		side: 'none',
		advice: 'Your message was delivered; nothing to do.',
		whoActs: 'nobody',
		retry: 'do-not-retry',
	},
	virusdetected: {
		words: 'a virus or dangerous attachment was found in the message',
		side: 'message',
		advice: `${MESSAGE} Remove the infected or dangerous attachment.`,
		whoActs: 'sender',
		retry: 'retry-after-fix',
	},
};
