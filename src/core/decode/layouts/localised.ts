// The wording of Gmail's and Microsoft's (Exchange, Exchange Online, Outlook.com) non-delivery
// notices in the reader's UI language, one table per element of the notice. Only wordings seen in
// a real notice are listed, each with where it was seen. The English wording stays in gmail.ts and
// exchange.ts. Readers: gmail.ts and exchange.ts (the notices), helpers.ts (where the returned
// message's headers start), assemble.ts (the subjects, for the raw path).
//
// `text` is written as it appears once the text has gone through `matchView` (helpers.ts): NFC,
// plain apostrophes, plain spaces (a French "était :" may carry a no-break space before the colon;
// the patterns allow any short run of spaces there). Labels are listed without their colon.

export type Lang = 'de' | 'fr' | 'es' | 'pt-BR' | 'it' | 'ja';

export interface Wording {
	lang: Lang;
	text: string;
	/** Where the wording was seen in a real notice. */
	source: string;
}

export interface Title extends Wording {
	/** The title of Gmail's "Delivery incomplete" notice: Gmail is still retrying. */
	delayed?: boolean;
}

// Where the wordings were seen. Files found with the exact-string index of the search tool have no
// address of their own there; they are named by that index's file id and described.
const SRC = {
	/** German Gmail notice of 2020-05-18 (mailer-daemon@googlemail.com), kept as a test fixture. */
	deGmail: 'https://github.com/deltachat/deltachat-core-rust/blob/main/test-data/message/gmail_ndn.eml (and gmail_ndn_group.eml)',
	/** Spanish Gmail notice of 2018-10-16 inside a JSON dump of a Gmail inbox; the same notice pasted into a records dump in 2026. */
	esGmail: 'GitHub file, exact-string index id 14317073115 (raw notice, quoted-printable); second copy id 56214519257',
	/** Italian Gmail notices, "trimmed copies of real DSNs from the production mailbox" of a company. */
	itGmail: 'GitHub test file, exact-string index id 62883930974',
	/** French Gmail notices kept as test fixtures by two projects that read their bounces, and a mailbox routine quoting the same wording. */
	frGmail: 'GitHub test files, exact-string index ids 70521315003 and 71436216456; routine quoting it: id 63174353933',
	/** Brazilian Portuguese Gmail notices kept as fixtures by three projects that read their bounces. */
	ptGmail: 'GitHub test files, exact-string index ids 56776227205, 61017915190, 68530513276',
	/** Japanese Gmail notices kept as fixtures by a sales tool that reads its returned mail. */
	jaGmail: 'GitHub test file, exact-string index id 70107621290',
	/** French Exchange notices: a project's fixture of an Exchange Online notice (heading, admin label), a French on-premises notice pasted with its headers (2025-03-21), and an Outlook error quoting the admin label (2025-03-26). */
	frExchange: 'GitHub files, exact-string index ids 70099349778 (heading, admin label), 70216811008 (original-headers label), 57892572023 (admin label)',
	/** French Exchange subject, as listed by a helpdesk's bounce filter and in a Microsoft support article's sample NDR. */
	frExchangeSubject: 'GitHub files, exact-string index ids 46221695556, 16282534469',
	/** Microsoft's Brazilian Portuguese documentation of Exchange Online NDRs, which names the admin section. */
	ptExchangeDocs: 'GitHub file (Microsoft docs, pt-BR), exact-string index id 7795154150',
	/** Italian Exchange notice (Content-Language: it-CH), 2017-07-17. */
	itExchange: 'https://github.com/sisimai/rb-sisimai/blob/master/set-of-emails/maildir/bsd/lhost-exchange2007-07.eml',
	/** German Exchange notice from smtp8.goneo.de pasted into an issue, 2025-01-13. */
	deExchange: 'https://github.com/weg-li/weg-li/issues/839',
	/** German Exchange Online notice (…PROD.OUTLOOK.COM) pasted into an issue, 2025-08-23. */
	deExchangeOnline: 'https://github.com/FundersClub/fire/issues/441',
	/** German Outlook.com rejection (sender @hotmail.com) quoted in a write-up. */
	deOutlookCom: 'GitHub file, exact-string index id 39369286114',
	/** A script that reads German Outlook bounces by their subject and admin section. */
	deOutlookScript: 'GitHub file, exact-string index id 2995514890',
} as const;

