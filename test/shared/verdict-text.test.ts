// The verdict in the reader's language says the core's sentence: in English exactly the core's words
// (label, headline or summary, advice) for every reason, outcome and report shape; in every other
// language a sentence of its own that keeps the address, the counts and the server's codes.
import {readdirSync, readFileSync} from 'node:fs';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {REASONS, type BounceKind, type RecipientResult} from '../../src/core/types';
import {reportVerdict, verdict, type Verdict} from '../../src/core/verdict';
import {explain, isInvalid} from '../../src/core/explain';
import {explainText} from '../../src/core/explain-text';
import {replyVerdict, type ReplyVerdict} from '../../src/core/reply-verdict';
import {replyCodes} from '../../src/core/data';
import {sayReplyLine, sayReport, sayVerdict} from '../../src/shared/verdict-text';

const result = (reason: RecipientResult['reason'], action: string, recipient: string, replyCode = '550', status = '5.1.1'): RecipientResult =>
	({recipient, status, replyCode, reason, hardBounce: false, action, diagnostic: '', command: '', remoteMta: ''});

const KINDS: BounceKind[] = ['bounce', 'delay', 'delivered', 'feedback', 'autoreply', 'none'];
const ACTIONS = ['failed', 'delayed', 'delivered', ''];

/** Every reason under every outcome, with and without an address and codes. */
function singles(): Array<{kind: BounceKind; r: RecipientResult}> {
	const list: Array<{kind: BounceKind; r: RecipientResult}> = [];
	for (const reason of REASONS) for (const kind of KINDS) for (const action of ACTIONS) {
		list.push({kind, r: result(reason, action, 'a@b.example')}, {kind, r: result(reason, action, 'not an address', '', '')});
	}
	return list;
}

/** Reports of several recipients: the same reason, mixed reasons, mixed codes, no address. */
function reports(): Array<{kind: BounceKind; recipients: RecipientResult[]}> {
	const list: Array<{kind: BounceKind; recipients: RecipientResult[]}> = [];
	for (const kind of KINDS) for (const action of ACTIONS) for (const reason of ['userunknown', 'expired', 'vacation', 'delivered'] as const) {
		list.push(
			{kind, recipients: [result(reason, action, 'a@b.example'), result(reason, action, 'c@d.example'), result(reason, action, 'e@f.example')]},
			{kind, recipients: [result(reason, action, 'a@b.example'), result('mailboxfull', action, 'c@d.example', '552', '5.2.2')]},
			{kind, recipients: [result(reason, action, ''), result(reason, action, 'c@d.example', '554', '5.1.1')]},
		);
	}
	return list;
}

describe('in English, the core’s own words', () => {
	test('every recipient verdict', () => {
		for (const {kind, r} of singles()) {
			const v = verdict(r, {kind});
			expect(sayVerdict(v), `${kind} ${r.action} ${r.reason}`).toEqual({label: v.label, sentence: v.headline, advice: v.advice});
		}
	});

	test('every report verdict', () => {
		for (const report of reports()) {
			const v = reportVerdict(report);
			expect(sayReport(v), JSON.stringify(report)).toEqual({label: v.label, sentence: v.summary, advice: v.advice});
			for (const one of v.recipients) expect(sayVerdict(one).sentence).toBe(one.headline);
		}
		expect(sayReport(reportVerdict({kind: 'none', recipients: []})).sentence).toBe('Not a bounce: no failed recipient was found.');
	});
});

/** A reply's verdict for every reason under every outcome, and for codes no reason names (their title leads). */
function replyVerdicts(): ReplyVerdict[] {
	const list: ReplyVerdict[] = [];
	for (const reason of [...REASONS, 'unmapped' as const]) for (const severity of ['permanent', 'transient', 'success', 'intermediate'] as const) {
		const e = explain('550 5.1.1');
		if (isInvalid(e)) throw new Error(e.error);
		list.push(replyVerdict({...e, reason, severity}));
	}
	for (const {code} of replyCodes) {
		const e = explain(code);
		if (!isInvalid(e)) list.push(replyVerdict(e));
	}
	for (const {explanation} of explainText('550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org\n452 4.2.2 Mailbox full')) list.push(replyVerdict(explanation));
	return list;
}

