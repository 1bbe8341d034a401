// A text (a bounce, a log, a pasted line) → one explanation per reply found in it. Every surface
// (hover card, popup, context-menu card, CLI) shows these, so a reply reads the same everywhere.
//
// How the explanation of a reply is chosen:
//  1. The replies: findCodes groups the codes into findings — reply code + enhanced code + provider
//     tags + the reply's words. A reply is explained as a whole, never token by token.
//  2. The provider: the reply's own words when they name one (`gsmtp`, `RESOLVER.ADR.`, a tag);
//     else, with a report, that of the recipient whose diagnostic the reply is (else the report's
//     first provider); else the one the bounce's host fields name (bounce-provider.ts: `host X
//     said:`, Remote-MTA, Generating server, Reporting-MTA, Received).
//  3. The base card: explain() of the pair (`550 5.1.1`), else the enhanced code, the reply code, a
//     tag, with the reply's words, tags and that provider (provider table → IANA/RFC → class).
//  4. A provider's reading (a receiver's rule matched the code, words or tag) is kept as it is: the
//     provider documents what its own reply means. Rank 3.
//  5. Else the words decide: the reason classifier reads them (reasons/ reasonFromText; of a relay's
//     report that nests the remote reply, the remote server's words). No reason in the words, or a
//     reply of class 2 or 3: the base card. Rank 1. (The decoder's stage rules — "user unknown" said
//     after DATA is a filter — need the SMTP command, which a reply on its own does not carry.)
//  6. Words with a reason R: when the code is generic (no enhanced code, or an X.N.0) or its registry
//     reason is not R (nor of R's family: X.2.3 and X.3.4 both state size), and one registry code
//     stands for R (reply-reading.ts: 5.1.1 for userunknown, X.2.2 for mailboxfull, X.5.3 for too
//     many recipients …), the card takes that code's title, meaning, causes, fix, who acts and retry
//     in the reply's class, and says so in a note; the code shown, its severity and the pair's notes
//     stay the reply's own. Without a stand-in the base card stays, with R as its reason. Rank 2.
//  7. One code in one report, one explanation: replies are grouped by their most specific code (the
//     enhanced code, else the reply code, else the first tag). In a group, the best reading is the
//     highest rank; on a tie the one with both codes (`550 5.1.1` over a bare `5.1.1`), then the
//     first in the text. A reply whose own reading is rank 1 (a bare `Status: 5.1.10`, `Status code:
//     550 5.1.10`), or whose words give the best's reason, takes the best reading (the same object);
//     a reply whose words say something else keeps its own.
import type {BounceReport, Explanation, Finding, ProviderId, Reason, Receiver} from './types';
import {explain, explainPlain, isInvalid, namedWithoutSearch, type ExplainContext} from './explain';
import {findCodes} from './find-codes';
import {innerReply, reasonFromText} from './reasons';
import {detectProviders} from './receivers';
import {bounceProvider, reportProvider, type HostAnswers} from './bounce-provider';
import {agrees, standInCode} from './reply-reading';
import {statusWords} from './status-words';
import {copyOf} from './registry-cards';
import {beginEmail, emailScope} from './email-scope';
import {REASON_WORDS} from './verdict-words';
import {textArgument} from './arguments';

/** One reply as the core reads it: its codes and its words (a Finding's, or a content script's mark group). */
export interface ReplyInput {
	reply?: string;
	enhanced?: string;
	tags: readonly string[];
	text: string;
}

/** A reply found in a text and its explanation. Replies of one code share one explanation object. */
export interface ExplainedReply {
	finding: Finding;
	explanation: Explanation;
}

export interface RepliesContext {
	/** The bounce's provider (step 2), used for replies whose words name none. */
	provider?: ProviderId;
	/** A decoded report of the text: its recipients' providers (step 2). */
	report?: BounceReport;
}

type Rank = 1 | 2 | 3;

interface Reading {
	explanation: Explanation;
	rank: Rank;
}

