// The layouts in the order they are tried. Specific wordings come first; `generic` last. The first
// layout that recognises the text and finds at least one recipient wins.
import type {Detect, Layout, LayoutHit} from './types';
import {anchoredDetect, detects} from './detect';
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

/**
 * One hit per recipient: a recipient named twice (a list, then its error) keeps all its words. The
 * hits are the layout's own, made by this parse: the first of a recipient takes the words of the
 * others (no copy).
 */
function merge(hits: LayoutHit[]): LayoutHit[] {
	const byRcpt = new Map<string, LayoutHit>();
	for (const h of hits) {
		const seen = byRcpt.get(h.recipient);
		if (!seen) byRcpt.set(h.recipient, h);
		else if (h.diagnostic && seen.diagnostic.length < 2000 && !seen.diagnostic.includes(h.diagnostic)) {
			seen.diagnostic = seen.diagnostic ? `${seen.diagnostic} ${h.diagnostic}` : h.diagnostic;
			seen.command ||= h.command;
			seen.remoteMta ||= h.remoteMta;
		}
	}
	return [...byRcpt.values()];
}

// Every layout's patterns go into the anchor pass (../anchored.ts): a layout whose words the text
// does not hold is ruled out without a search. Not a recognition rule of its own: a layout whose
// words occur is then still asked by its detect.
for (const layout of LAYOUTS) anchoredDetect(layout.detect);

/**
 * Recipients found by the first layout that recognises the text. `detect` evaluates a layout's
 * Detect (the tests hold the anchor pass to a plain search of every pattern through it).
 */
export function parseLayouts(text: string, detect: (d: Detect, text: string) => boolean = detects): {layout: string; hits: LayoutHit[]} {
	for (const layout of LAYOUTS) {
		if (!detect(layout.detect, text)) continue;
		const all = layout.parse(text);
		const hits = merge(all.filter((h) => h.recipient));
		if (hits.length) return {layout: layout.id, hits};
		// A recognised notice that names no recipient (displayed text without headers) still has a verdict.
		const anonymous = all.find((h) => h.diagnostic);
		if (anonymous && layout.id !== 'generic') return {layout: layout.id, hits: [anonymous]};
	}
	return {layout: '', hits: []};
}
