import {describe, expect, test} from 'vitest';
import {decodeBounce, decodeText} from '../../../src/core/decode';
import {EXCHANGE_ADMIN_LABELS, EXCHANGE_HEADINGS, EXCHANGE_ORIGINAL_HEADERS, EXCHANGE_SERVER_LABELS, GMAIL_REPLY_LABELS, GMAIL_SENTENCES, GMAIL_TITLES} from '../../../src/core/decode/layouts/localised';
import {bestOfTwo} from '../../helpers/timing';

// Gmail and Microsoft notices in the reader's UI language, written around the wordings listed in
// src/core/decode/layouts/localised.ts (each seen in a real notice; the table names where).
// Addresses are RFC 2606 names. Replies are Google's and Microsoft's own English reply lines,
// which those notices quote as the server sent them.

const GMAIL_NOT_FOUND = "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a1si1.1 - gsmtp";
const RECIP_NOT_FOUND = "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'";
const RETURNED_HEADERS = 'Received: from mail.sender.example (192.0.2.1) by mx.sender.example\nFrom: Alice <alice@sender.example>\nTo: Carol <carol@other.example>\nSubject: hello\n';

const userUnknown = {recipient: 'bob@rcpt.example', status: '5.1.1', replyCode: '550', reason: 'userunknown'};
const recipNotFound = {recipient: 'bob@rcpt.example', status: '5.1.10', replyCode: '550', reason: 'userunknown'};

describe('Gmail notices in the reader\'s language', () => {
	test.each([
		[
			'de',
			`** Die Adresse wurde nicht gefunden **\n\nIhre Nachricht wurde nicht an bob@rcpt.example zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.\n\nHier erfahren Sie mehr: https://support.google.com/mail/?p=NoSuchUser\n\nAntwort:\n\n${GMAIL_NOT_FOUND}\n`,
			userUnknown,
		],
		[
			'fr',
			`Adresse introuvable\n\nVotre message n'a pas pu être envoyé à bob@rcpt.example, car l'adresse est introuvable ou ne peut pas recevoir de messages.\n\nLa réponse était :\n\n${GMAIL_NOT_FOUND}\n`,
			userUnknown,
		],
		[
			'es',
			`** No se ha encontrado la dirección **\n\nTu mensaje no se ha entregado a bob@rcpt.example porque no se ha encontrado la dirección o esta no puede recibir correo.\n\nEncontrarás más información en el siguiente enlace: https://support.google.com/mail/?p=NoSuchUser\n\nLa respuesta fue:\n\n${GMAIL_NOT_FOUND}\n`,
			userUnknown,
		],
		[
			'pt-BR',
			`Endereço não encontrado\n\nSua mensagem não foi entregue a bob@rcpt.example porque o endereço não foi encontrado ou não pode receber e-mails.\n\nThe response was:\n\n${GMAIL_NOT_FOUND}\n`,
			userUnknown,
		],
		[
			'it',
			`** Indirizzo non trovato **\n\nIl tuo messaggio non è stato recapitato a bob@rcpt.example perché l'indirizzo risulta inesistente o non può ricevere email.\n\nLa risposta del server remoto è:\n\n${GMAIL_NOT_FOUND}\n`,
			userUnknown,
		],
		[
			'it, message too large',
			`** Messaggio troppo grande **\n\nImpossibile recapitare il messaggio a bob@rcpt.example perché supera il limite delle dimensioni.\n\nLa risposta del server remoto è:\n\n552 5.3.4 Your message exceeded Google's message size limits. a1si1.1 - gsmtp\n`,
			{recipient: 'bob@rcpt.example', status: '5.3.4', replyCode: '552', reason: 'mesgtoobig'},
		],
		[
			'ja',
			`アドレス不明\n\nアドレスが見つからなかったか、メールを受信できないアドレスであるため、メールは bob@rcpt.example に配信されませんでした。\n\nリモート サーバーからの応答:\n\n${GMAIL_NOT_FOUND}\n`,
			userUnknown,
		],
		[
			'ja, no space around the address',
			`アドレス不明\n\nアドレスが見つからなかったか、メールを受信できないアドレスであるため、メールはbob@rcpt.exampleに配信されませんでした。\n\nリモート サーバーからの応答:\n\n${GMAIL_NOT_FOUND}\n`,
			userUnknown,
		],
	])('%s', (_lang, text, expected) => {
		const r = decodeText(text);
		expect(r.kind).toBe('bounce');
		expect(r.recipients).toHaveLength(1);
		expect(r.recipients[0]).toMatchObject(expected);
	});

	test('the sentence and the reply label without the title (text cut from the top)', () => {
		const r = decodeText(`Ihre Nachricht wurde nicht an bob@rcpt.example zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.\n\nAntwort:\n\n${GMAIL_NOT_FOUND}\n`);
		expect(r.recipients[0]).toMatchObject(userUnknown);
	});

	test('a reply that is words only (no code): the reason still comes from the words', () => {
		// As in the Spanish notice of 2018: "La respuesta fue:" then Google's sentence with no code.
		const r = decodeText(`** No se ha encontrado la dirección **\n\nTu mensaje no se ha entregado a bob@rcpt.example porque no se ha encontrado la dirección o esta no puede recibir correo.\n\nLa respuesta fue:\n\nThe email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. a1si1.1 - gsmtp\n`);
		expect(r.kind).toBe('bounce');
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@rcpt.example', reason: 'userunknown'});
	});

	test('Gmail "Delivery incomplete" (it): still being retried', () => {
		const r = decodeText(`** Consegna non completata **\n\nIl tuo messaggio non è stato recapitato a bob@rcpt.example perché l'indirizzo risulta inesistente o non può ricevere email.\n\nLa risposta del server remoto è:\n\n451 4.3.0 Mail server temporarily rejected message. a1si1.1 - gsmtp\n`);
		expect(r.kind).toBe('delay');
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@rcpt.example', action: 'delayed', replyCode: '451'});
	});

	test('a title from the table with a sentence and a label worded otherwise: the structure still gives the verdict', () => {
		// The sentence and the label below are not in the table (written for this test): the paragraph
		// under a known title names the recipient, and the first line that starts with a code is the reply.
		const r = decodeText(`Adresse introuvable\nVotre message n'a pas été distribué à jean@rcpt.example, car l'adresse est introuvable ou ne peut pas recevoir de courrier.\n\nLa réponse du serveur distant était :\n550 5.1.1 The email account that you tried to reach does not exist.\n`);
		expect(r.kind).toBe('bounce');
		expect(r.recipients[0]).toMatchObject({recipient: 'jean@rcpt.example', status: '5.1.1', replyCode: '550', reason: 'userunknown'});
	});
});

