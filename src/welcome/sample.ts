// The welcome page's sample bounce: a report of the kind Postfix writes (its bounce(8) template and the
// "host … said: … (in reply to … command)" lines of smtp(8)), written for this page with documentation
// addresses (RFC 2606 names, RFC 5737 IPs). Three recipients, three outcomes: an address that does not
// exist, a full mailbox the server will retry, and Gmail refusing unauthenticated mail (Gmail's 5.7.26,
// https://support.google.com/a/answer/3726730).
export const SAMPLE_BOUNCE = `This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<ana@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1
    <ana@example.net>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)

<ben@example.org>: host mx1.example.org[198.51.100.7] said: 452 4.2.2
    <ben@example.org>: Recipient address rejected: Mailbox full (in reply
    to RCPT TO command)

<chloe@gmail.com>: host gmail-smtp-in.l.google.com[203.0.113.26] said:
    550-5.7.26 Unauthenticated email from example.com is not accepted due to
    domain's DMARC policy. Please contact the administrator of example.com
    domain if this was a legitimate mail. (in reply to end of DATA command)
`;

/** One code per colour for the legend: the reply-code class decides a mark's colour. */
export const LEGEND_CODES = {permanent: '550', transient: '451', success: '250', information: '354'} as const;
