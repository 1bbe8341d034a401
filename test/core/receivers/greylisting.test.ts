import {describe, expect, it} from 'vitest';
import {resolve, type Row} from './helpers';

// Greylisting replies in the shapes greylisting servers write (Postgrey through Postfix, milter-greylist, others).
const rows: Row[] = [
	['450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html', 'greylisting', 'expired', /Greylisted/],
	['451 4.7.1 Greylisting in action, please come back later', 'greylisting', 'expired', /Greylisted/],
	['450 4.7.1 <user@example.com>: Recipient address rejected: greylisted for 300 seconds', 'greylisting', 'expired', /Greylisted/],
];

describe('greylisting replies', () => {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
		expect(found?.rule.retry).toBe('will-retry');
	});

	it('lets a provider’s own greylisting rule win', () => {
		expect(resolve('451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 greylisting', {provider: 'mimecast'})?.provider).toBe('mimecast');
	});

	it('leaves other words alone', () => {
		expect(resolve('450 4.2.0 Mailbox temporarily unavailable')).toBeUndefined();
		expect(resolve('550 5.7.1 grey area in your listing')).toBeUndefined();
	});
});
