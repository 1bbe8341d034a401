// code (+ provider, + text) → Explanation. Lookup order (DESIGN.md): the receiving provider's own
// table, then the IANA/RFC tables, then class/subject decomposition, so any well-formed code gets a
// correct severity and subject area even when no registry lists it.
import type {EnhancedEntry, Explanation, ProviderId, ProviderRule, Receiver, Retry, Severity} from './types';
import {classEntry, enhancedEntry, replyEntry, subjectEntry} from './data';
import {parseCode, type ParsedCode} from './parse-code';
import {detectProviders, exactStatusRule, findProviderRule, findTagFamily, isNumberedTag, receivers, signaturesNeedLetter} from './receivers';
import {REPLY_CLASS, REPLY_SUBJECT} from './reply-classes';
import {replyStanding} from './reply-status';
import {newCardCache, registryCard, sourcesOf} from './registry-cards';
import {plainEnhanced, plainReply} from './plain-codes';

export interface ExplainContext {
	/** The receiving provider, when known (e.g. from the bounce's host names). */
	provider?: ProviderId;
	/** The reply's text: lets provider rules that need a phrase match. */
	text?: string;
	/** Provider tags seen with the code (`TSS04`, `S3150`). */
	tags?: string[];
	/** What detectProviders gives `text`, when the caller has it already: not searched for again. */
	detected?: readonly Receiver[];
}

export interface InvalidCode {
	kind: 'invalid';
	code: string;
	error: string;
	/** Set when the code is a provider's tag, one no rule explains (`S2017062302`, `OFR_999`): who writes it. */
	tagOf?: ProviderId;
}

export const isInvalid = (result: Explanation | InvalidCode): result is InvalidCode => result.kind === 'invalid';

const SEVERITY: Record<string, Severity> = {'2': 'success', '3': 'intermediate', '4': 'transient', '5': 'permanent'};

function defaultRetry(severity: Severity): Retry {
	return severity === 'transient' ? 'will-retry' : 'do-not-retry';
}

function fromRule(code: string, kind: Explanation['kind'], severity: Severity, receiver: Receiver, rule: ProviderRule): Explanation {
	return {
		code,
		kind,
		severity,
		title: rule.title,
		meaning: rule.meaning,
		causes: rule.causes ?? [],
		fix: rule.fix,
		whoActs: rule.whoActs ?? (severity === 'transient' ? 'nobody' : 'sender-admin'),
		retry: rule.retry ?? defaultRetry(severity),
		provider: receiver.kind && receiver.kind !== 'provider' ? {id: receiver.id, name: receiver.name, kind: receiver.kind} : {id: receiver.id, name: receiver.name},
		reason: rule.reason,
		sources: [rule.source],
		inRegistry: true,
		notes: [],
	};
}

/**
 * A provider rule's own card (a search hit opened): under its code, or under the provider's name
 * for a rule known by its words only. A code's class digit sets the severity; else the rule's retry.
 */
export function explainRule(code: string, receiver: Receiver, rule: ProviderRule): Explanation {
	const parsed = parseCode(code);
	const kind: Explanation['kind'] = parsed.ok ? parsed.code.kind : 'unknown';
	const digit = parsed.ok && parsed.code.kind !== 'provider-tag' ? code[0] : undefined;
	const severity: Severity = digit ? SEVERITY[digit] ?? 'permanent' : rule.retry === 'will-retry' ? 'transient' : 'permanent';
	return fromRule(code, kind, severity, receiver, rule);
}

function classNote(entry: EnhancedEntry, cls: string): string | undefined {
	if (cls === '4') return entry.transientNote;
	if (cls === '5') return entry.permanentNote;
	return entry.successNote;
}