describe('Microsoft notices in the reader\'s language', () => {
	test.each([
		[
			// The admin section as Exchange writes it in German (weg-li/weg-li#839, FundersClub/fire#441).
			'de, Exchange',
			`Diagnoseinformationen für Administratoren:\n\nGenerierender Server: mail.sender.example\n\nbob@rcpt.example\n${RECIP_NOT_FOUND}\n\nUrsprüngliche Nachrichtenköpfe:\n\n${RETURNED_HEADERS}`,
			recipNotFound,
		],
		[
			'de, Exchange Online: the date-stamped "Server at … returned" line',
			`Diagnoseinformationen für Administratoren:\n\nGenerierender Server: AM0PR01MB0001.eurprd01.prod.outlook.com\nEmpfangender Server: mx.rcpt.example\nbob@rcpt.example\n8/23/2025 1:23:09 PM - Server at mx.rcpt.example returned '550 5.1.1 <bob@rcpt.example>: Recipient address rejected: User unknown in local recipient table'\n\nUrsprüngliche Nachrichtenköpfe:\n\n${RETURNED_HEADERS}`,
			userUnknown,
		],
		[
			'fr',
			`Échec de la remise pour ces destinataires ou groupes :\n\nbob@rcpt.example<mailto:bob@rcpt.example>\nL'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message.\n\nInformations de diagnostic pour les administrateurs :\n\nServeur de génération : mail.sender.example\n\nbob@rcpt.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\nEn-têtes de message d'origine :\n\n${RETURNED_HEADERS}`,
			userUnknown,
		],
		[
			'pt-BR',
			`Falha na entrega a estes destinatários ou grupos:\n\nbob@rcpt.example<mailto:bob@rcpt.example>\n\nInformações de diagnóstico para administradores:\n\nServidor de origem: AM0PR01MB0001.eurprd01.prod.outlook.com\n\nbob@rcpt.example\n${RECIP_NOT_FOUND}\n\nCabeçalhos originais da mensagem:\n\n${RETURNED_HEADERS}`,
			recipNotFound,
		],
		[
			'it',
			`Il recapito non è riuscito per i seguenti destinatari o gruppi:\n\nbob@rcpt.example<mailto:bob@rcpt.example>\nNon sono riuscito a trovare l'indirizzo e-mail che hai immesso. Verifica l'indirizzo e-mail del destinatario e prova a inviare di nuovo il messaggio.\n\nInformazioni di diagnostica per gli amministratori:\n\nServer di generazione: mail.sender.example\n\nbob@rcpt.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\nIntestazioni originali del messaggio:\n\n${RETURNED_HEADERS}`,
			userUnknown,
		],
		[
			// No Dutch wording is in the table (none was found in a real notice): the English server line decides.
			'nl, from its English server line',
			`Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen:\n\nbob@rcpt.example<mailto:bob@rcpt.example>\n\nDiagnostische gegevens voor beheerders:\n\nBronserver: AM0PR01MB0001.eurprd01.prod.outlook.com\n\nbob@rcpt.example\n${RECIP_NOT_FOUND}\n\nOorspronkelijke berichtkoppen:\n\n${RETURNED_HEADERS}`,
			recipNotFound,
		],
	])('%s', (_lang, text, expected) => {
		const r = decodeText(text);
		expect(r.kind).toBe('bounce');
		// The returned message's headers (To: carol@other.example) name no failed recipient.
		expect(r.recipients).toHaveLength(1);
		expect(r.recipients[0]).toMatchObject(expected);
		// The diagnostic is the server's reply, not the user section's words.
		expect(r.recipients[0]?.diagnostic).toMatch(/^55\d /);
	});

	test('de, Outlook.com rejection: "<host> hat Ihre Nachricht … zurückgewiesen" and "<host> hat diesen Fehler ausgegeben:"', () => {
		const r = decodeText(
			`mx.rcpt.example hat Ihre Nachricht an die folgenden E-Mail-Adressen zurückgewiesen.\n\nbob@rcpt.example (bob@rcpt.example)\n\nIhre Nachricht konnte nicht zugestellt werden, weil das E-Mail-System des Empfängers nicht bestätigen konnte, dass Ihre Nachricht von einem vertrauenswürdigen Ort gesendet wurde.\n\nFür E-Mail-Administratoren\nDieser Fehler steht im Zusammenhang mit dem SPF (Sender Policy Framework).\n\nmx.rcpt.example hat diesen Fehler ausgegeben:\n<bob@rcpt.example>: Recipient address rejected: Message rejected due to: SPF fail - not authorized.\n`,
		);
		expect(r.kind).toBe('bounce');
		expect(r.recipients).toHaveLength(1);
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@rcpt.example', reason: 'authfailure'});
		expect(r.recipients[0]?.diagnostic).toMatch(/SPF fail/);
	});

	test('reply lines worded in the reader\'s language: the quoted replies are read, one per recipient', () => {
		// The words before the quotes are written for this test; the quoted reply keeps its form.
		const r = decodeText(
			`Informations de diagnostic pour les administrateurs :\n\nServeur de génération : mail.sender.example\n\nbob@rcpt.example\nRéponse du serveur '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\ndan@rcpt.example\nRéponse du serveur '552 5.2.2 Mailbox full'\n`,
		);
		expect(r.recipients).toHaveLength(2);
		expect(r.recipients[0]).toMatchObject({...userUnknown, diagnostic: '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'});
		expect(r.recipients[1]).toMatchObject({recipient: 'dan@rcpt.example', status: '5.2.2', replyCode: '552', reason: 'mailboxfull', diagnostic: '552 5.2.2 Mailbox full'});
	});
});

