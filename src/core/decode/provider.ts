// The receiving provider of one recipient's failure, from the registry's one detection
// (receivers/receiving.ts): the remote host that answered (Postfix's `host X said:`, the DSN's
// Remote-MTA, a layout's host), else the recipient's own mail domain when a provider hosts it
// (gmail.com, hotmail.co.uk), else the reply's words and tags. The report's other host fields
// (Reporting-MTA, Received, Exchange's Generating server) name the sending side as often as the
// receiving one: the explanation of a whole bounce reads them (bounce-provider.ts), and only for
// replies nothing else names.
import type {ProviderId, Receiver} from '../types';
import {domainProvider, hostProvider, wordsProvider} from '../receivers/receiving';

/** What detectProviders gives the remote host and the reply's words, when the caller has them. */
export interface Detected {
	host?: readonly Receiver[];
	words?: readonly Receiver[];
}

/** The provider of a recipient's failure: remote host, then the recipient's domain, then the reply's words. */
export function recipientProvider(remoteMta: string, diagnostic: string, recipient: string, detected: Detected = {}): ProviderId | undefined {
	const at = recipient.lastIndexOf('@');
	return hostProvider(remoteMta, detected.host) ?? domainProvider(at >= 0 ? recipient.slice(at + 1) : '') ?? wordsProvider(diagnostic, detected.words);
}