const valid = (code: string | undefined, ctx: ExplainContext): Explanation | undefined => {
	if (!code) return undefined;
	const result = explain(code, ctx);
	return isInvalid(result) ? undefined : result;
};

function baseCard(r: ReplyInput, ctx: ExplainContext & {detected: readonly Receiver[]}): Explanation | undefined {
	const plain = explainPlain(r.reply, r.enhanced, ctx);
	if (plain) return plain;
	const pair = r.reply && r.enhanced ? `${r.reply} ${r.enhanced}` : undefined;
	for (const code of [pair, r.enhanced, r.reply, ...r.tags]) {
		const e = valid(code, ctx);
		if (e) return e;
	}
	return undefined;
}

/**
 * Step 6: the base card with the stand-in's reading of the words. `base` is the caller's own (a new
 * card of explain()): it is changed as Object.assign({}, base, {title, …, notes}) would make a copy.
 */
function follow(base: Explanation, stand: Explanation, said: Reason, sent: string): Explanation {
	const note = `The server sent ${sent} (${base.title}), but its words say: ${REASON_WORDS[said].words}. This card reads it as ${stand.code}, ${stand.title}.`;
	const stage = stand.stage ?? base.stage;
	// Each card's source may join citations ("RFC 3463 §3.3; IANA … registry"): the two cards' are merged
	// citation by citation, so that a citation both give (the IANA registry) is listed once.
	const sources = [...new Set([...stand.sources, ...base.sources].flatMap(source => source.split('; ')))];
	const notes = [note, ...base.notes];
	base.title = stand.title;
	base.meaning = stand.meaning;
	base.causes = stand.causes;
	base.fix = stand.fix;
	base.whoActs = stand.whoActs;
	base.retry = stand.retry;
	base.stage = stage;
	base.reason = said;
	base.sources = sources;
	base.notes = notes;
	return base;
}

/** Steps 3–6 for one reply, with its provider (step 2) and the receivers its words name. */
function read(r: ReplyInput, {provider, detected}: Provider): Reading | undefined {
	const ctx = {text: r.text, tags: [...r.tags], provider, detected};
	const base = baseCard(r, ctx);
	if (!base) return undefined;
	if (base.provider) return {explanation: base, rank: 3};
	if (base.severity !== 'transient' && base.severity !== 'permanent') return {explanation: base, rank: 1};
	const said = reasonFromText(innerReply(r.text) || r.text);
	if (!said) return {explanation: base, rank: 1};
	const generic = !r.enhanced || /\.0$/.test(r.enhanced);
	if (agrees(base.reason, said) && !generic) return {explanation: base, rank: 2};
	const cls = base.severity === 'transient' ? '4' : '5';
	const code = standInCode(said, cls, r.reply, r.enhanced);
	const stand = code && code !== r.enhanced ? valid(code, {}) : undefined;
	// base is this reading's own (a new card of explain()).
	if (!stand) {
		base.reason = said;
		return {explanation: base, rank: 2};
	}
	return {explanation: follow(base, stand, said, r.enhanced ?? r.reply ?? base.code), rank: 2};
}

const groupKey = (r: ReplyInput): string => r.enhanced ?? r.reply ?? r.tags[0] ?? '';

interface Provider {
	provider?: ProviderId;
	/** The receivers the reply's words name (detectProviders), kept so that explain() need not search again. */
	detected: readonly Receiver[];
}

/**
 * The provider of one reply (step 2); `bounce` gives the bounce's provider, asked only when needed.
 * `hosts`: the answers this email's host names got so far (bounce-provider.ts HostAnswers).
 */
function providerOf(r: ReplyInput, report: BounceReport | undefined, bounce: () => ProviderId | undefined, hosts: HostAnswers): Provider {
	const detected = namedWithoutSearch(r.text) ?? detectProviders(r.text);
	if (detected.length > 0) return {detected};
	const codes = [r.reply, r.enhanced].filter((c): c is string => Boolean(c));
	return {provider: reportProvider(report, r.text, codes, hosts) ?? bounce(), detected};
}

