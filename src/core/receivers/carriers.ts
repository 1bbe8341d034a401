// Carrier rules: what one receiving provider means by a wording that means something else from
// anyone else (au's "550 : User unknown" said of a message, not of an address). Each carrier has a
// file of its own (kddi.ts, ntt-docomo.ts, t-online.ts, tencent.ts) with the hosts that identify it, the
// conditions its rule needs (SMTP command, DSN Status, the reason the generic reading gave), the
// document that states it and a tested example. The generic flow (decode/assemble.ts) asks
// carrierReason once per recipient and names no carrier itself. When no carrier rule applies, a
// receiving provider named only by the remote host still reads its own reply (hostReceiverReason).
import type {Reason, Receiver} from '../types';
import {detectProviders, findProviderRule} from './index';
import {kddi} from './kddi';
import {nttDocomo} from './ntt-docomo';
import {tOnline} from './t-online';
import {tencent} from './tencent';

/** What the decoder knows of one recipient's failure when the carrier rules are asked. */
export interface CarrierFacts {
	/** The reason the generic classifier gave. */
	reason: Reason;
	/** The SMTP command answered (RCPT, DATA …), or ''. */
	command: string;
	/** The Status field of the DSN (or the layout's own), as the reporting MTA wrote it, or ''. */
	dsnStatus: string;
	/** Remote-MTA host name, lower-case, or ''. */
	remoteMta: string;
	recipient: string;
	/** The remote server's words. */
	diagnostic: string;
	/** What detectProviders gives `diagnostic` and `remoteMta`, when the caller has it (asked once per recipient). */
	detected?: {words?: readonly Receiver[]; host?: readonly Receiver[]};
}

export interface CarrierRule {
	/** The generic reading this rule corrects; any reading when absent. */
	from?: Reason;
	/** Commands the reply must answer; `notCommands`: commands it must not answer. */
	commands?: readonly string[];
	notCommands?: readonly string[];
	/** The DSN Status it needs, exactly. */
	dsnStatus?: string;
	/** Words that must occur in the reply (linear, case-insensitive). */
	phrase: RegExp;
	reason: Reason;
	/** Why: what the carrier's reply means, in one sentence. */
	meaning: string;
	/** The document that states it. */
	source: string;
	/** A failure the rule applies to, tested as written. */
	example: CarrierFacts;
}

export interface Carrier {
	id: string;
	name: string;
	/** The carrier's MX hosts (Remote-MTA). */
	hosts: RegExp;
	/** The carrier's mail domains (the recipient's domain), when the report names no remote host. */
	domains?: RegExp;
	rules: readonly CarrierRule[];
}

export const CARRIERS: readonly Carrier[] = [kddi, nttDocomo, tOnline, tencent];

function isCarrier(carrier: Carrier, facts: CarrierFacts): boolean {
	if (facts.remoteMta) return carrier.hosts.test(facts.remoteMta);
	const domain = facts.recipient.slice(facts.recipient.lastIndexOf('@') + 1).toLowerCase();
	return Boolean(domain && carrier.domains?.test(domain));
}

function applies(rule: CarrierRule, facts: CarrierFacts): boolean {
	if (rule.from !== undefined && rule.from !== facts.reason) return false;
	if (rule.commands && !rule.commands.includes(facts.command)) return false;
	if (rule.notCommands?.includes(facts.command)) return false;
	if (rule.dsnStatus !== undefined && rule.dsnStatus !== facts.dsnStatus) return false;
	return rule.phrase.test(facts.diagnostic);
}

/** The reason a carrier's documented rule gives this failure, or undefined when none applies. */
export function carrierReason(facts: CarrierFacts): Reason | undefined {
	for (const carrier of CARRIERS) {
		if (!isCarrier(carrier, facts)) continue;
		for (const rule of carrier.rules) if (applies(rule, facts)) return rule.reason;
	}
	return hostReceiverReason(facts);
}

/**
 * The reason a receiving provider's own table gives its reply when only the remote host names the
 * provider ("host mta5.am0.yahoodns.net said: 421 Max message per connection reached"): the reply's
 * words alone name none, so the decoder's reading of them could not ask that provider. Only providers
 * whose reading of their own replies decides (Receiver.decides), and only rules that recognise the
 * reply by its wording or tag, not by a code alone.
 */
function hostReceiverReason(facts: CarrierFacts): Reason | undefined {
	if (!facts.remoteMta || !facts.diagnostic || (facts.detected?.words ?? detectProviders(facts.diagnostic)).length > 0) return undefined;
	const receiver = (facts.detected?.host ?? detectProviders(facts.remoteMta))[0];
	if (!receiver?.decides) return undefined;
	const rule = findProviderRule({provider: receiver.id, text: facts.diagnostic})?.rule;
	return rule && (rule.phrase || rule.tag) ? rule.reason : undefined;
}
