// Everyday phrasings of what a bounce says, in the languages whose notices the decoder reads
// (English, German, French, Spanish, Portuguese, Italian, Japanese): a query that says one lifts
// every entry with that reason, and most the registry codes that stand for it (`user unknown` and
// `Empfänger unbekannt` → X.1.1 and 550, though neither title says so). Patterns run on the folded
// query (terms.ts fold: lower case, Latin accents off, ß → ss), so `boîte pleine` and `boite
// pleine` are one. Japanese writes no spaces and bends its verbs: its phrasings are the everyday
// stems people type (`存在しない` and `存在しません`, `いっぱい` and `満杯`), matched anywhere in the
// query, with the spaces between Japanese words taken out first (conceptText). The phrasings are
// ordinary words of each language, written for this table.
import type {Reason} from '../types';

export interface Concept {
	reason: Reason;
	/** The phrasings, on folded text. */
	says: RegExp;
	/** Registry codes that stand for the reason, best first. */
	standFor: readonly string[];
}

const any = (...phrases: string[]): RegExp => new RegExp(phrases.join('|'), 'u');
/** A whole word or phrase in Latin script (`\b` only knows ASCII word characters, which folding leaves). */
const w = (phrase: string): string => `\\b(?:${phrase})\\b`;

export const CONCEPTS: readonly Concept[] = [
	{
		reason: 'mailboxfull',
		says: any(
			w('mailbox (?:is )?full|full mailbox|over ?quota|quota|inbox (?:is )?full|storage full'),
			w('postfach (?:ist )?voll|mailbox (?:ist )?voll|speicher(?:platz)? (?:ist )?voll|kontingent'),
			w('boite (?:aux lettres |mail |de reception )?(?:est )?pleine|quota depasse'),
			w('buzon (?:esta )?lleno|casilla (?:esta )?llena|cuota (?:excedida|superada)'),
			w('caixa (?:de correio |postal |de entrada )?(?:esta )?cheia|cota excedida'),
			w('casella (?:di posta |postale )?(?:e )?piena|quota superata'),
			'(?:ボックス|受信箱|受信トレイ|容量|ストレージ)(?:が|は)?(?:いっぱい|一杯|満杯|満タン)|満杯',
			'メールボックス(?:の)?容量|容量(?:超過|オーバー|不足|制限|が(?:いっぱい|一杯|不足|足りない))|^容量$|クォータ|保存容量',
		),
		standFor: ['X.2.2', '552'],
	},
	{
		reason: 'userunknown',
		says: any(
			w("user unknown|unknown user|no such (?:user|mailbox|address)|does ?n[o']?t exist|invalid recipient|address not found|recipient not found"),
			w('empf(?:a|ae)nger (?:ist )?unbekannt|benutzer (?:ist )?unbekannt|unbekannte[rn]? (?:empf(?:a|ae)nger|benutzer)|adresse (?:existiert nicht|unbekannt)|existiert nicht'),
			w("destinataire inconnu|utilisateur inconnu|adresse (?:inconnue|inexistante|invalide)|n'?existe pas"),
			w('usuario desconocido|destinatario desconocido|direccion (?:no valida|invalida|inexistente)|no existe'),
			w('usuario desconhecido|destinatario desconhecido|endereco (?:invalido|inexistente)|nao existe'),
			w('utente sconosciuto|destinatario sconosciuto|indirizzo (?:non valido|inesistente)|non esiste'),
			'宛先不明|ユーザー?不明|不明な(?:ユーザー?|宛先)|無効な(?:宛先|メールアドレス|アドレス)|宛先(?:アドレス)?(?:の)?(?:誤り|間違い)',
			'(?:ユーザー?|アカウント|アドレス|宛先)(?:が|は)?(?:存在し|見つかり|見つから)|存在しない(?:ユーザー?|アドレス|宛先)',
		),
		standFor: ['X.1.1', '550'],
	},
	{
		reason: 'hostunknown',
		says: any(
			w('domain not found|unknown (?:host|domain)|no mx|nxdomain|host not found'),
			w('domain (?:nicht gefunden|existiert nicht|unbekannt)|unbekannte domain'),
			w('domaine (?:introuvable|inconnu|inexistant)'),
			w('dominio (?:no encontrado|desconocido|inexistente|nao encontrado|desconhecido|non trovato|sconosciuto)'),
			'ドメイン(?:名)?(?:が|は)?(?:存在し|見つかり|見つから)|ドメイン不明|存在しないドメイン|mx ?レコードが(?:ない|ありません)',
		),
		standFor: ['X.1.2', 'X.4.4'],
	},
	{
		reason: 'authfailure',
		says: any(w('spf|dkim|dmarc|unauthenticated|not authenticated'), '送信ドメイン認証|なりすまし'),
		standFor: [],
	},
	{
		reason: 'blocked',
		says: any(
			w('blocked|block ?list(?:ed)?|black ?list(?:ed)?|deny ?list(?:ed)?|rbl|dnsbl'),
			w('blockiert|gesperrt|sperrliste|schwarze liste'),
			w('bloque|liste noire|liste de blocage'),
			w('bloqueado|lista negra|bloccato|lista nera'),
			'ブロック|ブラックリスト|ブロックリスト|受信拒否|拒否',
		),
		standFor: ['X.7.1'],
	},
	{
		reason: 'spamdetected',
		says: any(w('spam|junk|pourriel|indesirable|correo no deseado|lixo eletronico|posta indesiderata'), 'スパム|迷惑メール'),
		standFor: [],
	},
	{
		reason: 'mesgtoobig',
		says: any(
			w('too (?:big|large)|size limit|message size'),
			w('zu gross|nachricht (?:ist )?zu gross|anhang (?:ist )?zu gross|grossenlimit'),
			w('trop (?:gros|volumineux|grand)|taille (?:maximale|du message)'),
			w('demasiado grande|tamano (?:maximo|del mensaje)|muito grande|tamanho (?:maximo|da mensagem)'),
			w('troppo grande|dimensione (?:massima|del messaggio)'),
			'サイズ(?:超過|オーバー|制限|上限|が大きすぎ)|メール(?:の)?サイズ|大きすぎ|添付(?:ファイル)?(?:が|の)?(?:大き|重)',
		),
		standFor: ['X.3.4', '552'],
	},
	{
		reason: 'expired',
		says: any(
			w('expired|timed? ?out|gave up'),
			w('zeituberschreitung|abgelaufen'),
			w('delai (?:depasse|expire)|expire'),
			w('tiempo (?:agotado|de espera agotado)|caducado|expirado|tempo esgotado|tempo scaduto|scaduto'),
			'タイムアウト|期限切れ|時間切れ|配信期限',
		),
		standFor: ['X.4.7'],
	},
	{
		reason: 'norelaying',
		says: any(
			w('relay(?:ing)? (?:denied|not permitted|access denied)'),
			w('relay(?:ing)? (?:nicht erlaubt|verweigert)|relais (?:refuse|interdit)|relay (?:denegado|negado|negato)|inoltro negato'),
			'中継拒否|リレー拒否',
		),
		standFor: ['X.7.1'],
	},
	{
		reason: 'requireptr',
		says: any(w('ptr|reverse dns|rdns|dns inverse|dns inverso|dns reverso'), '逆引き'),
		standFor: ['X.7.25'],
	},
	{
		reason: 'speeding',
		says: any(
			w('rate limit(?:ed)?|too many messages|throttl\\w*'),
			w('zu viele (?:nachrichten|e-?mails)|ratenlimit|drosselung'),
			w("trop de messages|limite d'?envoi"),
			w('demasiados mensajes|limite de envio|muitas mensagens|troppi messaggi|limite di invio'),
			'送信制限|送信数の上限|大量送信|送(?:信し|り)すぎ|送信(?:数|量)?(?:が)?多すぎ|レート制限',
		),
		standFor: [],
	},
	{
		reason: 'securityerror',
		says: any(
			w('password|credentials|login|auth(?:entication)? failed|tls required'),
			w('passwort|anmeldung fehlgeschlagen|zugangsdaten'),
			w('mot de passe|identifiants|authentification (?:echouee|requise)'),
			w('contrasena|autenticacion (?:fallida|requerida)|credenciales|senha|autenticacao (?:falhou|necessaria)|credenciais'),
			w('autenticazione (?:fallita|richiesta)|credenziali'),
			'パスワード|認証エラー|認証失敗|ログイン',
		),
		standFor: [],
	},
	{
		reason: 'vacation',
		says: any(
			w('auto ?-?reply|autoresponder|automatic reply|out of (?:the )?office|vacation|away message'),
			w('abwesenheit|automatische antwort'),
			w('reponse automatique|absent du bureau'),
			w('respuesta automatica|fuera de la oficina|resposta automatica|fora do escritorio'),
			w('risposta automatica|fuori ufficio'),
			'自動応答|自動返信|不在通知',
		),
		standFor: [],
	},
];

/** Japanese script: kanji, kana and the long-vowel mark (ー, which Unicode counts as common to both kana). */
export const JAPANESE = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc`;

const JAPANESE_GAP = new RegExp(`(?<=[${JAPANESE}])\\s+(?=[${JAPANESE}])`, 'gu');

/** The folded query as the phrasings read it: no space between two Japanese words (`メール サイズ` is `メールサイズ`). */
export const conceptText = (text: string): string => text.replace(JAPANESE_GAP, '');

/** The words of every phrasing (for the typo corrector: a word a phrasing uses is a real word). */
export function conceptWords(): string[] {
	const words = new Set<string>();
	for (const {says} of CONCEPTS) {
		// The literal letters of each alternative: groups, quantifiers and escapes dropped.
		const plain = says.source.replace(/\\b|\\w\*|\(\?:|[()?*|+]|\^|\$/g, ' ');
		for (const word of plain.split(/[^a-z']+/)) if (word.length >= 2) words.add(word);
	}
	return [...words];
}
