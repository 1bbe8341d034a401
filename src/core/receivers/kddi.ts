// au by KDDI (ezweb.ne.jp, au.com), Japan's mobile carrier mail. Its MX refuses with
// "550 : User unknown" — no address in the reply — when the recipient's reception filter
// (指定受信 / 迷惑メールフィルター) turns the message down, and with "550 <rcpt>: User unknown" when
// the mailbox does not exist. Sisimai's au rules (Rhost/KDDI.pm) state both wordings.
import type {Carrier} from './carriers';

const SOURCE = 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/KDDI.pm (Sisimai, BSD-2-Clause)';

export const kddi: Carrier = {
	id: 'kddi',
	name: 'au (KDDI)',
	hosts: /(?:^|\.)(?:ezweb\.ne\.jp|au\.com)$/,
	domains: /^(?:ezweb\.ne\.jp|au\.com)$/,
	rules: [
		{
			from: 'userunknown',
			// At RCPT the reply is about the address; only a refusal of the message (end of DATA, or a
			// report that names no command) is the filter's.
			notCommands: ['RCPT'],
			phrase: /(?<![\w.])550 : user unknown\b/i,
			reason: 'filtered',
			meaning: "au's MX says \"User unknown\" with no address when the recipient's reception filter refused the message; the address exists.",
			source: SOURCE,
			example: {reason: 'userunknown', command: '', dsnStatus: '5.0.0', remoteMta: 'lsean.ezweb.ne.jp', recipient: 'neko@ezweb.ne.jp', diagnostic: '550 : User unknown'},
		},
	],
};
