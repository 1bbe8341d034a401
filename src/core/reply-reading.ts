// Which registry code stands for a reason, when a reply's words name that reason and its own code
// does not say it (explain-text.ts). Only reasons one IANA enhanced code states exactly are listed;
// the registry's own reason of each code (data/enhanced-codes.json) is the same (a test checks).
// Reasons no single code states (blocked, spam, policy, a timeout …) keep the sent code's card.
import type {Reason} from './types';

interface StandIn {
	/** The registry code, class-independent (`X.1.1`); the reply's class is put in its place. */
	code: string;
	/** When the reason covers more than the code states: the reply must also show this. */
	when?: (reply: string | undefined, enhanced: string | undefined) => boolean;
}

const STANDS_FOR: Partial<Record<Reason, StandIn>> = {
	userunknown: {code: 'X.1.1'},
	hostunknown: {code: 'X.1.2'},
	hasmoved: {code: 'X.1.6'},
	suspend: {code: 'X.2.1'},
	mailboxfull: {code: 'X.2.2'},
	exceedlimit: {code: 'X.2.3'},
	systemfull: {code: 'X.3.1'},
	mesgtoobig: {code: 'X.3.4'},
	requireptr: {code: 'X.7.25'},
	// The reason also covers too many connections; RFC 5321 §4.5.3.1.10 has a server refuse recipients
	// beyond its limit with 452 (552 from older servers), and RFC 3463 names that X.5.3.
	toomanyconn: {code: 'X.5.3', when: (reply, enhanced) => reply === '452' || reply === '552' || /^[45]\.5\.3$/.test(enhanced ?? '')},
};

// Reasons the vocabulary tells apart but the registry codes of both state: RFC 3463 X.2.3 (over a
// per-recipient size limit) and X.3.4 (over the system's) are both "the message is too large", so
// size words under either code agree with it.
const SAME_FAMILY: readonly (readonly Reason[])[] = [['exceedlimit', 'mesgtoobig']];

/** True when a code whose registry reason is `code` states what words of reason `words` say. */
export function agrees(code: Reason | 'unmapped', words: Reason): boolean {
	return code === words || SAME_FAMILY.some(family => family.includes(words) && family.includes(code as Reason));
}

/** The registry code (in the reply's class, `4` or `5`) that stands for the reason, or undefined. */
export function standInCode(reason: Reason, cls: '4' | '5', reply?: string, enhanced?: string): string | undefined {
	const stand = STANDS_FOR[reason];
	if (!stand || (stand.when && !stand.when(reply, enhanced))) return undefined;
	return cls + stand.code.slice(1);
}

/** Every reason with a stand-in and its code (tests). */
export const standIns = (): [Reason, string][] => Object.entries(STANDS_FOR).map(([reason, stand]) => [reason as Reason, stand!.code]);