describe('the same notices as they come: NFD, typographic apostrophes, no-break spaces, CRLF', () => {
	const fr = `** Adresse introuvable **\n\nVotre message n’a pas pu être envoyé à bob@rcpt.example, car l’adresse est introuvable ou ne peut pas recevoir de messages.\n\nLa réponse était\u00a0:\n\n${GMAIL_NOT_FOUND}\n`;
	test.each([
		['NFC, typographic apostrophe, no-break space before the colon', fr],
		['NFD', fr.normalize('NFD')],
		['narrow no-break space, CRLF', fr.replace('\u00a0', '\u202f').replace(/\n/g, '\r\n')],
		['a wrapped sentence', fr.replace('envoyé à', 'envoyé\nà')],
		['the displayed page: the title as the first line, CRLF', fr.replace('** Adresse introuvable **', 'Adresse introuvable').replace(/\n/g, '\r\n')],
	])('%s', (_name, text) => {
		expect(decodeText(text).recipients[0]).toMatchObject(userUnknown);
	});

	test('Exchange labels in NFD with no-break spaces', () => {
		const text = `Échec de la remise pour ces destinataires ou groupes\u00a0:\n\nbob@rcpt.example\n\nInformations de diagnostic pour les administrateurs\u00a0:\n\nServeur de génération\u00a0: mail.sender.example\n\nbob@rcpt.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\nEn-têtes de message d’origine\u00a0:\n\n${RETURNED_HEADERS}`.normalize('NFD');
		const r = decodeText(text);
		expect(r.recipients).toHaveLength(1);
		expect(r.recipients[0]).toMatchObject(userUnknown);
	});
});