describe('a card’s one line on a reply', () => {
	test('in English is the core’s own line, for every reason and outcome', () => {
		const all = replyVerdicts();
		expect(all.length).toBeGreaterThan(REASONS.length * 4);
		for (const v of all) expect(sayReplyLine(v.wording), JSON.stringify(v.wording)).toBe(v.line);
	});
});

const LOCALES = new URL('../../_locales/', import.meta.url);

describe.each(readdirSync(LOCALES).filter(lang => lang !== 'en'))('in %s', lang => {
	const catalogue: Record<string, {message: string; placeholders?: Record<string, {content: string}>}> = JSON.parse(readFileSync(new URL(`${lang}/messages.json`, LOCALES), 'utf8'));
	// The browser's API over this catalogue, filling placeholders as it does (the wrapper's English rules).
	const getMessage = (name: string, subs: string[] = []) => {
		const entry = catalogue[name];
		if (!entry) return '';
		return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, p: string) => entry.placeholders?.[p.toLowerCase()]?.content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '') ?? whole);
	};
	afterEach(() => vi.unstubAllGlobals());

	test('a failed recipient: its sentence in this language, with its address and codes', () => {
		vi.stubGlobal('chrome', {i18n: {getMessage}});
		const v = verdict(result('userunknown', 'failed', 'a@b.example'), {kind: 'bounce'});
		const said = sayVerdict(v);
		expect(said.sentence).toContain('a@b.example');
		expect(said.sentence).toContain('550 5.1.1');
		expect(said.sentence).toContain(catalogue.reason_userunknown_words!.message);
		expect(said.sentence).not.toBe(v.headline);
		expect(said.label).toBe(catalogue.outcome_failed!.message);
		expect(said.advice).toBe(catalogue.reason_userunknown_advice!.message);
	});

	test('a card’s one line on a reply: this language’s words for the reason and what to do, never the English line', () => {
		vi.stubGlobal('chrome', {i18n: {getMessage}});
		const v = replyVerdict(explainText('550 5.1.1 <gone@rcpt.example>: Recipient address rejected: User unknown')[0]!.explanation);
		const line = sayReplyLine(v.wording);
		const words = catalogue.reason_userunknown_words!.message;
		expect(line).toBe(getMessage('reply_line', [words.charAt(0).toLocaleUpperCase(lang) + words.slice(1), catalogue.reason_userunknown_act!.message]));
		for (const one of replyVerdicts()) {
			const said = sayReplyLine(one.wording);
			expect(said, JSON.stringify(one.wording)).not.toMatch(/\$[A-Za-z0-9_]+\$/);
			if ('title' in one.wording.what) continue;
			expect(said, JSON.stringify(one.wording)).not.toBe(one.line);
			if (one.wording.act) expect(said).not.toContain(one.line.split(' — ')[1]);
		}
	});

	test('every verdict and report: label and advice from this catalogue, the sentence with its address and codes', () => {
		vi.stubGlobal('chrome', {i18n: {getMessage}});
		const messages = new Set(Object.values(catalogue).map(entry => entry.message));
		const check = (said: {label: string; sentence: string; advice: string}, wording: Verdict['wording'], what: string) => {
			expect(messages.has(said.label), what).toBe(true);
			if (said.advice) expect(messages.has(said.advice), what).toBe(true);
			expect(said.sentence, what).not.toMatch(/\$[A-Za-z0-9_]+\$/);
			if (wording.sentence.id === 'nothing-found') return expect(said.sentence).toBe(catalogue.sentence_nothing_found!.message);
			if (wording.sentence.who) expect(said.sentence, what).toContain(wording.sentence.who);
			if (wording.sentence.codes && wording.sentence.id !== 'not-a-bounce' && !(wording.sentence.id === 'delivered' && wording.sentence.mixed)) expect(said.sentence, what).toContain(wording.sentence.codes);
			if (wording.sentence.more) expect(said.sentence, what).toContain(String(wording.sentence.more));
		};
		for (const {kind, r} of singles()) {
			const v = verdict(r, {kind});
			check(sayVerdict(v), v.wording, `${kind} ${r.action} ${r.reason}`);
		}
		for (const report of reports()) {
			const v = reportVerdict(report);
			check(sayReport(v), v.wording, JSON.stringify(report));
		}
	});
});
