// A bare Status is read with its recipient's own code-less diagnostic (status-words.ts): the sending
// server's account of what happened names the situation on the card of the status code.
import {describe, expect, it} from 'vitest';
import {decodeBounce} from '../../src/core/decode';
import {explainText} from '../../src/core/explain-text';
import {findCodes} from '../../src/core/find-codes';
import {statusWords, wordless, wordlessBy} from '../../src/core/status-words';
import type {BounceReport, RecipientResult} from '../../src/core/types';
import {readBounce, sendingSideBounce} from './receivers/sending-side';

const recipient = (over: Partial<RecipientResult>): RecipientResult => ({recipient: 'bob@example.net', status: '4.4.1', replyCode: '', reason: 'expired', hardBounce: false, action: 'failed', diagnostic: '', command: '', remoteMta: '', ...over});
const report = (...recipients: RecipientResult[]): BounceReport => ({kind: 'bounce', recipients, summary: ''});
const TIMEOUT = 'connect to mx.example.net[192.0.2.25]:25: Connection timed out';

describe('the words of a bare status', () => {
	const [status] = findCodes('Status: 4.4.1');

	it('are its recipient’s code-less diagnostic', () => {
		expect(statusWords(status!, report(recipient({diagnostic: TIMEOUT})))).toBe(`4.4.1 ${TIMEOUT}`);
	});

	it('are its own without a report, when the diagnostic has codes of its own, or when recipients of that status say different things', () => {
		expect(statusWords(status!, undefined)).toBe('4.4.1');
		expect(statusWords(status!, report(recipient({diagnostic: '421 4.4.1 mx.example.net closing connection'})))).toBe('4.4.1');
		expect(statusWords(status!, report(recipient({diagnostic: TIMEOUT}), recipient({recipient: 'carol@example.net', diagnostic: 'connect to mx.example.net[192.0.2.25]:25: Connection refused'})))).toBe('4.4.1');
		expect(statusWords(status!, report(recipient({status: '5.1.1', diagnostic: TIMEOUT})))).toBe('4.4.1');
	});

	it('count words in any script, and not two letters, a tag or the word Status', () => {
		const timeout = report(recipient({diagnostic: TIMEOUT}));
		for (const own of ['4.4.1 宛先不明', '4.4.1 Zustellung fehlgeschlagen', '4.4.1 délai']) {
			const [finding] = findCodes(own);
			expect(statusWords(finding!, timeout)).toBe(finding!.text);
		}
		for (const bare of ['Status: 4.4.1', 'status 4.4.1 (ok)', '4.4.1 宛先']) {
			const [finding] = findCodes(bare);
			expect(statusWords(finding!, timeout)).toBe(`${finding!.text} ${TIMEOUT}`);
		}
	});

	it('are left alone for a reply that has words of its own', () => {
		const [reply] = findCodes('550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown');
		expect(statusWords(reply!, report(recipient({status: '5.1.1', diagnostic: TIMEOUT})))).toBe(reply!.text);
	});
});

describe('a sending server’s own account reaches the card of its status', () => {
	it('names the situation on the Status card, and keeps the card’s code and severity', async () => {
		const {cards, reason, verdict} = await readBounce(sendingSideBounce(TIMEOUT, '4.4.1'));
		expect(cards).toEqual([expect.objectContaining({code: '4.4.1', provider: 'connection', title: expect.stringMatching(/connection timed out/), retry: 'will-retry'})]);
		expect(reason).toBe('expired');
		expect(verdict?.outcome).toBe('delayed');
	});

	it('reads a final NXDOMAIN as final and a SERVFAIL as retried', async () => {
		const nxdomain = await readBounce(sendingSideBounce('Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found', '5.4.4'));
		expect(nxdomain.cards[0]).toMatchObject({code: '5.4.4', provider: 'recipient-dns', retry: 'do-not-retry'});
		expect(nxdomain.verdict).toMatchObject({outcome: 'failed', reason: 'hostunknown'});
		const servfail = await readBounce(sendingSideBounce('Host or domain name not found. Name service error for name=example.net type=MX: Host not found, try again', '4.4.3'));
		expect(servfail.cards[0]).toMatchObject({code: '4.4.3', provider: 'recipient-dns', retry: 'will-retry'});
		expect(servfail.verdict).toMatchObject({outcome: 'delayed', reason: 'networkerror'});
	});

	it('leaves the card of a status without such words as it was', async () => {
		const {cards} = await readBounce(sendingSideBounce('delivery temporarily suspended', '4.4.1'));
		expect(cards).toEqual([expect.objectContaining({code: '4.4.1', title: 'No answer from host'})]);
		expect(cards[0]?.provider).toBeUndefined();
	});

	it('finds no situation in the quoted original message', async () => {
		const quoted = 'Our server said "connect to mx.example.com[192.0.2.9]:25: Connection timed out" and "TLS is required, but was not offered", then greylisted us.';
		const raw = sendingSideBounce('host mx.example.net[192.0.2.25] said: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)', '5.1.1', {quoted});
		const report = await decodeBounce(raw);
		expect(report.recipients[0]?.reason).toBe('userunknown');
		const providers = explainText(raw, report).map(({explanation}) => explanation.provider?.id);
		expect(providers).not.toContain('connection');
		expect(providers).not.toContain('tls');
		expect(providers).not.toContain('greylisting');
	});
});

describe('wordless', () => {
	it('reads as its definition does, on texts around the word status, codes glued to words, tags and other scripts', () => {
		const texts = [
			'Status: 4.4.1', 'status 4.4.1', 'STATUS=4.4.1', '4.4.1 (status)', 'Status: 550 4.4.1', '4.4.1status', 'status4.4.1',
			'_status 4.4.1', 'status_ 4.4.1', 'statuses 4.4.1', 'xstatus 4.4.1', 'Status: Status: 4.4.1', 'St: 4.4.1', 'ab 4.4.1 cd',
			'4.4.1 abc', '550 5.1.1 user unknown', '5.1.1 Statut', '4.4.1 Статус', '4.4.1 é', 'Status: 4.4.1 ok', '550status 5.1.1',
			'status550 5.1.1', 'Status: 4.4.1 [TSS04]', '421 4.7.0 [TSS04]', 'Status: 4.4.1 statu', 'status.4.4.1', 'a status b',
		];
		let checked = 0;
		for (const text of texts) {
			for (const f of findCodes(text)) {
				expect(wordless(f), text).toBe(wordlessBy(f));
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(20);
	});
});