function explainEnhanced(code: string): Explanation {
	const [cls = '5', subject = '0'] = code.split('.');
	const severity = SEVERITY[cls] ?? 'permanent';
	const entry = enhancedEntry(code);
	const klass = classEntry(cls);
	if (entry) {
		const note = classNote(entry, cls);
		const retry: Retry = severity === 'permanent' ? entry.permanentRetry : defaultRetry(severity);
		return {
			code,
			kind: 'enhanced',
			severity,
			// X.6.10 is registered without a title (a deprecated duplicate of X.6.8).
			title: entry.title || `${code} (deprecated; the registry gives it no title)`,
			meaning: note ? `${entry.meaning} ${note}` : entry.meaning,
			causes: entry.causes,
			fix: severity === 'success' ? [] : entry.fix,
			whoActs: severity === 'success' ? 'nobody' : entry.whoActs,
			retry,
			stage: entry.stages,
			reason: severity === 'success' ? 'delivered' : entry.reason,
			sources: [entry.source],
			inRegistry: true,
			notes: klass && severity !== 'permanent' ? [klass.meaning] : [],
		};
	}
	// Not in the registry: its class says how bad, its subject says which area (RFC 3463 §3.1).
	const subj = subjectEntry(subject);
	return {
		code,
		kind: 'enhanced',
		severity,
		title: `${klass?.title ?? 'Unknown class'}: ${subj?.title ?? 'unknown subject'}`,
		meaning: [klass?.meaning, subj?.meaning].filter(Boolean).join(' '),
		causes: subj?.causes ?? [],
		fix: severity === 'success' ? [] : [...(subj?.fix ?? []), ...(klass?.fix ?? [])],
		whoActs: severity === 'success' ? 'nobody' : subj?.whoActs ?? 'sender-admin',
		retry: klass?.retry ?? defaultRetry(severity),
		stage: subj?.stages,
		reason: subj?.reason ?? 'unmapped',
		sources: [subj?.source, klass?.source].filter((s): s is string => Boolean(s)),
		inRegistry: false,
		notes: [`${code} is not in the IANA registry; it is explained from its class (${cls}) and subject (${subject}). The server's own text says more.`],
	};
}

function explainReply(code: string): Explanation {
	const severity = SEVERITY[code[0]!] ?? 'permanent';
	const entry = replyEntry(code);
	if (entry) {
		return {
			code,
			kind: 'reply',
			severity,
			title: entry.title,
			meaning: entry.meaning,
			causes: entry.causes,
			fix: entry.fix,
			whoActs: entry.whoActs,
			retry: entry.retry,
			stage: entry.stages,
			reason: entry.reason,
			sources: [entry.source],
			...replyStanding(entry),
		};
	}
	// RFC 5321 §4.2.1: first digit = outcome, second digit = category.
	const outcome = REPLY_CLASS[code[0]!]!;
	const area = REPLY_SUBJECT[code[1]!]!;
	return {
		code,
		kind: 'reply',
		severity,
		title: `${outcome.title}: ${area.title}`,
		meaning: `${outcome.meaning} ${area.meaning}`,
		causes: [],
		fix: outcome.fix,
		whoActs: severity === 'transient' || severity === 'success' ? 'nobody' : 'sender-admin',
		retry: defaultRetry(severity),
		reason: 'unmapped',
		sources: ['RFC 5321 §4.2.1'],
		inRegistry: false,
		notes: [`${code} is not a reply code any RFC defines; it is explained from its two first digits (RFC 5321 §4.2.1). The server's text says more.`],
	};
}

const replyCards = newCardCache();
const enhancedCards = newCardCache();

