// A delivery status notification (RFC 3464 in an RFC 6522 multipart/report) built from its parts,
// for tests: the notice's text part (optional) and the per-recipient fields, as lines.

export interface DsnParts {
	/** The human-readable part; left out when empty. */
	notice?: string;
	/** Per-recipient field blocks, each a list of `Name: value` lines. */
	recipients: string[][];
}

export function dsnEmail({notice = '', recipients}: DsnParts): string {
	const lines = [
		'From: MAILER-DAEMON@mail.example.org',
		'To: alice@example.org',
		'Subject: Undelivered Mail Returned to Sender',
		'MIME-Version: 1.0',
		'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
		'',
	];
	if (notice) lines.push('--b', 'Content-Type: text/plain', '', notice, '');
	lines.push('--b', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mail.example.org', '');
	for (const fields of recipients) lines.push(...fields, '');
	lines.push('--b--', '');
	return lines.join('\r\n');
}
