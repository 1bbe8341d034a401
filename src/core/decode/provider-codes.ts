// Receiving providers that number their refusals with codes of their own, documented in their
// postmaster pages. The code names the cause more precisely than the words around it ("Mail
// rejete. Mail rejected. OFR_506 [506]"), so a known code decides the reason.
//
// The reasons come from the receivers' own tables (src/core/receivers/spectrum.ts, orange.ts), the
// same rules that explain these codes on the card, so the two cannot disagree:
// - Spectrum / Charter: AUP#I-nnnn, AUP#In-nnnn, AUP#O-nnnn;
// - Orange / Wanadoo and La Poste (France): OFR_nnn, OFRnnn_nnn, LPNnnn_nnn, OUK_nnn;
// - Facebook: RCP-P2, POL-T1 … (layouts/facebook.ts, from its own notices' table);
// - GoDaddy: IB101 … IB705; Cox: AUP#CXBL, AUP#IPBL0010 …; I.UA: mail.i.ua/err/N/ (receivers/godaddy.ts,
//   cox.ts, iua.ts).
// A code whose meaning is not documented (OFR_999) gives no reason here.
import type {ProviderRule, Reason} from '../types';
import {findTags} from '../receivers';
import {coxCode} from '../receivers/cox';
import {godaddyCode} from '../receivers/godaddy';
import {iuaCode} from '../receivers/iua';
import {orangeCode} from '../receivers/orange';
import {spectrumCode} from '../receivers/spectrum';
import {facebookCodeReason} from './layouts/facebook';

const LOOKUPS: ReadonlyArray<(tag: string) => ProviderRule | undefined> = [spectrumCode, orangeCode];

/** Providers whose codes are read from the reply itself rather than from its scanned tags. */
const TEXT_LOOKUPS: ReadonlyArray<(text: string) => ProviderRule | undefined> = [godaddyCode, coxCode, iuaCode];

// Cheap pre-check: a text without these marks holds no numbered provider code.
const MARKS = /AUP#|_\d{3}/;

/** The reason a provider's own refusal code names, or undefined. */
export function providerCodeReason(diagnostic: string): Reason | undefined {
	const facebook = facebookCodeReason(diagnostic);
	if (facebook) return facebook;
	for (const lookup of TEXT_LOOKUPS) {
		const rule = lookup(diagnostic);
		if (rule) return rule.reason;
	}
	if (!MARKS.test(diagnostic)) return undefined;
	for (const tag of findTags(diagnostic)) {
		for (const lookup of LOOKUPS) {
			const rule = lookup(tag);
			if (rule) return rule.reason;
		}
	}
	return undefined;
}
