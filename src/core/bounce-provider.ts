// The receiving provider of a whole bounce, from the fields that name the server which answered:
// the host Postfix quotes (`host mx.example.com[192.0.2.1] said:`), the DSN's Remote-MTA and
// Reporting-MTA (RFC 3464 §2.3.3, §2.2.2), Exchange's "Generating server:", the bounce's own Received
// lines (RFC 5321 §4.4). Read in that order: the remote server's name says whose reply it is more
// surely than the name of the server that wrote the report. A provider named only elsewhere in the
// text (a sender's address, a quoted original message) is not the receiving provider.
import type {BounceReport, ProviderId} from './types';
import {detectProviders} from './receivers';

// Each pattern captures one host name; bounded repetitions keep them linear.
const HOST_FIELDS: readonly RegExp[] = [
	/\bhost[ \t]+([a-z0-9][a-z0-9.-]{0,252})(?:\[[^\]\s]{0,64}\])?[ \t]+said:/gi,
	/^[ \t]*Remote-MTA:[ \t]*(?:dns;[ \t]*)?([^\s;]{1,255})/gim,
	/\bGenerating server:[ \t]*([^\s]{1,255})/gi,
	/^[ \t]*Reporting-MTA:[ \t]*(?:dns;[ \t]*)?([^\s;]{1,255})/gim,
	/^[ \t]*Received:[ \t]+from[ \t]+([^\s]{1,255})/gim,
];

/** Longest text read for the fields: a report's headers and DSN parts come well before this. */
const MAX_READ = 256 * 1024;

/** The hosts a bounce names as the answering or reporting server, in the order above, as they are read. */
function* hostsOf(text: string): Generator<string> {
	const head = text.length > MAX_READ ? text.slice(0, MAX_READ) : text;
	for (const pattern of HOST_FIELDS) {
		// Each reading starts its own search: one that stopped early left lastIndex where it stopped.
		pattern.lastIndex = 0;
		for (let m = pattern.exec(head); m; m = pattern.exec(head)) if (m[1]) yield m[1];
	}
}

/** The hosts a bounce names as the answering or reporting server, in the order above. */
export function bounceHosts(text: string): string[] {
	return [...hostsOf(text)];
}

/** The receiving provider the bounce's host fields name, or undefined. Fields past the first that names one are not read. */
export function bounceProvider(text: string): ProviderId | undefined {
	for (const host of hostsOf(text)) {
		const found = detectProviders(host)[0];
		if (found) return found.id;
	}
	return undefined;
}

/**
 * The provider a decoded report gives a reply: that of the recipient whose diagnostic is the reply
 * (or holds its codes), else that of the first recipient with one (a provider or a remote MTA naming one).
 */
export function reportProvider(report: BounceReport | undefined, words: string, codes: readonly string[]): ProviderId | undefined {
	if (!report) return undefined;
	const own = report.recipients.find(r => r.diagnostic && (r.diagnostic.includes(words) || (codes.length > 0 && codes.every(code => r.diagnostic.includes(code)))));
	const mine = own && recipientProvider(own);
	if (mine) return mine;
	if (!firstProviders.has(report)) firstProviders.set(report, firstProvider(report));
	return firstProviders.get(report);
}

const recipientProvider = (r: BounceReport['recipients'][number]): ProviderId | undefined => r.provider ?? detectProviders(r.remoteMta)[0]?.id;

/** The first recipient's provider, once per report: every reply of a text asks it again. */
const firstProviders = new WeakMap<BounceReport, ProviderId | undefined>();

function firstProvider(report: BounceReport): ProviderId | undefined {
	for (const r of report.recipients) {
		const provider = recipientProvider(r);
		if (provider) return provider;
	}
	return undefined;
}
