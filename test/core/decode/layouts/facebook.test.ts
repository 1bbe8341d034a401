import {describe, expect, test} from 'vitest';
import {facebookCodeReason} from '../../../../src/core/decode/layouts/facebook';
import {decodeBounce} from '../../../../src/core/decode';

describe('Facebook response codes', () => {
	test.each([
		['550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp Refused due to recipient preferences', 'filtered'],
		['550 5.1.1 RCP-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp', 'userunknown'],
		['421 4.7.1 POL-T1 http://postmaster.facebook.com/response_codes#pol', 'notaccept'],
		['554 5.7.1 DNS-P3 http://postmaster.facebook.com/response_codes#dns', 'rejected'],
		['451 4.3.0 INT-T2 http://postmaster.facebook.com/response_codes#int', 'systemerror'],
	])('%s → %s', (diagnostic, reason) => {
		expect(facebookCodeReason(diagnostic)).toBe(reason);
	});

	test('a code of that shape from anyone else is not Facebook\'s', () => {
		expect(facebookCodeReason('550 5.1.1 RCP-P2 user unknown')).toBeUndefined();
	});

	test('the code decides over the enhanced code of the reply', async () => {
		const raw =
			'From: Facebook <mailer-daemon@mx.facebook.com>\nTo: alice@example.org\nSubject: Sorry, your message could not be delivered\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="fb"\n\n--fb\nContent-Type: text/plain\n\nThis message was created automatically by Facebook.\n\n--fb\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; 192.0.2.200\n\nDiagnostic-Code: smtp; 550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp Refused due to recipient preferences\nStatus: 5.1.1\nFinal-Recipient: rfc822; bob@facebook.com\nAction: failed\n\n--fb--\n';
		expect((await decodeBounce(raw)).recipients[0]).toMatchObject({recipient: 'bob@facebook.com', reason: 'filtered'});
	});
});
