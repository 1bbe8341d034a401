// The layouts in the order they are tried. Specific wordings come first; `generic` last. The first
// layout that recognises the text and finds at least one recipient wins.
import type {Layout, LayoutHit} from './types';
import {amavis} from './amavis';
import {amazonSes} from './amazon-ses';
import {amazonSesJson} from './amazon-ses-json';
import {biglobe} from './biglobe';
import {communigate} from './communigate';
import {domino} from './domino';
import {dragonfly} from './dragonfly';
import {exchange} from './exchange';
import {exim} from './exim';
import {ezweb} from './ezweb';
import {fml} from './fml';
import {generic} from './generic';
import {gmail} from './gmail';
import {googleGroups} from './google-groups';
import {interScan} from './interscan';
import {james} from './james';
import {kddi} from './kddi';
import {mailFoundry} from './mailfoundry';
import {messageLabs} from './messagelabs';
import {messagingServer} from './messaging-server';
import {mFilter} from './mfilter';
import {notes} from './notes';
import {openSmtpd} from './opensmtpd';
import {outlook} from './outlook';
import {postfix, postfixTranscript} from './postfix';
import {qmail} from './qmail';
import {receivingSes} from './receiving-ses';
import {sendGrid} from './sendgrid';
import {sendmail} from './sendmail';
import {x6} from './x6';

export type {Layout, LayoutHit} from './types';

export const LAYOUTS: readonly Layout[] = [amazonSesJson, ezweb, postfix, postfixTranscript, exim, sendmail, qmail, exchange, googleGroups, gmail, amazonSes, dragonfly, communigate, openSmtpd, interScan, mFilter, biglobe, mailFoundry, james, sendGrid, kddi, messagingServer, x6, receivingSes, outlook, messageLabs, domino, notes, amavis, fml, generic];

/** One hit per recipient: a recipient named twice (a list, then its error) keeps all its words. */
function merge(hits: LayoutHit[]): LayoutHit[] {
	const byRcpt = new Map<string, LayoutHit>();
	for (const h of hits) {
		const seen = byRcpt.get(h.recipient);
		if (!seen) byRcpt.set(h.recipient, {...h});
		else if (h.diagnostic && seen.diagnostic.length < 2000 && !seen.diagnostic.includes(h.diagnostic)) {
			seen.diagnostic = seen.diagnostic ? `${seen.diagnostic} ${h.diagnostic}` : h.diagnostic;
			seen.command ||= h.command;
			seen.remoteMta ||= h.remoteMta;
		}
	}
	return [...byRcpt.values()];
}

// Cheap necessary conditions checked before each layout's own `detect` regexes: literal words that
// every text its `detect` accepts contains (its case-insensitive wordings are looked up in the
// lower-cased text; an ASCII word matched by a `/i` regex always lower-cases to itself). Only where
// the `includes` scans measured cheaper than the regexes they spare (a list of many phrases is not).
// Not a recognition rule of its own: a layout passes its gate and is then still asked by `detect`.
type Gate = (text: string, lower: () => string) => boolean;
const some = (hay: string, words: readonly string[]): boolean => words.some((w) => hay.includes(w));
const GATES: Readonly<Record<string, Gate>> = {
	ezweb: (_, l) => l().includes('account is'),
	postfix: (t) => t.includes('This is the ') || t.includes('The mail system'),
	'postfix-transcript': (t) => t.includes('Transcript of session follows') && t.includes('Out:'),
	exim: (_, l) => some(l(), ['by mail delivery software', 'one or more of its', 'following address']),
	'google-groups': (_, l) => l().includes('groups.google.com/support'),
	dragonfly: (_, l) => l().includes('there was an error delivering your mail to <'),
	communigate: (t) => t.includes('Failed to deliver to \''),
	domino: (_, l) => l().includes('was not delivered to:'),
	notes: (t) => t.includes('Failure Reasons'),
	interscan: (t) => t.includes('>>> '),
	mfilter: (t) => t.includes('-------server message'),
	biglobe: (t) => t.includes('Non-delivered information'),
	mailfoundry: (t) => t.includes('Delivery failed for the following reason:'),
	james: (t) => t.includes('Error message below:'),
	sendgrid: (t) => t.includes('generated message from SendGrid'),
	kddi: (t) => t.includes('Could not be delivered to:'),
	'messaging-server': (t) => t.includes('Recipient address:'),
	x6: (t) => t.includes('We had trouble delivering your message'),
	'receiving-ses': (t) => t.includes('This message could not be delivered.'),
	outlook: (t) => t.includes('automatically generated Delivery Status Notification'),
	messagelabs: (t) => t.includes('I was unable to deliver your message to the following addresses:'),
	amavis: (t) => t.includes('A message from <') && t.includes('->'),
};

/** Recipients found by the first layout that recognises the text. */
export function parseLayouts(text: string): {layout: string; hits: LayoutHit[]} {
	let lowered: string | undefined;
	const lower = (): string => (lowered ??= text.toLowerCase());
	for (const layout of LAYOUTS) {
		const gate = GATES[layout.id];
		if (gate && !gate(text, lower)) continue;
		if (!layout.detect(text)) continue;
		const all = layout.parse(text);
		const hits = merge(all.filter((h) => h.recipient));
		if (hits.length) return {layout: layout.id, hits};
		// A recognised notice that names no recipient (displayed text without headers) still has a verdict.
		const anonymous = all.find((h) => h.diagnostic);
		if (anonymous && layout.id !== 'generic') return {layout: layout.id, hits: [anonymous]};
	}
	return {layout: '', hits: []};
}
