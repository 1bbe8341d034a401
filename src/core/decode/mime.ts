// Raw MIME → the pieces the decoder reads. postal-mime does the MIME work (multipart walking,
// quoted-printable / base64, charsets); this module only sorts its output into: the bounce's
// own human-readable text, the machine-readable report parts (RFC 3464 message/delivery-status,
// RFC 5965 message/feedback-report) and the returned message's headers.
import PostalMime from 'postal-mime';
import type {Attachment, Email} from 'postal-mime';
import {htmlToText, toLf} from './text';
import {headerBlock} from './message';
import type {MimeMessage} from './message';

export type {MimeMessage} from './message';
export {header, headerBlock} from './message';


const decoder = new TextDecoder('utf-8', {fatal: false});

// RFC 1468 ISO-2022-JP is 7-bit text switched into JIS X 0208 by ESC $ B (or ESC $ @). A report
// part has no charset of its own (message/delivery-status), yet Japanese MTAs write their
// diagnostics in it this way.
const JIS_ESCAPES = ['\u001b$B', '\u001b$@'];

function contentText(a: Attachment): string {
	const c = a.content;
	if (typeof c === 'string') return c;
	try {
		const bytes = c instanceof Uint8Array ? c : new Uint8Array(c);
		const text = decoder.decode(bytes);
		if (!JIS_ESCAPES.some((e) => text.includes(e))) return text;
		try {
			return new TextDecoder('iso-2022-jp').decode(bytes);
		} catch {
			return text;
		}
	} catch {
		return '';
	}
}

/** Parse one raw message. Never throws: on a parser failure the input is read as plain text. */
export async function parseMime(raw: string | Uint8Array | ArrayBuffer): Promise<MimeMessage> {
	let email: Email;
	try {
		email = await PostalMime.parse(raw, {
			// Keep the returned message out of the bounce text: it is evidence, not the report.
			forceRfc822Attachments: true,
			attachmentEncoding: 'arraybuffer',
			maxNestingDepth: 64,
		});
	} catch {
		const text = toLf(typeof raw === 'string' ? raw : decoder.decode(raw instanceof Uint8Array ? raw : new Uint8Array(raw)));
		return {headers: [], text, dsn: [], feedback: '', original: '', body: text};
	}
	const headers: [string, string][] = email.headers.map((h) => [h.key, h.value]);
	let text = email.text ?? '';
	if (!text.trim() && email.html) text = htmlToText(email.html);
	const dsn: string[] = [];
	let feedback = '';
	let original = '';
	for (const a of email.attachments) {
		const type = a.mimeType.toLowerCase();
		if (type === 'message/delivery-status' || type === 'message/global-delivery-status' || type === 'text/delivery-status') {
			dsn.push(toLf(contentText(a)));
		} else if (type === 'message/feedback-report') {
			feedback = toLf(contentText(a));
		} else if (type === 'message/rfc822' || type === 'text/rfc822-headers' || type === 'message/rfc822-headers' || type === 'message/global' || type === 'message/global-headers') {
			if (!original) original = headerBlock(contentText(a));
		} else if (type === 'text/plain' && !text.trim()) {
			// A bounce whose only text part is marked as an attachment is still the bounce.
			text = contentText(a);
		}
	}
	const rawText = toLf(typeof raw === 'string' ? raw : decoder.decode(raw instanceof Uint8Array ? raw : new Uint8Array(raw)));
	const split = rawText.indexOf('\n\n');
	const body = split < 0 ? '' : rawText.slice(split + 2);
	return {headers, text: toLf(text), dsn, feedback, original, body};
}