describe('raw MIME: the text part is read with the same wordings', () => {
	test('German Gmail notice, no delivery-status part', async () => {
		const raw = [
			'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
			'To: alice@sender.example',
			'Subject: Delivery Status Notification (Failure)',
			'MIME-Version: 1.0',
			'Content-Type: text/plain; charset="UTF-8"',
			'Content-Transfer-Encoding: 8bit',
			'',
			'** Die Adresse wurde nicht gefunden **',
			'',
			'Ihre Nachricht wurde nicht an bob@rcpt.example zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.',
			'',
			'Antwort:',
			'',
			GMAIL_NOT_FOUND,
			'',
		].join('\n');
		const r = await decodeBounce(raw);
		expect(r.kind).toBe('bounce');
		expect(r.recipients[0]).toMatchObject(userUnknown);
	});

	test('French Exchange notice, subject "Non remis", quoted-printable', async () => {
		const raw = [
			'From: <postmaster@sender.example>',
			'To: <alice@sender.example>',
			'Subject: Non remis : hello',
			'Content-Language: fr-FR',
			'MIME-Version: 1.0',
			'Content-Type: text/plain; charset="iso-8859-1"',
			'Content-Transfer-Encoding: quoted-printable',
			'',
			'=C9chec de la remise pour ces destinataires ou groupes :',
			'',
			'bob@rcpt.example',
			'',
			'Informations de diagnostic pour les administrateurs :',
			'',
			'Serveur de g=E9n=E9ration : mail.sender.example',
			'',
			'bob@rcpt.example',
			"Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
			'',
			"En-t=EAtes de message d'origine :",
			'',
			'To: <carol@other.example>',
			'',
		].join('\n');
		const r = await decodeBounce(raw);
		expect(r.kind).toBe('bounce');
		expect(r.recipients).toHaveLength(1);
		expect(r.recipients[0]).toMatchObject(userUnknown);
	});
});

describe('raw MIME: a localised Microsoft subject', () => {
	const raw = (subject: string): string =>
		[
			'From: Microsoft Outlook <notify@sender.example>',
			'To: alice@sender.example',
			`Subject: ${subject}`,
			'MIME-Version: 1.0',
			'Content-Type: multipart/mixed; boundary="B"',
			'',
			'--B',
			'Content-Type: text/plain; charset=utf-8',
			'',
			'550 5.1.1 User unknown',
			'',
			'--B',
			'Content-Type: message/rfc822',
			'',
			'From: alice@sender.example',
			'To: bob@rcpt.example',
			'Subject: Termin',
			'',
			'Hallo Bob',
			'--B--',
			'',
		].join('\n');

	test('"Unzustellbar:" marks the message as a notice: the returned message names the recipient', async () => {
		const r = await decodeBounce(raw('Unzustellbar: Termin'));
		expect(r.kind).toBe('bounce');
		expect(r.recipients[0]).toMatchObject(userUnknown);
	});

	test('a person replying to such a notice is not one', async () => {
		expect((await decodeBounce(raw('AW: Unzustellbar: Termin'))).kind).toBe('none');
	});
});

