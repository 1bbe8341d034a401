// Corpus scoring for `npm run eval` (and its --check floors). Only the file CONTENT reaches
// the decoder (through the public API); ids and file names never do (they leak the answer).
import {readFileSync} from 'node:fs';
import PostalMime from 'postal-mime';
import {decodeBounce, decodeText} from '../src/core/decode';
import type {RecipientResult} from '../src/core/types';
import {htmlToText, toLf} from '../src/core/decode/text';
import {halfOf} from './eval-half';
import type {Half} from './eval-half';
import {SHARED, fmt, ratio, tally} from './eval-ratio';
import type {Mistake, Ratio} from './eval-ratio';

export {SHARED, pct} from './eval-ratio';
export type {Mistake, Ratio} from './eval-ratio';

interface ExpectedRecipient {
	recipient: string;
	status: string;
	replycode: string;
	reason: string;
	hardbounce: boolean;
	feedbacktype?: string;
}
interface ExpectedEmail {
	id: string;
	source: string;
	recipients: ExpectedRecipient[];
}
interface ExpectedText {
	id: string;
	replyCode: string;
	status: string;
	temporary: boolean | null;
}

export interface CorpusScore {
	emails: number;
	results: number;
	status: Ratio;
	statusLiteral: Ratio;
	replyCode: Ratio;
	reason: Ratio;
	hardBounce: Ratio;
	fullyRight: Ratio;
	noResult: number;
	undecided: number;
	text: {status: Ratio; replyCode: Ratio; reason: Ratio};
	/** Reason and displayed-text reason per DEV half (scripts/eval-half.ts). */
	halves: Record<Half, {reason: Ratio; textReason: Ratio}>;
	textCorpus: {status: Ratio; replyCode: Ratio; both: Ratio; temporary: Ratio; texts: number};
	mistakes: Mistake[];
}

/** Pair each expected result with a decoded one: same address, else same position. */
function pair(expected: ExpectedRecipient[], got: RecipientResult[]): (RecipientResult | undefined)[] {
	const used = new Set<number>();
	const out: (RecipientResult | undefined)[] = expected.map((e) => {
		const i = got.findIndex((g, j) => !used.has(j) && g.recipient.toLowerCase() === e.recipient.toLowerCase());
		if (i >= 0) {
			used.add(i);
			return got[i];
		}
		return undefined;
	});
	return out.map((g, k) => {
		if (g) return g;
		const j = got.findIndex((_, j2) => !used.has(j2) && j2 >= Math.min(k, got.length - 1));
		const idx = j >= 0 ? j : got.findIndex((_, j2) => !used.has(j2));
		if (idx < 0) return undefined;
		used.add(idx);
		return got[idx];
	});
}

/**
 * The text a webmail would display: the bounce's own text/plain part, else its HTML as text.
 * A multipart the parser cannot split at all (no part found: a boundary that never occurs, an
 * upper-case BOUNDARY parameter) is shown the way webmails show MIME they cannot read: the whole
 * body after the headers, as plain text. Parts marked as attachments stay hidden.
 */
export async function displayedText(raw: Uint8Array): Promise<string> {
	try {
		const email = await PostalMime.parse(raw, {forceRfc822Attachments: true});
		if (email.text?.trim()) return email.text;
		if (email.html?.trim()) return htmlToText(email.html);
		return email.attachments.length === 0 ? bodyAfterHeaders(raw) : '';
	} catch {
		return '';
	}
}

function bodyAfterHeaders(raw: Uint8Array): string {
	const text = toLf(new TextDecoder().decode(raw));
	const split = text.indexOf('\n\n');
	return split < 0 ? '' : text.slice(split + 2);
}

const UNDECIDED = new Set(['onhold', 'undefined']);

