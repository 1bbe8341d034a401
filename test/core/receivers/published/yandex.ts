// The phrases Yandex's non-delivery help lists.
import {entriesOf, worded, type PublishedList} from './types';

const LINES: string[] = [
	'554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1638412345-AbCdEfGh01-XyZ',
	'554 5.7.1 Blocked by spam statistics - see https://ya.cc/1IrBc',
	'550 5.7.1 Policy rejection on the target address',
	'552 5.2.2 Mailbox size limit exceeded',
	'552 5.2.2 Mailbox size exceeded',
	'554 5.7.1 Message infected by virus',
	'550 5.7.1 No such user!',
	'501 5.1.3 Bad recipient address syntax',
	'554 5.5.1 Error: no correct recipients',
];

export const yandex: PublishedList = {
	provider: 'yandex',
	name: 'Yandex',
	title: 'Yandex Mail: report on non-delivery',
	source: 'https://yandex.com/support/mail/bounces/yandex/policy-rejection-on-the-target-address.html',
	host: 'mx.yandex.ru',
	recipient: 'neko@yandex.ru',
	entries: entriesOf(LINES, worded),
	// Yandex's help has a page per refusal; these are the ones transcribed.
	partOfPage: true,
};
