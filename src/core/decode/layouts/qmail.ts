// qmail-send bounces ("Hi. This is the qmail-send program at …") and the qmail-derived Yahoo
// notice ("Sorry, we were unable to deliver your message to the following address."): one
// paragraph per recipient headed `<rcpt>:`, the remote reply after "Remote host said:", and
// local errors with the code in parentheses "(#5.1.1)".
import type {Layout, LayoutHit} from './types';
import {addressBlocks, blockText, cutOriginal, messageTable, tableReason} from './helpers';
import {fold} from '../text';

const HEAD = /^[ \t]*<([^>\s]{1,320})>:?[ \t]*(.*)$/;

// qmail-remote.c's own sentences name the stage its client was in (Sisimai
// lib/Sisimai/Lhost/qmail.pm (v5.1.0p3), "commandset"): the greeting, HELO, MAIL, RCPT or DATA.
function qmailCommand(text: string): string {
	if (/ but greeting failed/i.test(text)) return 'CONN';
	if (/ but my name was rejected/i.test(text)) return 'EHLO';
	if (/ but sender was rejected/i.test(text)) return 'MAIL';
	if (/ does not like recipient/i.test(text)) return 'RCPT';
	if (/ failed on DATA command| failed after I sent the message/i.test(text)) return 'DATA';
	// Yahoo's qmail-derived notice and the qmail-remote-fallback patch name the command in brackets.
	if (/\[RCPT_TO\]|after RCPT|RCPT TO/i.test(text)) return 'RCPT';
	if (/\[MAIL_FROM\]|after MAIL|MAIL FROM/i.test(text)) return 'MAIL';
	if (/\[DATA\]|after DATA|end of data/i.test(text)) return 'DATA';
	if (/HELO|EHLO/.test(text)) return 'EHLO';
	return '';
}

// qmail's own error texts (qmail-local.c, qmail-remote.c, error_str.c, qmail-smtpd.c, and the
// qmail-ldap patch) and what each means, per Sisimai lib/Sisimai/Lhost/qmail.pm (v5.1.0p3).
const QMAIL_MESSAGES = messageTable([
	['userunknown', ['no mailbox here by that name', 'does not like recipient.']],
	['mailboxfull', ['disk quota exceeded']],
	['mesgtoobig', ['Message size exceeds fixed maximum message size:']],
	['hostunknown', ["Sorry, I couldn't find any host "]],
	['systemfull', ['Requested action not taken: mailbox unavailable (not enough free space)']],
	['systemerror', ['bad interpreter: No such file or directory', 'system error', 'Unable to']],
	['networkerror', ["Sorry, I wasn't able to establish an SMTP connection", "Sorry, I couldn't find a mail exchanger or IP address", "Sorry. Although I'm listed as a best-preference MX or A for that host"]],
	// qmail-ldap-1.03 patch.
	['suspend', ['Mailaddress is administratively disabled', 'Mailaddress is administrativley disabled']],
	['exceedlimit', ['The message exeeded the maximum size the user accepts']],
	[
		'systemerror',
		[
			'Automatic homedir creator crashed',
			'Illegal value in LDAP attribute',
			'LDAP attribute is not given but mandatory',
			'Timeout while performing search on LDAP server',
			'Too many results returned but needs to be unique',
			'Permanent error while executing qmail-forward',
			'Temporary error in automatic homedir creation',
			'Temporary error while executing qmail-forward',
			'Temporary failure in LDAP lookup',
			'Unable to contact LDAP server',
			'Unable to login into LDAP server, bad credentials',
		],
	],
]);

// qmail-send.c gives up on a message "in the queue too long".
const QUEUE_TOO_LONG = /this message has been in the queue too long/i;

/** The reason qmail's own words give (Sisimai qmail.pm): the stage first, then its table. */
function qmailReason(command: string, text: string, remote: string): LayoutHit['reason'] {
	if (command === 'MAIL') return 'rejected';
	if (command === 'EHLO') return 'blocked';
	// "does not like recipient" and "in the queue too long" together say too little (a fallback
	// relay tried later): the remote reply decides.
	if (/does not like recipient\./i.test(text) && QUEUE_TOO_LONG.test(text)) return undefined;
	// The remote server's reply is the remote server's words, not qmail's own text.
	return tableReason(QMAIL_MESSAGES, remote || text) ?? (QUEUE_TOO_LONG.test(text) ? 'expired' : undefined);
}

const QMAIL_REMOTE = /^Remote host said:|^[^\n]{1,300} does not like recipient\.|^Connected to [^\n]{1,300} but (?:sender|my name) was rejected\.|^[^\n]{1,300} failed (?:on DATA command|after I sent the message)\./m;

export const qmail: Layout = {
	id: 'qmail',
	detect: {
		any: [
			/This is the qmail-send program|I'm afraid I wasn't able to deliver your message|Sorry, we were unable to deliver your message to the following address|Sorry, I wasn't able to establish an SMTP connection|This is a permanent error; I've given up/i,
			// qmail clones with an introduction of their own (Sisimai lib/Sisimai/Lhost/X4.pm (v5.1.0p3)): a
			// "<rcpt>:" paragraph in qmail-remote's own sentences. The sentences first: the anchor pass
			// rules them out in most texts, and the paragraph's pattern has no words it could.
			{all: [QMAIL_REMOTE, /^<[^\s<>@]{1,256}@[^\s<>]{1,255}>:[ \t]*$/m]},
		],
	},
	parse(text) {
		const body = cutOriginal(text);
		const delayed = /I'm not going to try again|permanent error/i.test(body) ? false : /will keep trying|not yet been delivered|delayed/i.test(body);
		const hits: LayoutHit[] = [];
		for (const b of addressBlocks(body, HEAD)) {
			const all = blockText(b);
			const said = /Remote host said:[ \t]*/i.exec(all);
			let diagnostic = said ? all.slice(said.index + said[0].length) : all;
			diagnostic = fold(diagnostic.replace(/I'm not going to try again;[^.]{0,200}\./i, '').replace(/Giving up on [0-9.]{7,15}\.?/i, ''));
			const mta = /(?:Connected to|establish an SMTP connection to) ([0-9a-f.:]{3,64}|[A-Za-z0-9.-]{1,255})/i.exec(all);
			const command = qmailCommand(all);
			// Sisimai qmail.pm reads its table in the whole paragraph; "does not like recipient" is qmail's own line.
			const reason = qmailReason(command, all, '');
			hits.push({recipient: b.recipient, diagnostic, command, remoteMta: mta?.[1] ?? '', action: delayed ? 'delayed' : undefined, reason});
		}
		return hits;
	},
};