/** Replies with the same codes, tags and words (a DSN's Diagnostic-Code repeated in its text part) read alike. */
const sameReply = (a: ReplyInput, b: ReplyInput): boolean =>
	a.reply === b.reply && a.enhanced === b.enhanced && a.tags.length === b.tags.length && a.tags.every((tag, i) => tag === b.tags[i]);

/**
 * The explanation of each reply (undefined where the core knows none of its codes), in order, with
 * one explanation per code where the replies say the same (step 7). The replies are one text's.
 */
export function explainReplies(replies: readonly ReplyInput[], ctx: RepliesContext = {}): (Explanation | undefined)[] {
	return readReplies(replies, ctx.report, () => ctx.provider, new Map());
}

function readReplies(replies: readonly ReplyInput[], report: BounceReport | undefined, bounce: () => ProviderId | undefined, hosts: HostAnswers): (Explanation | undefined)[] {
	// A reply the text has already said is read once: its reading is the earlier one's (read() of the
	// same words, codes and provider gives the same reading). `copy` marks those readings.
	const copy: boolean[] = [];
	const readings: (Reading | undefined)[] = [];
	const byWords = new Map<string, number[]>();
	replies.forEach((r, i) => {
		const earlier = byWords.get(r.text);
		const j = earlier?.find(k => sameReply(replies[k]!, r));
		if (j !== undefined) {
			copy[i] = true;
			readings[i] = readings[j];
			return;
		}
		if (earlier) earlier.push(i);
		else byWords.set(r.text, [i]);
		readings[i] = read(r, providerOf(r, report, bounce, hosts));
	});
	const best = new Map<string, Reading & {parts: number}>();
	readings.forEach((reading, i) => {
		if (!reading) return;
		const key = groupKey(replies[i]!);
		const seen = best.get(key);
		const parts = (replies[i]!.reply ? 1 : 0) + (replies[i]!.enhanced ? 1 : 0);
		if (!seen || reading.rank > seen.rank || (reading.rank === seen.rank && parts > seen.parts)) best.set(key, {explanation: reading.explanation, rank: reading.rank, parts});
	});
	return readings.map((reading, i) => {
		if (!reading) return undefined;
		const top = best.get(groupKey(replies[i]!))!;
		const same = reading.rank === 1 || reading.explanation.reason === top.explanation.reason;
		// A reply's own reading is an object of its own, as a second read() would have made it.
		return same ? top.explanation : copy[i] ? copyOf(reading.explanation) : reading.explanation;
	});
}

// A bare status is read with its recipient's code-less diagnostic when the report has one (status-words.ts).
const inputOf = (f: Finding, report: BounceReport | undefined): ReplyInput => ({reply: f.reply?.code, enhanced: f.enhanced?.code, tags: f.tags.map(t => t.code), text: statusWords(f, report)});

/**
 * Each reply found in `text`, explained as a whole (see the steps above). `report`, when the text was
 * decoded, gives the recipients' providers. `decodedIn`: the email scope (emailScope()) in which the
 * text was just decoded, when the caller knows that no other email's scope began since (the CLI's
 * one item): the answers kept while decoding it are this email's, so they stay. Else a new scope starts.
 */
export function explainText(text: string, report?: BounceReport, decodedIn?: number): ExplainedReply[] {
	const findings = findCodes(textArgument(text, 'explainText'));
	if (findings.length === 0) return [];
	if (decodedIn === undefined || decodedIn !== emailScope()) beginEmail();
	// The bounce's host fields are read only if a reply needs them (its words and the report name no provider).
	let provider: {id: ProviderId | undefined} | undefined;
	// The host names this email's report and host fields give, each asked about once.
	const hosts: HostAnswers = new Map();
	const answers = readReplies(findings.map(f => inputOf(f, report)), report, () => (provider ??= {id: bounceProvider(text, hosts)}).id, hosts);
	const out: ExplainedReply[] = [];
	findings.forEach((finding, i) => {
		const explanation = answers[i];
		if (explanation) out.push({finding, explanation});
	});
	return out;
}
