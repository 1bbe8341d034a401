import {describe, expect, it} from 'vitest';
import {explainText} from '../../../src/core/explain-text';
import {limits} from '../../../src/core/receivers/situations-limits';
import {testSituation, type SituationRow} from './situations';

// Postfix's replies when a client goes over one of its anvil(8) limits, quoted in a Postfix report.
const rows: SituationRow[] = [
	['421 4.7.0 mx.example.net Error: too many connections from 192.0.2.1', '', /Too many connections/],
	['450 4.7.1 Error: too much mail from 192.0.2.1', '', /Too many messages/],
	['450 4.7.1 Error: too many recipients from 192.0.2.1', '', /Too many recipients from/],
	['421 4.7.0 mx.example.net Error: too many new TLS sessions from mail.example.org[192.0.2.1]', '', /TLS sessions/],
];

const lookAlikes = [
	'452 4.5.3 Error: too many recipients',
	'421 Too many concurrent SMTP connections; please try again later.',
	'550 5.7.1 too much spam from your network',
];

describe('rate limit situations', () => {
	testSituation(limits, rows, lookAlikes);

	it('leaves too many recipients in one message to the standard X.5.3 card', () => {
		for (const line of ['452 4.5.3 Error: too many recipients', '452 too many recipients', '452 4.5.3 Too many recipients']) {
			const [card] = explainText(line);
			expect(card?.explanation.title, line).toBe('Too many recipients');
			expect(card?.explanation.retry).toBe('will-retry');
		}
	});
});
