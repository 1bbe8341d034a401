import {describe, expect, it} from 'vitest';
import {findProviderRule} from '../../../src/core/receivers';
import {ORANGE_CODES, orangeCode} from '../../../src/core/receivers/orange';
import {resolve, type Row} from './helpers';

// Lines in the bilingual shape of Orange / Wanadoo and La Poste replies; the code at the end decides
// (www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/).
const rows: Row[] = [
	['550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=192.0.2.1', 'orange', 'blocked', /blocked for spam \(102\)/],
	['421 mwinf5c79 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]', 'orange', 'toomanyconn', /too many connections/],
	['501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405] (in reply to MAIL FROM command)', 'orange', 'rejected', /invalid sender/],
	['550 5.0.1 Emetteur invalide. Invalid Sender. OFR_415 [415]', 'orange', 'rejected', /invalid sender/],
	['550 5.0.1 Emetteur invalide. Invalid Sender. LPN105_403', 'orange', 'rejected', /invalid sender/],
	['550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416] (in reply to RCPT TO command)', 'orange', 'userunknown', /does not exist/],
	['550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416', 'orange', 'userunknown', /does not exist/],
	['550 5.1.1 Adresse d au moins un destinataire invalide. OFR_418 [418]', 'orange', 'userunknown', /does not exist/],
	['552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]', 'orange', 'mailboxfull', /over quota/],
	['550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420 (in reply to RCPT TO command)', 'orange', 'suspend', /archived/],
	['550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426', 'orange', 'suspend', /account blocked/],
	['550 5.5.0 Mail rejete. Mail rejected. OFR_506 [506]', 'orange', 'spamdetected', /spam \(506\)/],
	['550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]', 'orange', 'spamdetected', /spam \(506\)/],
	['552 5.3.4 Taille limite du message atteinte. OFR_514 [514]', 'orange', 'mesgtoobig', /too large/],
	// Causes from Sisimai's FrancePTT table.
	['550 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR006_103 192.0.2.1 [103]', 'orange', 'blocked', /service refused/],
	['550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN005_510 (in reply to end of DATA command)', 'orange', 'blocked', /service refused/],
	["550 5.7.0 Code d'authentification invalide OFR_305", 'orange', 'securityerror', /authentication/],
	['550 5.5.0 Authentification requise. Authentication Required. LPN105_402', 'orange', 'securityerror', /authentication/],
	['550 5.5.0 SPF: sender.example is not allowed to send mail. LPN004_401', 'orange', 'authfailure', /SPF or DMARC/],
	['571 5.7.1 Message refused, DMARC verification Failed. Message refuse, verification DMARC en echec LPN007_517', 'orange', 'authfailure', /SPF or DMARC/],
	['550 5.5.3 Mail from not owned by user. LPN105_421', 'orange', 'rejected', /not owned/],
	['421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505] (in reply to end of DATA command)', 'orange', 'systemerror', /505/],
	['554 5.7.1 Client host rejected LPN000_630', 'orange', 'policyviolation', /630/],
];

describe('orange receiver', () => {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
		expect(found?.rule.source).toMatch(/^https:\/\/(?:www\.postmastery\.com\/orange-postmaster-smtp-error-codes-ofr\/|github\.com\/sisimai\/p5-sisimai\/blob\/master\/lib\/Sisimai\/Rhost\/FrancePTT\.pm )/);
	});

	it('gives Orange, Wanadoo and La Poste forms of one cause the same rule', () => {
		const rule = resolve('OFR_416')?.rule;
		for (const form of ['OFR004_416', 'LPN007_416', 'ofr_416', 'OUK_416']) expect(resolve(`550 5.1.1 ${form}`)?.rule, form).toBe(rule);
	});

	it('leaves undocumented causes to the SMTP codes', () => {
		expect(resolve('421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]')).toBeUndefined();
		expect(resolve('550 5.5.0 Service refuse. Veuillez essayer plus tard. LPN001_108')).toBeUndefined();
	});

	it('does not read look-alikes as codes', () => {
		for (const text of ['TLS1_2 cipher TLS_ECDHE_RSA_WITH_AES_256_GCM', 'xOFR_506', 'OFR_5067', 'PROFR_506', 'the [506] in brackets']) {
			expect(resolve(text), text).toBeUndefined();
		}
	});

	it('recognises Orange and La Poste by their hosts and codes', () => {
		for (const text of ['host smtp-in.orange.fr[193.252.22.65]', 'user@wanadoo.fr', 'see postmaster.orange.fr', 'user@laposte.net', 'OFR004_201', 'LPN105_423', 'OUK_513']) {
			expect(findProviderRule({text: `${text} OFR_102`})?.receiver.id, text).toBe('orange');
		}
	});

	it('exports one table that gives every documented cause its rule', () => {
		expect(ORANGE_CODES.map(run => run.from)).toEqual([102, 104, 403, 405, 415, 416, 418, 417, 420, 426, 506, 514, 103, 510, 305, 402, 401, 517, 421, 505, 630]);
		for (const run of ORANGE_CODES) expect(orangeCode(`OFR_${run.from}`)).toBe(run.rule);
		expect(orangeCode('OFR_999')).toBeUndefined();
		expect(orangeCode('AUP#1310')).toBeUndefined();
	});
});
