import {describe, expect, test} from 'vitest';
import {displayedText} from '../../scripts/eval-lib';

const bytes = (s: string) => new TextEncoder().encode(s.replace(/\n/g, '\r\n'));

describe('displayedText (what a webmail shows of a raw bounce)', () => {
	test('shows the text part, not the delivery-status part or the headers', async () => {
		const raw = bytes(`From: MAILER-DAEMON@example.org
Subject: Undelivered Mail
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain

<a@example.com>: host mx.example.com said: 550 5.1.1 User unknown

--b1
Content-Type: message/delivery-status

Final-Recipient: rfc822; a@example.com
Action: failed
Status: 5.1.1

--b1--
`);
		const shown = await displayedText(raw);
		expect(shown).toContain('550 5.1.1 User unknown');
		expect(shown).not.toContain('Final-Recipient');
		expect(shown).not.toContain('Subject:');
	});

	test('a multipart whose boundary never occurs is shown whole, as webmails show MIME they cannot split', async () => {
		const raw = bytes(`Subject: Undelivered Mail
MIME-Version: 1.0
Content-Type: multipart/report; boundary="declared"

--another
Content-Type: text/plain

<a@example.com>: 550 5.2.2 Mailbox full

--another--
`);
		const shown = await displayedText(raw);
		expect(shown).toContain('550 5.2.2 Mailbox full');
		expect(shown).not.toContain('Subject:');
	});

	test('parts marked as attachments stay hidden', async () => {
		const raw = bytes(`Subject: Delivery Status
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b2"

--b2
Content-Type: text/plain; name="problems.txt"
Content-Disposition: attachment; filename="problems.txt"

<a@example.com> User not exist

--b2--
`);
		expect(await displayedText(raw)).toBe('');
	});
});