// ---------------------------------------------------------------------------------------------
// Gmail

/** The title of the notice ("Address not found", "Message blocked", …), alone on its line, often between "** **". */
export const GMAIL_TITLES: readonly Title[] = [
	{lang: 'de', text: 'Die Adresse wurde nicht gefunden', source: SRC.deGmail},
	{lang: 'es', text: 'No se ha encontrado la dirección', source: SRC.esGmail},
	{lang: 'it', text: 'Indirizzo non trovato', source: SRC.itGmail},
	{lang: 'it', text: 'Messaggio troppo grande', source: SRC.itGmail},
	{lang: 'it', text: 'Messaggio bloccato', source: SRC.itGmail},
	{lang: 'it', text: 'La casella di posta del destinatario è piena', source: SRC.itGmail},
	{lang: 'it', text: 'Consegna non completata', delayed: true, source: SRC.itGmail},
	{lang: 'fr', text: 'Adresse introuvable', source: SRC.frGmail},
	{lang: 'pt-BR', text: 'Endereço não encontrado', source: SRC.ptGmail},
	{lang: 'ja', text: 'アドレス不明', source: SRC.jaGmail},
	{lang: 'ja', text: 'メールサイズの制限超過', source: SRC.jaGmail},
];

/** The words right before the recipient's address in the sentence that names it. */
export const GMAIL_SENTENCES: readonly Wording[] = [
	// "Ihre Nachricht wurde nicht an X zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann."
	{lang: 'de', text: 'Ihre Nachricht wurde nicht an', source: SRC.deGmail},
	// "Tu mensaje no se ha entregado a X porque no se ha encontrado la dirección o esta no puede recibir correo."
	{lang: 'es', text: 'Tu mensaje no se ha entregado a', source: SRC.esGmail},
	// "Il tuo messaggio non è stato recapitato a X perché l'indirizzo risulta inesistente o non può ricevere email."
	{lang: 'it', text: 'Il tuo messaggio non è stato recapitato a', source: SRC.itGmail},
	// "Impossibile recapitare il messaggio a X perché supera il limite delle dimensioni."
	{lang: 'it', text: 'Impossibile recapitare il messaggio a', source: SRC.itGmail},
	// "Votre message n'a pas pu être envoyé à X, car l'adresse est introuvable ou ne peut pas recevoir de messages."
	{lang: 'fr', text: "Votre message n'a pas pu être envoyé à", source: SRC.frGmail},
	// "Votre message n'est pas parvenu à X, car l'adresse est introuvable."
	{lang: 'fr', text: "Votre message n'est pas parvenu à", source: SRC.frGmail},
	// "Sua mensagem não foi entregue a X porque o endereço não foi encontrado ou não pode receber e-mails."
	{lang: 'pt-BR', text: 'Sua mensagem não foi entregue a', source: SRC.ptGmail},
	// "A mensagem não foi entregue para X porque o domínio … não foi encontrado."
	{lang: 'pt-BR', text: 'A mensagem não foi entregue para', source: SRC.ptGmail},
	// "アドレスが見つからなかったか、メールを受信できないアドレスであるため、メールは X に配信されませんでした。"
	{lang: 'ja', text: 'メールを受信できないアドレスであるため、メールは', source: SRC.jaGmail},
	// "メールのサイズが制限を超えているため、X に配信できませんでした。"
	{lang: 'ja', text: 'メールのサイズが制限を超えているため、', source: SRC.jaGmail},
];

