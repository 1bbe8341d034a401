import {describe, expect, it} from 'vitest';
import {resolve, type Row} from './helpers';

// Replies pointing to I.UA's explanation pages (mail.i.ua/err/N/).
const rows: Row[] = [
	['550 Message was not accepted -- https://mail.i.ua/err/1/', 'iua', 'norelaying', /relay/],
	['550 Message was not accepted -- https://mail.i.ua/err/2/', 'iua', 'userunknown', /no such user/],
	['550 Message was not accepted -- https://mail.i.ua/err/3/', 'iua', 'suspend', /unused/],
	['552 Message was not accepted -- https://mail.i.ua/err/4/', 'iua', 'mailboxfull', /full/],
	['450 Message was not accepted -- https://mail.i.ua/err/5/', 'iua', 'toomanyconn', /limit/],
	['550 Message was not accepted -- https://mail.i.ua/err/9/', 'iua', 'blocked', /refused/],
	['550 Message was not accepted -- https://mail.i.ua/err/8/', 'iua', 'rejected', /sender address/],
	['550 Message was not accepted -- https://mail.i.ua/err/10/', 'iua', 'filtered', /allowed list/],
];

describe('I.UA error pages', () => {
	it.each(rows)('%s', (line, provider, reason, title) => {
		const found = resolve(line);
		expect(found?.provider).toBe(provider);
		expect(found?.reason).toBe(reason);
		expect(found?.title).toMatch(title);
	});

	it('reads the number whole (10 is not 1)', () => {
		expect(resolve('550 see https://mail.i.ua/err/10/')?.reason).toBe('filtered');
		expect(resolve('550 see https://mail.i.ua/err/42/')).toBeUndefined();
	});
});
