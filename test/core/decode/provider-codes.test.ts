import {describe, expect, it} from 'vitest';
import {providerCodeReason} from '../../../src/core/decode/provider-codes';
import {findProviderRule, orange, ruleTags, spectrum} from '../../../src/core/receivers';

// One source of truth: the decoder's reason for a provider's numbered code is the reason of the rule
// that explains that code on the card, for every code the tables cover.
describe('providerCodeReason', () => {
	it.each([spectrum, orange].flatMap(receiver => receiver.rules.flatMap(rule => ruleTags(rule).map(tag => [tag, rule.reason] as const))))('%s → %s, as its explanation says', (tag, reason) => {
		expect(providerCodeReason(`550 5.0.0 refused ${tag}`)).toBe(reason);
		expect(findProviderRule({text: `550 5.0.0 refused ${tag}`})?.rule.reason).toBe(reason);
	});

	it('reads every written form of the codes', () => {
		expect(providerCodeReason('550 5.1.0 sender rejected. AUP#In-1310')).toBe('toomanyconn');
		expect(providerCodeReason('550 5.7.1 AUP#O-1010')).toBe('rejected');
		expect(providerCodeReason('550 5.5.0 Mail rejete. Mail rejected. OFR_506 [506]')).toBe('spamdetected');
		expect(providerCodeReason('550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]')).toBe('spamdetected');
		expect(providerCodeReason('550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416')).toBe('userunknown');
		expect(providerCodeReason('501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]')).toBe('rejected');
	});

	it('gives no reason for undocumented codes, other tags, or none', () => {
		expect(providerCodeReason('421 Service refused, please try later. OFR_999 [999]')).toBeUndefined();
		expect(providerCodeReason('550 5.5.0 Service refuse. LPN001_108')).toBeUndefined();
		expect(providerCodeReason('554 sender rejected AUP#CXSNDR')).toBeUndefined();
		expect(providerCodeReason('421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred')).toBeUndefined();
		expect(providerCodeReason('550 5.1.1 User unknown')).toBeUndefined();
		expect(providerCodeReason('')).toBeUndefined();
	});
});
