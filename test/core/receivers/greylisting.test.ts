import {describe, expect, it} from 'vitest';
import {greylisting} from '../../../src/core/receivers/greylisting';
import {reportVerdict} from '../../../src/core/verdict';
import {postfixBounce, readInBounce} from './bounce';
import {resolve, type Row} from './helpers';
import {decodeText} from '../../../src/core/decode';

// Greylisting replies in the default words of the servers that greylist (Postgrey through Postfix,
// milter-greylist, sqlgrey, Stalwart) and other spellings servers use.
const rows: Row[] = [
	['450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html', 'greylisting', 'expired', /Greylisted/],
	['451 4.7.1 Greylisting in action, please come back in 00:05:00', 'greylisting', 'expired', /Greylisted/],
	['451 4.7.1 Greylisting in action, please come back later', 'greylisting', 'expired', /Greylisted/],
	['450 4.7.1 <user@example.com>: Recipient address rejected: Greylisted for 5 minutes', 'greylisting', 'expired', /Greylisted/],
	['422 4.2.2 Greylisted, please try again in a few moments.', 'greylisting', 'expired', /Greylisted/],
	['450 4.7.1 Grey-listed, try again later', 'greylisting', 'expired', /Greylisted/],
	['451 4.7.1 You have been graylisted, please retry', 'greylisting', 'expired', /Greylisted/],
	['451 4.7.1 Sender added to the grey list, try again later', 'greylisting', 'expired', /Greylisted/],
];

describe('greylisting replies', () => {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
		expect(found?.rule.retry).toBe('will-retry');
	});

	it.each(rows)('finds its rule inside a whole bounce, and the recipient’s reason is its: %s', line => {
		const {card} = readInBounce(line, 'mx.example.net', 'bob@example.net');
		expect(card?.provider, JSON.stringify(card)).toBe('greylisting');
		// A delay report: the words say greylisting, so the recipient waits for the retry, not a refusal.
		const report = decodeText(postfixBounce(line, 'mx.example.net', 'bob@example.net'));
		// Words that name a reason of their own keep it (a rule that does not decide wins only over a
		// generic refusal or no reason at all): Sisimai's table reads "greylisted … please try again in" as
		// spamdetected, "try again later" as systemerror; the corpus reasons follow it, so the verdict does too.
		const own = /\bgreylisted.{0,100} please try again in/i.test(line) ? 'spamdetected' : /\btry again later\b/i.test(line) ? 'systemerror' : greylisting.rules[0]!.reason;
		expect(report.recipients[0]?.reason).toBe(own);
		expect(reportVerdict(report).recipients[0]?.outcome).toBe('delayed');
	});

	it('lets a provider’s own greylisting rule win', () => {
		expect(resolve('451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 greylisting', {provider: 'mimecast'})?.provider).toBe('mimecast');
	});

	it('leaves other words alone', () => {
		expect(resolve('450 4.2.0 Mailbox temporarily unavailable')).toBeUndefined();
		expect(resolve('550 5.7.1 grey area in your listing')).toBeUndefined();
		expect(resolve('550 5.7.1 Greyhound listings are not accepted here')).toBeUndefined();
		// rspamd's default greylisting text does not say greylisting: it is read by its code.
		expect(resolve('451 4.7.1 Try again later')).toBeUndefined();
	});
});
