import {describe, expect, it} from 'vitest';
import {tls} from '../../../src/core/receivers/situations-tls';
import {readBounce, sendingSideBounce} from './sending-side';
import {testSituation, type SituationRow} from './situations';

// The sending server's words when its TLS policy for the destination could not be met.
const rows: SituationRow[] = [
	['TLS is required, but was not offered by host mx.example.net[192.0.2.25]', '4.7.4', /does not offer it/],
	['a TLS session is required, but the server did not offer TLS support', '5.0.0', /does not offer it/],
	['Cannot start TLS: handshake failure', '4.7.5', /handshake/],
	['TLS is required, but host mx.example.net[192.0.2.25] refused to start TLS: 502 5.5.1 Error: command not implemented', 'alone', /handshake/],
	['454 4.3.0 TLS not available due to local problem', '', /TLS is not working/],
	['a TLS session is required, but an attempt to start TLS failed', '5.0.0', /handshake/],
	['Server certificate not verified', '4.7.5', /certificate/],
	['Server certificate not trusted', '4.7.5', /certificate/],
	['TLS session failure: (SSL_connect): error:0A000086:SSL routines::certificate verify failed', '4.0.0', /certificate/],
	['TLSA lookup error for mx.example.net:25', '4.7.5', /DANE/],
];

const lookAlikes = [
	'530 5.7.0 Must issue a STARTTLS command first',
	'454 4.7.0 Error: too many new TLS sessions from mail.example.org[192.0.2.1]',
	'Please verify the certificate attached to your order',
	'550 5.7.1 Client certificate required',
];

describe('TLS situations', () => {
	testSituation(tls, rows, lookAlikes);

	it('reads the refusal Postfix quotes by the receiving server’s own words', async () => {
		const words = 'TLS is required, but host mx.example.net[192.0.2.25] refused to start TLS: 454 4.3.0 TLS not available due to local problem';
		const {cards} = await readBounce(sendingSideBounce(words, '4.3.0'));
		expect(cards).toContainEqual(expect.objectContaining({code: '454 4.3.0', provider: 'tls', title: expect.stringMatching(/TLS is not working/)}));
	});
});
