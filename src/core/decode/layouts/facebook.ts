// Facebook's mail servers number their refusals ("550 5.1.1 RCP-P2 http://postmaster.facebook.com/
// response_codes … Refused due to recipient preferences"): the code names the cause. The meanings
// are Facebook's postmaster response codes as Sisimai lib/Sisimai/Lhost/Facebook.pm (v5.1.0p3)
// reads them. POL-P7 is listed there under two reasons and is left to the words; the codes Sisimai
// leaves undecided (RCP-T1, MSG-T1, CON-T2, CON-T4) are too.
import type {Reason} from '../../types';

const FACEBOOK_CODES: Readonly<Record<string, Reason>> = {
	'RCP-P1': 'userunknown', // The attempted recipient address does not exist.
	'INT-P1': 'userunknown',
	'INT-P3': 'userunknown', // The attempted recipient group address does not exist.
	'INT-P4': 'userunknown',
	'RCP-P2': 'filtered', // The recipient's preferences prevent messages from being delivered.
	'RCP-P3': 'filtered', // The recipient's privacy settings blocked the delivery.
	'MSG-P1': 'mesgtoobig', // The message exceeds Facebook's maximum allowed size.
	'INT-P2': 'mesgtoobig',
	'MSG-P2': 'contenterror', // An attachment type that Facebook does not accept.
	'MSG-P3': 'contenterror', // A header field that may be present once is repeated (RFC 5322 §3.6).
	'POL-P6': 'contenterror', // A URL that Facebook has blocked.
	'POL-P1': 'securityerror', // The sending IP address is listed on the Spamhaus PBL.
	'POL-P2': 'securityerror', // Facebook no longer accepts mail from the sending IP address.
	'POL-P5': 'securityerror', // The message contains a virus.
	'POL-P3': 'notaccept', // Not accepting messages from the sending server (hours).
	'POL-P4': 'notaccept',
	'POL-T1': 'notaccept',
	'POL-T2': 'notaccept',
	'POL-T3': 'notaccept',
	'DNS-P1': 'rejected', // The MAIL FROM domain does not exist.
	'DNS-P2': 'rejected', // The MAIL FROM domain has no MX record.
	'DNS-T1': 'rejected', // The MAIL FROM domain does not resolve now.
	'DNS-P3': 'rejected', // The sending server has no reverse DNS record.
	'DNS-T2': 'rejected',
	'CON-T1': 'systemerror', // Facebook's server has too many connections open.
	'CON-T3': 'toomanyconn', // Too many new connections in a short time.
	'RCP-T4': 'suspend', // The recipient address is deactivated.
};

/** The reason a Facebook response code in a reply from Facebook's servers names, or undefined. */
export function facebookCodeReason(diagnostic: string): Reason | undefined {
	if (!/facebook/i.test(diagnostic)) return undefined;
	const code = /\b([A-Z]{3}-[PT]\d)\b/.exec(diagnostic)?.[1] ?? '';
	// INT-Tn: a temporary issue inside Facebook's own system.
	return FACEBOOK_CODES[code] ?? (/^INT-T\d$/.test(code) ? 'systemerror' : undefined);
}