function explainPair(reply: string, enhanced: string, ctx: ExplainContext): Explanation {
	const r = registryCard(replyCards, reply, explainReply);
	const e = registryCard(enhancedCards, enhanced, explainEnhanced);
	const code = `${reply} ${enhanced}`;
	let hit = findProviderRule({reply, status: enhanced, tags: ctx.tags, text: ctx.text, detected: ctx.detected, provider: ctx.provider});
	const only = hit || e.inRegistry ? undefined : onlyProviderReading(enhanced, ctx);
	hit ??= only;
	// The enhanced code is the more specific of the two, so it leads; the reply code's class is what
	// the sending server acts on, so it sets severity and retry.
	// A new object either way (fromRule's, or a second copy of the enhanced card, whose own stays in parts).
	const base = hit ? fromRule(code, 'pair', r.severity, hit.receiver, hit.rule) : registryCard(enhancedCards, enhanced, explainEnhanced);
	if (!hit) {
		base.code = code;
		base.kind = 'pair';
		base.severity = r.severity;
	}
	// base's notes and sources are its own (registryCard's copies, or fromRule's).
	const notes = base.notes;
	if (only) notes.push(onlyNote(enhanced, only.receiver.name, e.title));
	if (reply[0] !== enhanced[0]) {
		notes.unshift(`The two codes disagree: ${reply} says ${r.severity} but ${enhanced} says ${e.severity}. RFC 3463 §2 requires the same class; the sending server acts on the reply code (${reply}), so treat it as ${r.severity}.`);
	}
	let retry = base.retry;
	if (!hit && r.severity !== e.severity) retry = r.severity === 'transient' ? 'will-retry' : e.retry === 'will-retry' ? 'do-not-retry' : e.retry;
	// As Object.assign({}, base, {retry, notes, sources, parts}) would make it: base is this call's own.
	base.sources = sourcesOf(base.sources, e.sources, r.sources);
	base.retry = retry;
	base.parts = [r, e];
	return base;
}

const onlyNote = (code: string, provider: string, title: string): string =>
	`${code} is not in the IANA registry; ${provider} documents it, so this is its reading. From another server it means only: ${title}.`;

/**
 * A code no registry lists but a provider documents (Microsoft's 4.4.316, 5.7.509): with no context
 * naming the provider, that provider's reading is still the best there is — said so in a note.
 */
function onlyProviderReading(status: string | undefined, ctx: ExplainContext) {
	// A text that names a provider (a host, a tag, a signature) already chose its rules; one that names
	// none (a reply line pasted alone) leaves the code itself as the only evidence.
	if (!status || ctx.provider || (ctx.text && (ctx.detected ?? detectProviders(ctx.text)).length > 0)) return undefined;
	// Exact codes only: a documented range (5.7.900–999 for Exchange transport rules) is too wide to
	// speak for every server that sends a number inside it.
	let only: {receiver: Receiver; rule: ProviderRule} | undefined;
	for (const receiver of receivers) {
		const rule = exactStatusRule(receiver, status);
		if (!rule) continue;
		// A second receiver documents it too: no one provider's reading.
		if (only && only.receiver.id !== receiver.id) return undefined;
		only ??= {receiver, rule};
	}
	return only;
}

function withProvider(base: Explanation, ctx: ExplainContext, status?: string, reply?: string): Explanation {
	const hit = findProviderRule({status, reply, tags: ctx.tags, text: ctx.text, detected: ctx.detected, provider: ctx.provider});
	if (hit) {
		const ruled = fromRule(base.code, base.kind, base.severity, hit.receiver, hit.rule);
		// As Object.assign({}, ruled, {stage, sources, notes}) would make it: ruled is this call's own.
		ruled.sources = [...ruled.sources, ...base.sources];
		ruled.stage = base.stage;
		ruled.notes = [`Registry title: ${base.title}.`];
		return ruled;
	}
	const only = base.inRegistry ? undefined : onlyProviderReading(status, ctx);
	if (!only) return base;
	const ruled = fromRule(base.code, base.kind, base.severity, only.receiver, only.rule);
	ruled.sources = [...ruled.sources, ...base.sources];
	ruled.inRegistry = false;
	ruled.stage = base.stage;
	ruled.notes = [onlyNote(base.code, only.receiver.name, base.title)];
	return ruled;
}

