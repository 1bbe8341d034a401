import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

const notice = (block: string): string => `This is the mail system at host mx.example.org.\n\n                   The mail system\n\n${block}\n`;

describe('Postfix: the command its client had sent', () => {
	test.each([
		['<bob@example.net>: lost connection with mx.example.net[192.0.2.25] while sending\n    end of data -- message may be sent more than once', 'DATA'],
		['<bob@example.net>: conversation with mx.example.net[192.0.2.25] timed out while\n    sending RCPT TO', 'RCPT'],
		['<bob@example.net>: host mx.example.net[192.0.2.25] said: 552 5.3.4 Message\n    size exceeds fixed limit (in reply to MAIL FROM command)', 'MAIL'],
	])('%s → %s', (block, command) => {
		expect(decodeText(notice(block)).recipients[0]).toMatchObject({recipient: 'bob@example.net', command});
	});
});
