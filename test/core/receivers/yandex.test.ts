import {yandex} from '../../../src/core/receivers/yandex';
import {testTable} from './bounce';

// Replies in the words Yandex's help page lists, in the shape its MX writes them.
testTable({
	receiver: yandex,
	host: 'mx.yandex.ru',
	recipient: 'neko@yandex.ru',
	rows: [
		['554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1638412345-AbCdEfGh01-XyZ', 'spamdetected', /taken for spam/],
		['554 5.7.1 Blocked by spam statistics - see https://ya.cc/1IrBc', 'blocked', /24 hours/],
		['550 5.7.1 Policy rejection on the target address', 'suspend', /account blocked/],
		['552 5.2.2 Mailbox size limit exceeded', 'mailboxfull', /mailbox full/],
		['552 5.2.2 Mailbox size exceeded', 'mailboxfull', /mailbox full/],
		['554 5.7.1 Message infected by virus', 'virusdetected', /virus/],
		['550 5.7.1 No such user!', 'userunknown', /no mailbox/],
		['501 5.1.3 Bad recipient address syntax', 'userunknown', /no mailbox/],
		['554 5.5.1 Error: no correct recipients', 'userunknown', /no mailbox/],
	],
	lookalikes: [
		'550 5.7.1 Message rejected under suspicion of SPAM',
		'552 5.2.2 Mailbox size limit exceeded',
		'550 5.1.1 No such user here',
		'554 5.7.1 Message infected by virus (mx.example.com)',
	],
});
