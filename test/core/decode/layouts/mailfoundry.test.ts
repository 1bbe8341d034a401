import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

describe('MailFoundry notice', () => {
	test('the reply after "Server host[ip] failed with:" under "Delivery failed for the following reason:"', () => {
		const r = decodeText(
			'Unable to deliver message to: <bob@example.org>\nDelivery failed for the following reason:\nServer mx22.example.org[192.0.2.222] failed with: 550 <bob@example.org> No such user here\n\nThis has been a permanent failure.  No further delivery attempts will be made.\n',
		);
		expect(r.recipients[0]).toMatchObject({recipient: 'bob@example.org', diagnostic: '550 <bob@example.org> No such user here', remoteMta: 'mx22.example.org', reason: 'userunknown', replyCode: '550'});
	});
});
