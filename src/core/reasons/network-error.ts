import type {ReasonRule} from './types';

/**
 * Network or DNS trouble. RFC 3463 X.4.x network and routing status (X.4.6 routing loop); the
 * transient 4.4.4 "Unable to route" is a routing failure that may clear, unlike 5.4.4 (hostunknown).
 */
export const networkError: ReasonRule = {
	id: 'networkerror',
	title: 'A network or DNS problem',
	statuses: ['4.4.6', '5.4.6', '4.4.0', '5.4.0', '4.4.2', '4.4.4', '4.4.8'],
	pseudo: '944',
	phrases: [
		'host name lookup failure',
		// Gmail's legacy "DNS Error: Domain name not found" / "…: DNS server returned answer with no data"
		// say the domain does not exist (hostunknown), "…: Could not contact DNS servers" that it timed out.
		/\bdns error(?!: (?:domain name not found|dns server returned answer with no data|could not contact dns servers))/,
		'servfail',
		'malformed or unexpected name server reply',
		'dns type',
		'host not found, try again',
		'too many hops',
		'hop count',
		'routing loop',
		'network error',
		'network is unreachable',
		'no route to host',
		'connection reset',
		'connection closed',
		'lost connection',
		'connection dropped',
		'dns failure',
		'dns problem',
		'servfail',
		'routing loop',
		'mail loop',
		'loop detected',
		'hop count exceeded',
		'network unreachable',
		'bad connection',
		'broken pipe',
		// qmail-remote's connection failure ("Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)").
		'able to establish an smtp connection',
	],
};