export async function scoreCorpus(): Promise<CorpusScore> {
	const corpus = new URL('corpus/', SHARED);
	const expected = JSON.parse(readFileSync(new URL('expected.json', corpus), 'utf8')) as ExpectedEmail[];
	const s: CorpusScore = {
		emails: expected.length,
		results: 0,
		status: ratio(),
		statusLiteral: ratio(),
		replyCode: ratio(),
		reason: ratio(),
		hardBounce: ratio(),
		fullyRight: ratio(),
		noResult: 0,
		undecided: 0,
		text: {status: ratio(), replyCode: ratio(), reason: ratio()},
		halves: {A: {reason: ratio(), textReason: ratio()}, B: {reason: ratio(), textReason: ratio()}},
		textCorpus: {status: ratio(), replyCode: ratio(), both: ratio(), temporary: ratio(), texts: 0},
		mistakes: [],
	};
	for (const e of expected) {
		const bytes = new Uint8Array(readFileSync(new URL(`emails/${e.id}.eml`, corpus)));
		const raw = new TextDecoder('latin1').decode(bytes);
		const report = await decodeBounce(bytes);
		if (!report.recipients.length) s.noResult++;
		const paired = pair(e.recipients, report.recipients);
		let allOk = true;
		e.recipients.forEach((x, i) => {
			s.results++;
			const g = paired[i];
			const miss = (field: string, exp: string, got: string): void => {
				allOk = false;
				s.mistakes.push({id: e.id, source: e.source, field, expected: exp, got, diagnostic: `[${g?.command ?? ""}|${g?.action ?? ""}] ${g?.diagnostic ?? ""}`});
			};
			const okStatus = (g?.status ?? '') === x.status;
			tally(s.status, okStatus);
			if (!okStatus) miss('status', x.status, g?.status ?? '-');
			if (x.status && raw.includes(x.status)) tally(s.statusLiteral, okStatus);
			const okReply = (g?.replyCode ?? '') === x.replycode;
			tally(s.replyCode, okReply);
			if (!okReply) miss('replyCode', x.replycode, g?.replyCode ?? '-');
			if (UNDECIDED.has(x.reason)) s.undecided++;
			else {
				const okReason = g?.reason === x.reason;
				tally(s.reason, okReason);
				tally(s.halves[halfOf(e.id)].reason, okReason);
				if (!okReason) miss('reason', x.reason, g?.reason ?? '-');
			}
			const okHard = (g?.hardBounce ?? false) === x.hardbounce && Boolean(g);
			tally(s.hardBounce, okHard);
			if (!okHard) miss('hardBounce', String(x.hardbounce), String(g?.hardBounce ?? '-'));
		});
		tally(s.fullyRight, allOk);

		// Displayed-text path: the same email's text part alone, headers stripped.
		const shown = await displayedText(bytes);
		const t = decodeText(shown);
		e.recipients.forEach((x, i) => {
			const g = t.recipients[i] ?? t.recipients[0];
			tally(s.text.status, (g?.status ?? '') === x.status);
			tally(s.text.replyCode, (g?.replyCode ?? '') === x.replycode);
			if (!UNDECIDED.has(x.reason)) {
				const ok = g?.reason === x.reason;
				tally(s.text.reason, ok);
				tally(s.halves[halfOf(e.id)].textReason, ok);
				if (!ok) s.mistakes.push({id: e.id, source: e.source, field: 'text.reason', expected: x.reason, got: g?.reason ?? '-', diagnostic: `[${g?.command ?? ""}|${g?.action ?? ""}] ${g?.diagnostic ?? ""}`});
			}
		});
	}

	// corpus-text: first/main result vs the expected codes and temporary flag.
	const tc = new URL('corpus-text/', SHARED);
	const texts = JSON.parse(readFileSync(new URL('expected.json', tc), 'utf8')) as ExpectedText[];
	s.textCorpus.texts = texts.length;
	for (const x of texts) {
		const body = readFileSync(new URL(`texts/${x.id}.txt`, tc), 'utf8');
		const r = (await decodeBounce(body)).recipients[0];
		const st = r?.status ?? '';
		const rc = r?.replyCode ?? '';
		// Pseudo codes (X.0.9NN) are our inference, not a code of the text: the upstream expects none.
		const shownStatus = /^\d\.0\.9\d\d$/.test(st) ? '' : st;
		if (x.status) tally(s.textCorpus.status, shownStatus === x.status);
		if (x.replyCode) tally(s.textCorpus.replyCode, rc === x.replyCode);
		const both = shownStatus === x.status && rc === x.replyCode;
		tally(s.textCorpus.both, both);
		if (!both) s.mistakes.push({id: x.id, source: 'corpus-text', field: 'text-codes', expected: `${x.replyCode} ${x.status}`, got: `${rc} ${shownStatus}`, diagnostic: r?.diagnostic});
		if (x.temporary !== null) {
			const temp = r ? (st ? st.startsWith('4') : rc.startsWith('4')) : false;
			tally(s.textCorpus.temporary, temp === x.temporary);
			if (temp !== x.temporary) s.mistakes.push({id: x.id, source: 'corpus-text', field: 'temporary', expected: String(x.temporary), got: String(temp), diagnostic: r?.diagnostic});
		}
	}
	return s;
}

export function formatScore(s: CorpusScore): string {
	const lines = [
		`Raw corpus (${s.emails} emails, ${s.results} expected results; paired by address, else position)`,
		`  status (all)                  ${fmt(s.status)}`,
		`  status (code in the email)    ${fmt(s.statusLiteral)}`,
		`  replyCode                     ${fmt(s.replyCode)}`,
		`  reason                        ${fmt(s.reason)}   (${s.undecided} onhold/undefined expectations excluded)`,
		`  hardBounce                    ${fmt(s.hardBounce)}`,
		`  emails fully right            ${fmt(s.fullyRight)}   (reason of onhold/undefined not required)`,
		`  emails with no result         ${String(s.noResult).padStart(9)}`,
		`Displayed text of the same emails (text part only, no headers)`,
		`  reason                        ${fmt(s.text.reason)}`,
		`  status                        ${fmt(s.text.status)}`,
		`  replyCode                     ${fmt(s.text.replyCode)}`,
		`corpus-text (${s.textCorpus.texts} texts, first result)`,
		`  status (non-empty expected)   ${fmt(s.textCorpus.status)}`,
		`  replyCode (non-empty)         ${fmt(s.textCorpus.replyCode)}`,
		`  both codes (incl. none)       ${fmt(s.textCorpus.both)}`,
		`  temporary/permanent           ${fmt(s.textCorpus.temporary)}`,
		`DEV halves (read failures from A, judge changes by B)`,
		`  reason              A ${fmt(s.halves.A.reason)}    B ${fmt(s.halves.B.reason)}`,
		`  displayed-text rsn  A ${fmt(s.halves.A.textReason)}    B ${fmt(s.halves.B.textReason)}`,
	];
	return lines.join('\n');
}
