// The receivers' types (src/core/receivers/): which providers, lists, server software and situations
// there are (ProviderId), what each is (ReceiverKind), and the shape of their rules.
import type {ProviderId} from './receivers/ids';
import type {Reason, Retry, WhoActs} from './types';

export type {ProviderId} from './receivers/ids';


export interface ProviderRule {
	/** Codes the rule applies to: an exact enhanced code, a range, a reply code, or a provider tag. */
	status?: string | {from: string; to: string};
	reply?: string;
	tag?: string;
	/**
	 * With `tag`, the last tag of a numbered run the rule covers, same prefix and width:
	 * `tag: 'AUP#1020', tagTo: 'AUP#1080'` covers AUP#1020, AUP#1021 … AUP#1080.
	 */
	tagTo?: string;
	/** With `tag`, further tags that mean the same (`tag: 'OFR_416', alsoTags: ['OFR_418']`). */
	alsoTags?: string[];
	/** A phrase that must occur in the diagnostic text (case-insensitive, linear regex). */
	phrase?: RegExp;
	title: string;
	meaning: string;
	causes?: string[];
	fix: string[];
	whoActs?: WhoActs;
	retry?: Retry;
	reason: Reason;
	/** Documentation URL of the provider (or list) that states the fact. */
	source: string;
}

/** A run of a provider's numbered codes (Spectrum's AUP#1020–1080) and the rule that explains it. */
export interface CodeRun {
	from: number;
	to: number;
	rule: ProviderRule;
}

/** What a receiver is (Receiver.kind): whose words its rules read. */
export type ReceiverKind = 'provider' | 'list' | 'software' | 'situation';

export interface Receiver {
	id: ProviderId;
	name: string;
	/** Patterns that identify the provider in a bounce's text (host names, tags, signatures). */
	detect: RegExp[];
	/** Its phrase rules apply to any bounce, detected or not, after the detected providers' own. */
	anywhere?: boolean;
	/**
	 * What speaks through its rules: a receiving provider (the default), a block list or filtering
	 * gateway, mail server software (Postfix's fixed texts), or an everyday situation read from the
	 * servers' words (a timeout, greylisting). The card says whose meaning it gives accordingly.
	 */
	kind?: ReceiverKind;
	/**
	 * Its rules' reasons decide over the generic reading of the reply's words when a rule recognises the
	 * reply by its wording or tag: the provider's own table of what its replies mean, as Sisimai's Rhost
	 * modules (lib/Sisimai/Rhost/*.pm) decide for the hosts they cover. Not for server software or lists.
	 */
	decides?: boolean;
	rules: ProviderRule[];
	/**
	 * The shapes of the provider's own tags (normalised: `S2017062302`, `AS2005`, `TSS09`), with
	 * what a tag of that shape is: said of a tag no rule names, instead of "not a tag we know".
	 */
	tagFamilies?: TagFamily[];
}

export interface TagFamily {
	pattern: RegExp;
	/** Completes "“S2017062302” is …": what such a tag is and what is known of its numbers. */
	description: string;
	source: string;
}
