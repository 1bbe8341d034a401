// A receiving server that verifies the sender's address before it accepts a message asks the sender's
// own mail server whether that address takes mail (a "callout" or verification probe), and when the
// answer is no, refuses the message quoting the probe's reply: a reply about the SENDER's address,
// nested inside the refusal the recipient's server sent. Its codes and words ("550 5.1.1 … User
// unknown") say nothing about the recipient, who was never asked about, so the refusal is read
// without them: the sender was rejected (Sisimai Rejected.pm: "sender address rejected", "sender
// verify failed"), and the status is the refusal's own.
//  - Postfix, src/smtpd/smtpd_check.c reject_unverified_address(), for the sender: "<addr>: Sender
//    address rejected: undeliverable address: <probe's reply>" (unverified address: for a probe that
//    got no answer yet).
//  - Exim, src/src/verify.c (callout) and acl.c: "Verification failed for <addr>", "Called: <host>",
//    "Sent: RCPT TO:<addr>", "Response: <probe's reply>", then "Sender verify failed".
// A recipient's address verified the same way (Postfix "Recipient address rejected: undeliverable
// address: …", Exim "Recipient verify failed") is the recipient's own answer: it is left as it is.

// The Postfix refusal up to the probe's reply, which follows it; or the end of Exim's callout
// report, whose probe reply runs from "Response:" to it. One search for either: every recipient's
// diagnostic is asked.
const REFUSAL = /\bSender address rejected: (?:undeliverable|unverified) address:|\bSender verify failed\b/i;
const EXIM_RESPONSE = /\bResponse:/i;

/**
 * The refusal's own words, without the probe reply a sender-verification refusal quotes; the
 * diagnostic as it is when it is no such refusal.
 */
export function withoutSenderProbe(diagnostic: string): string {
	const refusal = REFUSAL.exec(diagnostic);
	if (!refusal) return diagnostic;
	if (refusal[0].endsWith(':')) return diagnostic.slice(0, refusal.index + refusal[0].length);
	const response = EXIM_RESPONSE.exec(diagnostic.slice(0, refusal.index));
	return response ? `${diagnostic.slice(0, response.index)}${diagnostic.slice(refusal.index)}` : diagnostic;
}
