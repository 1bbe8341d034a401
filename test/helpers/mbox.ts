// An mbox (RFC 4155) built from messages: each behind its own From_ line, body lines that start with
// "From " quoted as mboxrd does. For tests of mbox decoding at any size.

/** The messages as one mbox text. */
export function mboxOf(messages: readonly string[]): string {
	return messages.map((message, i) => {
		const body = message.replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1').replace(/\n*$/, '\n');
		return `From MAILER-DAEMON-${i + 1} Tue Nov  3 09:12:40 2026\n${body}\n`;
	}).join('');
}

/** `count` copies of a bounce, each message's recipients renamed `n-<address>` so that every one differs. */
export function bounceMbox(bounce: string, count: number): string {
	return mboxOf(Array.from({length: count}, (_, i) => bounce.replace(/\b([a-z]+)@example\.net\b/g, `$1-${i + 1}@example.net`)));
}
