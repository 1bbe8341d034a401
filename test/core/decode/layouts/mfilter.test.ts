import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

describe('m-FILTER notice', () => {
	test('address lines, then the server message and the SMTP command under their markers', () => {
		const r = decodeText(
			'このメールは「m-FILTER」が自動的に生成して送信しています。\n\n以下のメールアドレスへの送信に失敗しました。\nbob@example.net\n\n\n-------server message\n550 5.1.1 unknown user <bob@example.net>\n\n-------SMTP command\nRCPT\n\n-------original message\n\nTo: carol@example.net\n',
		);
		expect(r.recipients).toHaveLength(1);
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.net', command: 'RCPT', status: '5.1.1', reason: 'userunknown', diagnostic: '550 5.1.1 unknown user <bob@example.net>'});
	});
});