describe('not a bounce: a person writing in these languages about an address and 550 5.1.1', () => {
	test.each([
		['de', 'Hallo Bob,\n\nmeine Nachricht an carol@rcpt.example wurde nicht zugestellt, der Server antwortete mit 550 5.1.1. Weißt du, ob sie eine neue Adresse hat?\n\nGruß\nAlice'],
		['de, quoting the wording', 'Hallo Bob,\n\nGmail sagt: Ihre Nachricht wurde nicht an carol@rcpt.example zugestellt, Antwort 550 5.1.1. Hast du ihre neue Adresse?\n\nAlice'],
		['fr', 'Bonjour Bob,\n\nmon message à carol@rcpt.example n’est pas arrivé\u00a0: le serveur a répondu 550 5.1.1. Tu as sa nouvelle adresse\u00a0?\n\nAlice'],
		['fr, quoting the wording', "Bonjour Bob,\n\nGmail me dit « Votre message n'a pas pu être envoyé à carol@rcpt.example » avec un 550 5.1.1. Tu as sa nouvelle adresse ?\n\nAlice"],
		['es', 'Hola Bob:\n\nmi mensaje a carol@rcpt.example no llegó, el servidor respondió 550 5.1.1. ¿Tienes su dirección nueva?\n\nAlicia'],
		['pt-BR', 'Oi Bob,\n\nminha mensagem para carol@rcpt.example não foi entregue, o servidor respondeu 550 5.1.1. Você tem o endereço novo dela?\n\nAlice'],
		['it', 'Ciao Bob,\n\nil mio messaggio a carol@rcpt.example non è stato recapitato, il server ha risposto 550 5.1.1. Hai il suo nuovo indirizzo?\n\nAlice'],
		['nl', 'Hoi Bob,\n\nmijn bericht aan carol@rcpt.example is niet aangekomen, de server gaf 550 5.1.1 terug. Heb je haar nieuwe adres?\n\nAlice'],
		['fr, a title quoted inside the message', "Salut Bob,\n\nj'ai reçu ceci :\nAdresse introuvable\nQuelle adresse as-tu pour carol@rcpt.example ? Le serveur a dit 550 5.1.1.\n\nAlice"],
		['ja', 'ボブさん\n\ncarol@rcpt.example 宛のメールが届きませんでした。サーバーの応答は 550 5.1.1 でした。新しいアドレスをご存じですか？\n\nアリス'],
		['ja, mid-sentence', 'ボブさん\n\n先日 carol@rcpt.example 宛に送ったメールが届きませんでした。サーバーの応答は 550 5.1.1 でした。\n\nアリス'],
	])('%s', (_lang, text) => {
		const r = decodeText(text);
		expect(r.kind).toBe('none');
		expect(r.recipients).toEqual([]);
	});
});

describe('the localised patterns take linear time on hostile runs', () => {
	// Each opening reaches one localised pattern, then a long run of one unit follows (as in
	// test/core/decode.linear.test.ts): 8× the input may take about 8× as long, not 64×.
	const OPENINGS = [
		'** Die Adresse wurde nicht gefunden **\n\nIhre Nachricht wurde nicht an ',
		'Adresse introuvable\n\n',
		'Antwort:\n',
		'Informations de diagnostic pour les administrateurs :\n\nServeur de génération : ',
		'Diagnoseinformationen für Administratoren:\n\na@rcpt.example\n',
		'mx.rcpt.example hat Ihre Nachricht an die folgenden E-Mail-Adressen zurückgewiesen.\n',
	];
	const UNITS = [' ', '\u00a0', "'", '\n ', 'a@', '550 ', '** ', 'é'];
	const time = bestOfTwo;
	const hostile = (opening: string, unit: string, size: number): string => `${opening}${unit.repeat(Math.ceil(size / unit.length))}\n550 5.1.1 a@rcpt.example`;
	test.each(OPENINGS)('%s', (opening) => {
		for (const unit of UNITS) {
			decodeText(hostile(opening, unit, 500));
			const small = time(() => decodeText(hostile(opening, unit, 4_000)));
			const large = time(() => decodeText(hostile(opening, unit, 32_000)));
			expect({unit, large: large < 25 * Math.max(small, 1) + 40}).toEqual({unit, large: true});
		}
	});
});

describe('the wording tables', () => {
	const all = [GMAIL_TITLES, GMAIL_SENTENCES, GMAIL_REPLY_LABELS, EXCHANGE_HEADINGS, EXCHANGE_ADMIN_LABELS, EXCHANGE_SERVER_LABELS, EXCHANGE_ORIGINAL_HEADERS].flat();
	test('every wording names where it was seen', () => {
		for (const w of all) expect(w.source.length, w.text).toBeGreaterThan(10);
	});
	test('wordings are stored as the matcher sees text: NFC, plain apostrophes and spaces, no colon at the end', () => {
		for (const w of all) {
			expect(w.text, w.text).toBe(w.text.normalize('NFC'));
			expect(w.text, w.text).not.toMatch(/[\u2018\u2019\u00a0\u202f]|:$|^\s|\s$/);
		}
	});
	test('no duplicates within a table', () => {
		for (const table of [GMAIL_TITLES, GMAIL_SENTENCES, GMAIL_REPLY_LABELS, EXCHANGE_HEADINGS, EXCHANGE_ADMIN_LABELS, EXCHANGE_SERVER_LABELS, EXCHANGE_ORIGINAL_HEADERS]) {
			const texts = table.map((w) => w.text.toLowerCase());
			expect(new Set(texts).size).toBe(texts.length);
		}
	});
});
