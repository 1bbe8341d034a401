// Receiving providers that number their refusals with codes of their own, documented in their
// postmaster pages. The code names the cause more precisely than the words around it ("Mail
// rejete. Mail rejected. OFR_506 [506]"), so a known code decides the reason.
//
// Only the reason is kept here, for the decoder; the explanations in src/core/receivers/ do not cover
// these providers yet, so the card explains such a reply from its SMTP codes.
import type {Reason} from '../types';

// Orange / Wanadoo and La Poste (France): OFR_<nnn>, OFR<nnn>_<nnn>, LPN<nnn>_<nnn>, OUK_<nnn>; the last
// three digits are the cause. Only causes whose meaning is documented (and repeated in the
// bilingual reply itself) are listed.
// @see https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/
const ORANGE: Record<string, Reason> = {
	'102': 'blocked', // "Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues."
	'104': 'toomanyconn', // "Trop de connexions … Too many connections, slow down."
	'403': 'rejected', // "Emetteur invalide. Invalid Sender."
	'405': 'rejected', // "Emetteur invalide. Invalid Sender."
	'415': 'rejected', // "Emetteur invalide. Invalid Sender."
	'416': 'userunknown', // "Adresse d au moins un destinataire invalide. Invalid recipient."
	'417': 'mailboxfull', // "Boite du destinataire pleine. Recipient overquota."
	'418': 'userunknown', // "Adresse d au moins un destinataire invalide."
	'420': 'suspend', // "Boite du destinataire archivee. Archived recipient."
	'426': 'suspend', // "Le compte du destinataire est bloque. The recipient account is blocked."
	'506': 'spamdetected', // "Mail rejete. Mail rejected." — refused by the anti-spam filter
	'514': 'mesgtoobig', // "Taille limite du message atteinte" (message size limit reached)
};

const ORANGE_CODE = /\b(?:OFR|LPN|OUK)(?:_|\d{3}[-_])(\d{3})\b/i;

/** The reason a provider's own refusal code names, or undefined. */
export function providerCodeReason(diagnostic: string): Reason | undefined {
	const m = ORANGE_CODE.exec(diagnostic);
	return m ? ORANGE[m[1] ?? ''] : undefined;
}
