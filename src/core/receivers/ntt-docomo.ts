// NTT docomo (docomo.ne.jp), Japan's mobile carrier mail. Its MX (mfsmax.docomo.ne.jp) answers the
// end of DATA with "550 Unknown user <rcpt>" when the recipient's reception settings refuse this
// sender — the address was accepted at RCPT, so the sender is what is refused; the DSN Status is
// then the plain 5.0.0 (an MTA that reports X.2.0 has already called it a refusal by the mailbox).
// At RCPT the same words mean the address does not exist. Sisimai's docomo rules
// (Rhost/NTTDOCOMO.pm) document both, with the transcripts they come from.
import type {Carrier} from './carriers';

const SOURCE = 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/NTTDOCOMO.pm (Sisimai, BSD-2-Clause)';

export const nttDocomo: Carrier = {
	id: 'ntt-docomo',
	name: 'NTT docomo',
	hosts: /(?:^|\.)docomo\.ne\.jp$/,
	rules: [
		{
			from: 'filtered',
			commands: ['DATA'],
			dsnStatus: '5.0.0',
			phrase: /\bunknown user\b/i,
			reason: 'rejected',
			meaning: "docomo's \"Unknown user\" after DATA, with Status 5.0.0, is its refusal of this sender by the recipient's reception settings.",
			source: SOURCE,
			example: {reason: 'filtered', command: 'DATA', dsnStatus: '5.0.0', remoteMta: 'mfsmax.docomo.ne.jp', recipient: 'neko@docomo.ne.jp', diagnostic: '550 Unknown user neko@docomo.ne.jp'},
		},
	],
};
