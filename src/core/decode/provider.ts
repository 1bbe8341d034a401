// The receiving provider named by the bounce (host names and provider signatures in the remote
// server's words). A light, local table: the full provider rules live in ../receivers/.
import type {ProviderId} from '../types';

const SIGNATURES: readonly [RegExp, ProviderId][] = [
	[/\bgsmtp\b|\.google\.com\b|googlemail\.com|support\.google\.com|\bgmail\.com\b/i, 'google'],
	[/protection\.outlook\.com|\.prod\.outlook\.com|\.outlook\.com\b|office365|microsoft\.com|\b(?:hotmail|outlook|live|msn)\.[a-z.]{2,6}\b|RESOLVER\.[A-Z]{3}\.|STOREDRV/i, 'microsoft'],
	[/yahoo(?:dns|inc)?\.(?:com|net|co\.[a-z]{2}|[a-z]{2})\b|\byahoo\b|\baol\.com\b|\bverizon\.net\b|senderhelp\.yahoo/i, 'yahoo'],
	[/\bicloud\.com\b|\bme\.com\b|\bmac\.com\b|apple\.com\b/i, 'apple'],
	[/amazonses\.com|\bamazon ses\b|\bawsapps\b/i, 'amazon-ses'],
	[/mimecast/i, 'mimecast'],
	[/messagelabs|symantec/i, 'messagelabs'],
	[/pphosted\.com|proofpoint/i, 'proofpoint'],
	[/barracuda/i, 'barracuda'],
	[/spamhaus/i, 'spamhaus'],
	[/spamcop/i, 'spamcop'],
	[/cloudmark/i, 'cloudmark'],
];

// All signatures in one case-insensitive alternation: a text it does not match has none of them
// (every signature is itself case-insensitive), so most texts cost one search instead of twelve.
const ANY = new RegExp(SIGNATURES.map(([re]) => `(?:${re.source})`).join('|'), 'i');

/** The provider named in the texts (checked in order: remote host, diagnostic, recipient domain). */
export function detectProvider(...texts: string[]): ProviderId | undefined {
	for (const t of texts) {
		if (!t || !ANY.test(t)) continue;
		for (const [re, id] of SIGNATURES) if (re.test(t)) return id;
	}
	return undefined;
}
