// Orange's and La Poste's codes, the cause being the last three digits. Causes no source explains (105, 108, 109, 201, 423, 424, 513, 999) are listed with the words such replies carry around them.
import {entriesOf, worded, type PublishedList} from './types';

const LINES: string[] = [
	'550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=192.0.2.1',
	'421 mwinf5c79 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]',
	'501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405] (in reply to MAIL FROM command)',
	'550 5.0.1 Emetteur invalide. Invalid Sender. OFR_415 [415]',
	'550 5.0.1 Emetteur invalide. Invalid Sender. LPN105_403',
	'550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416] (in reply to RCPT TO command)',
	'550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416',
	'550 5.1.1 Adresse d au moins un destinataire invalide. OFR_418 [418]',
	'552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]',
	'550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420 (in reply to RCPT TO command)',
	'550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426',
	'550 5.5.0 Mail rejete. Mail rejected. OFR_506 [506]',
	'550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]',
	'552 5.3.4 Taille limite du message atteinte. OFR_514 [514]',
	'550 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR006_103 192.0.2.1 [103]',
	'550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN005_510 (in reply to end of DATA command)',
	"550 5.7.0 Code d'authentification invalide OFR_305",
	'550 5.5.0 Authentification requise. Authentication Required. LPN105_402',
	'550 5.5.0 SPF: sender.example is not allowed to send mail. LPN004_401',
	'571 5.7.1 Message refused, DMARC verification Failed. Message refuse, verification DMARC en echec LPN007_517',
	'550 5.5.3 Mail from not owned by user. LPN105_421',
	'421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505] (in reply to end of DATA command)',
	'554 5.7.1 Client host rejected LPN000_630',
	'421 mwinf5c21 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_105 [105]',
	'550 5.7.1 Service refuse. OFR006_108 [108]',
	'550 5.7.1 Service refuse. OFR006_109 [109]',
	'421 4.2.0 Service refuse. Veuillez essayer plus tard. OFR005_201 [201]',
	'550 5.1.1 Adresse d au moins un destinataire invalide. LPN007_423',
	'550 5.1.1 Adresse d au moins un destinataire invalide. LPN007_424',
	'550 5.7.1 Mail rejete. Mail rejected. OFR_513 [513]',
	'550 5.0.0 Mail rejete. Mail rejected. OFR_999 [999]',
];

export const orange: PublishedList = {
	provider: 'orange',
	name: 'Orange / La Poste',
	title: 'Orange postmaster SMTP error codes (OFR, LPN)',
	source: 'https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/',
	host: 'smtp-in.orange.fr',
	recipient: 'bob@orange.fr',
	entries: entriesOf(LINES, line => {
		const cause = /\b(?:OFR|LPN|OUK)\d{0,3}_(\d{3})\b/i.exec(line)?.[1];
		return cause ? `cause ${cause}` : worded(line);
	}),
};
