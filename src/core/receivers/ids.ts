// The receivers' ids, in the order the registry (registry.ts) lists them and breaks ties by: receiving
// providers first, then block lists and gateways, then server software and the everyday situations.
// ProviderId is this list's type, and the registry must hold exactly one receiver per id (its type
// says so), so an id without a receiver, or a receiver without an id, does not compile.
export const RECEIVER_IDS = [
	'google',
	'microsoft',
	'outlook-com',
	'yahoo',
	'apple',
	'spectrum',
	'orange',
	'godaddy',
	'cox',
	'iua',
	'tencent',
	'netease',
	'yandex',
	'mailru',
	'zoho',
	'comcast',
	'united-internet',
	'amazon-ses',
	'spamhaus',
	'barracuda',
	'spamcop',
	'proofpoint',
	'mimecast',
	'cloudmark',
	'messagelabs',
	'postfix',
	'exim',
	'sendmail',
	'cisco',
	'greylisting',
	'connection',
	'recipient-dns',
	'tls',
	'limits',
] as const;

/** Every receiver (src/core/receivers/registry.ts): receiving providers, lists, server software, situations. */
export type ProviderId = (typeof RECEIVER_IDS)[number];
