import {describe, expect, it} from 'vitest';
import {providerCodeReason} from '../../../src/core/decode/provider-codes';
import {cox, findProviderRule, godaddy, iua, orange, ruleTags, spectrum} from '../../../src/core/receivers';

// One source of truth: the decoder's reason for a provider's numbered code is the reason of the rule
// that explains that code on the card, for every code the tables cover.
describe('providerCodeReason', () => {
	it.each([spectrum, orange].flatMap(receiver => receiver.rules.flatMap(rule => ruleTags(rule).map(tag => [tag, rule.reason] as const))))('%s → %s, as its explanation says', (tag, reason) => {
		expect(providerCodeReason(`550 5.0.0 refused ${tag}`)).toBe(reason);
		expect(findProviderRule({text: `550 5.0.0 refused ${tag}`})?.rule.reason).toBe(reason);
	});

	// Codes read from the reply's words (GoDaddy IB codes, Cox AUP codes, I.UA error pages): the rule
	// that explains the reply gives the decoder's reason too.
	it.each([
		['554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL). IB104', 'blocked'],
		['552 Virus infected message rejected. IB705', 'virusdetected'],
		['550 This IP has sent too many messages this hour. IB504', 'speeding'],
		['550 coolexample.com From: Domain is invalid. Provide a valid From: IB506', 'rejected'],
		['554 5.7.1 [192.0.2.1] Connection refused - AUP#CXBL', 'blocked'],
		['554 5.7.1 Connection refused - AUP#IPBL0010', 'blocked'],
		['554 5.7.1 Message rejected - AUP#URLBL011', 'spamdetected'],
		['550 5.7.1 Sender domain failed authentication - AUP#CXSNDR', 'authfailure'],
		['550 Message was not accepted -- https://mail.i.ua/err/2/', 'userunknown'],
		['550 Message was not accepted -- https://mail.i.ua/err/10/', 'filtered'],
	])('%s → %s', (line, reason) => {
		expect(providerCodeReason(line)).toBe(reason);
		expect(findProviderRule({text: line})?.rule.reason).toBe(reason);
	});

	it('covers every GoDaddy, Cox and I.UA rule with one of its codes', () => {
		for (const rule of [...godaddy.rules, ...cox.rules, ...iua.rules]) expect(rule.phrase, rule.title).toBeInstanceOf(RegExp);
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
		expect(providerCodeReason('554 sender rejected AUP#CXNOPE')).toBeUndefined();
		expect(providerCodeReason('550 5.7.1 see IB999 and LIB104X')).toBeUndefined();
		expect(providerCodeReason('550 see https://mail.i.ua/err/42/')).toBeUndefined();
		expect(providerCodeReason('421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred')).toBeUndefined();
		expect(providerCodeReason('550 5.1.1 User unknown')).toBeUndefined();
		expect(providerCodeReason('')).toBeUndefined();
	});
});
