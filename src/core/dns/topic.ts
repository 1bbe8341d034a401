// Whether DNS can answer what a reading is about, from the decoder's reason and provider alone (no
// imports: the content script asks it of every card, and carries nothing of the checks themselves).
import type {Explanation, ProviderId, Reason} from '../types';
import type {DnsReading} from './plan';

/** What a reading is about, as far as DNS can answer it. */
export type DnsTopic = 'authentication' | 'reverse-dns' | 'block-list' | 'recipient-domain';

const LISTS: ReadonlySet<string> = new Set<ProviderId>(['spamhaus', 'barracuda', 'spamcop']);

/** The topic of a reading, or undefined when DNS has nothing to say about it. */
export function dnsTopic(reading: {reason: Reason | 'unmapped'; provider?: ProviderId}): DnsTopic | undefined {
	if (reading.provider && LISTS.has(reading.provider)) return 'block-list';
	switch (reading.reason) {
		case 'authfailure':
			return 'authentication';
		case 'requireptr':
			return 'reverse-dns';
		// Sisimai's "blocked": refused for the client's IP or host name — a listing or its reverse DNS.
		case 'blocked':
			return 'block-list';
		case 'hostunknown':
		case 'notaccept':
			return 'recipient-domain';
		default:
			return undefined;
	}
}

/** A code card's reading: the explanation's reason and provider (as explain() read them in the reply's context), its enhanced code, the reply's words (cut to `max`). */
export function explanationReading(explanation: Pick<Explanation, 'code' | 'reason' | 'provider'>, reply = '', max = 4096): DnsReading {
	const status = /\b[245]\.\d{1,3}\.\d{1,3}\b/.exec(explanation.code)?.[0];
	return {reason: explanation.reason, diagnostic: reply.slice(0, max), ...(explanation.provider ? {provider: explanation.provider.id} : {}), ...(status ? {status} : {})};
}