/** The label before the remote server's reply ("The response was:", "The response from the remote server was:"). */
export const GMAIL_REPLY_LABELS: readonly Wording[] = [
	{lang: 'de', text: 'Antwort', source: SRC.deGmail},
	{lang: 'es', text: 'La respuesta fue', source: SRC.esGmail},
	{lang: 'it', text: 'La risposta del server remoto è', source: SRC.itGmail},
	{lang: 'fr', text: 'La réponse était', source: SRC.frGmail},
	{lang: 'ja', text: 'リモート サーバーからの応答', source: SRC.jaGmail},
];

// ---------------------------------------------------------------------------------------------
// Microsoft Exchange / Exchange Online / Outlook.com

/** The heading over the failed recipients ("Delivery has failed to these recipients or groups:"). */
export const EXCHANGE_HEADINGS: readonly Wording[] = [
	{lang: 'fr', text: 'Échec de la remise pour ces destinataires ou groupes', source: SRC.frExchange},
	{lang: 'it', text: 'Il recapito non è riuscito per i seguenti destinatari o gruppi', source: SRC.itExchange},
];

/** The section for administrators ("Diagnostic information for administrators:"). */
export const EXCHANGE_ADMIN_LABELS: readonly Wording[] = [
	{lang: 'de', text: 'Diagnoseinformationen für Administratoren', source: `${SRC.deExchange}; ${SRC.deExchangeOnline}; ${SRC.deOutlookScript}`},
	{lang: 'fr', text: 'Informations de diagnostic pour les administrateurs', source: SRC.frExchange},
	{lang: 'it', text: 'Informazioni di diagnostica per gli amministratori', source: SRC.itExchange},
	{lang: 'pt-BR', text: 'Informações de diagnóstico para administradores', source: SRC.ptExchangeDocs},
];

/** Labels of the server lines in the admin section ("Generating server:", "Receiving server:"): not recipients. */
export const EXCHANGE_SERVER_LABELS: readonly Wording[] = [
	{lang: 'de', text: 'Generierender Server', source: `${SRC.deExchange}; ${SRC.deExchangeOnline}`},
	{lang: 'de', text: 'Empfangender Server', source: SRC.deExchangeOnline},
	{lang: 'it', text: 'Server di generazione', source: SRC.itExchange},
];

/** The line after which the returned message's headers follow ("Original message headers:"). */
export const EXCHANGE_ORIGINAL_HEADERS: readonly Wording[] = [
	{lang: 'de', text: 'Ursprüngliche Nachrichtenköpfe', source: SRC.deExchangeOnline},
	{lang: 'fr', text: "En-têtes de message d'origine", source: SRC.frExchange},
	{lang: 'it', text: 'Intestazioni originali del messaggio', source: SRC.itExchange},
];

/** "<host> rejected your message to the following email addresses:" — the words after the host. */
export const EXCHANGE_REJECTED: readonly Wording[] = [
	// "slmailin003.protonmail.ch hat Ihre Nachricht an die folgenden E-Mail-Adressen zurückgewiesen."
	{lang: 'de', text: 'hat Ihre Nachricht an die folgenden E-Mail-Adressen zurückgewiesen', source: SRC.deOutlookCom},
];

/** "<host> gave this error:" — the words after the host, before the remote server's reply. */
export const EXCHANGE_GAVE_ERROR: readonly Wording[] = [
	{lang: 'de', text: 'hat diesen Fehler ausgegeben', source: SRC.deOutlookCom},
];

/** Subjects of the notices ("Undeliverable: …"), for the raw path when the body's layout is not recognised. */
export const EXCHANGE_SUBJECTS: readonly Wording[] = [
	{lang: 'de', text: 'Unzustellbar', source: SRC.deOutlookScript},
	{lang: 'fr', text: 'Non remis', source: SRC.frExchangeSubject},
	{lang: 'it', text: 'Non recapitabile', source: SRC.itExchange},
];