function explainParsed(parsed: ParsedCode, ctx: ExplainContext): Explanation | InvalidCode {
	switch (parsed.kind) {
		case 'enhanced': {
			const e = withProvider(registryCard(enhancedCards, parsed.enhanced, explainEnhanced), ctx, parsed.enhanced);
			if (!parsed.classless || isInvalid(e)) return e;
			const subject = parsed.enhanced.slice(2);
			// e is this call's own (withProvider's new card).
			e.notes = [`X.${subject} is the registry's class-independent form: ${parsed.enhanced} is its permanent form (shown here), 4.${subject} its transient one.`, ...e.notes];
			return e;
		}
		case 'reply':
			return withProvider(registryCard(replyCards, parsed.reply, explainReply), ctx, undefined, parsed.reply);
		case 'pair':
			return explainPair(parsed.reply, parsed.enhanced, ctx);
		case 'provider-tag': {
			const hit = findProviderRule({tags: [parsed.tag], text: ctx.text, detected: ctx.detected, provider: ctx.provider});
			if (!hit && isNumberedTag(parsed.tag)) {
				const error = `“${parsed.tag}” is a provider's own code whose meaning is not documented; the SMTP codes and words of the reply say more.`;
				return {kind: 'invalid', code: parsed.tag, error, tagOf: /^AUP#/i.test(parsed.tag) ? 'spectrum' : 'orange'};
			}
			if (!hit) {
				const kind = findTagFamily(parsed.tag);
				if (!kind) return {kind: 'invalid', code: parsed.tag, error: `“${parsed.tag}” is not a provider tag we know.`};
				const error = `“${parsed.tag}” is ${kind.family.description}. The reply's code and words say what happened.`;
				return {kind: 'invalid', code: parsed.tag, error, tagOf: kind.receiver.id};
			}
			const severity: Severity = hit.rule.retry === 'will-retry' ? 'transient' : 'permanent';
			return fromRule(parsed.tag, 'provider-tag', severity, hit.receiver, hit.rule);
		}
	}
}

/**
 * The receivers a text names when that is known without searching: none, for a text without an ASCII
 * letter (a bare `550`) while every receiver's signature needs one (needs-letter.ts), so that such a
 * text never builds the joined signature search. Undefined otherwise.
 */
export function namedWithoutSearch(text: string): readonly Receiver[] | undefined {
	return /[a-z]/i.test(text) || !signaturesNeedLetter() ? undefined : [];
}

/**
 * explain() of a reply's first code (the pair `550 5.1.1`, else the one it has) with its receivers known, for codes
 * of the scanner's plain form (plain-codes.ts), not parsed back from a string. Undefined for any other form.
 */
export function explainPlain(reply: string | undefined, enhanced: string | undefined, ctx: ExplainContext & {detected: readonly Receiver[]}): Explanation | undefined {
	if (reply && enhanced) return plainReply(reply) && plainEnhanced(enhanced) ? explainPair(reply, enhanced, ctx) : undefined;
	if (enhanced) return plainEnhanced(enhanced) ? withProvider(registryCard(enhancedCards, enhanced, explainEnhanced), ctx, enhanced) : undefined;
	if (reply) return plainReply(reply) ? withProvider(registryCard(replyCards, reply, explainReply), ctx, undefined, reply) : undefined;
	return undefined;
}

/** Explains one code, pair or provider tag. Never throws: bad input gets `{kind: 'invalid', error}`. */
export function explain(code: string, ctx: ExplainContext = {}): Explanation | InvalidCode {
	const parsed = parseCode(code);
	if (!parsed.ok) return {kind: 'invalid', code: String(code ?? '').slice(0, 64), error: parsed.error};
	const detected = ctx.detected ?? namedWithoutSearch(ctx.text ?? '');
	// The context with what is now known of its receivers (a literal: Object.assign is Node 20's slow path).
	return explainParsed(parsed.code, detected ? {provider: ctx.provider, text: ctx.text, tags: ctx.tags, detected} : ctx);
}
