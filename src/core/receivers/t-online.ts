// Deutsche Telekom's t-online.de mail (mx00–mx03.t-online.de). It refuses unknown or badly reputed
// sending IPs at connection with "554 IP=<ip> - A problem occurred. (Ask your postmaster for help or
// to contact tosa@rx.t-online.de to clarify.) (BL)": the tag (BL) is its own blocklist of sending
// hosts (postmaster.t-online.de, "Why was the establishment of an SMTP connection rejected";
// T-Online's explanation, quoted by Spam Resource, 2020-06: hosts with bad or unknown reputation
// are not accepted until their operator asks to be let in).
import type {Carrier} from './carriers';

const SOURCE = 'https://postmaster.t-online.de/index.en.html (§4.7); https://www.spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html';

export const tOnline: Carrier = {
	id: 't-online',
	name: 'Telekom (t-online.de)',
	hosts: /(?:^|\.)t-online\.de$/,
	domains: /^t-online\.de$/,
	rules: [
		{
			phrase: /\bip=[\d.:a-f]{3,45} - a problem occurred\b[^\n]{0,300}\(bl\)/i,
			reason: 'blocked',
			meaning: "T-Online's (BL) tag names its blocklist of sending hosts: the connecting IP is refused.",
			source: SOURCE,
			example: {reason: 'onhold', command: '', dsnStatus: '5.5.0', remoteMta: 'mx02.t-online.de', recipient: 'neko@t-online.de', diagnostic: '554 IP=192.0.2.254 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)'},
		},
	],
};
