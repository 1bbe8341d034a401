import {describe, expect, it} from 'vitest';
import {testRows} from './bounce';
import {resolve, type Row} from './helpers';

// Lines written from Google's "Gmail SMTP errors and codes" table and its sender-guidelines FAQ.
const rows: Row[] = [
	['421-4.7.40 Your email has been rate limited. a1si1.1 - gsmtp', 'google', 'authfailure', /No DMARC record for a bulk sender \(rate limited\)/],
	['550-5.7.40 This message was blocked. a1si1.1 - gsmtp', 'google', 'authfailure', /No DMARC record for a bulk sender \(blocked\)/],
	['421-4.7.31 a1si1.1 - gsmtp', 'google', 'authfailure', /No DMARC policy/],
	['530 5.5.1 Authentication Required. Learn more at https://support.google.com/mail/?p=WantAuthError d1sm1234567.1 - gsmtp', 'google', 'securityerror', /log in before sending/],
	['530-5.5.1 Authentication Required. Learn more at 530 5.5.1 https://support.google.com/mail/?p=WantAuthError d1sm1234567.1 - gsmtp', 'google', 'securityerror', /log in before sending/],
	['535 5.5.4 Optional Argument not permitted for that AUTH mode. d1sm1234567.1 - gsmtp', 'google', 'syntaxerror', /AUTH command carried an argument/],
	['534-5.7.9 Please log in with your web browser and then try again. Learn more at 534 5.7.9 https://support.google.com/mail/?p=WebLoginRequired d1sm1234567.1 - gsmtp', 'google', 'securityerror', /sign in through a browser/],
];

describe('gmail codes without their sentence, and older login texts', () => {
	testRows(rows, 'smtp.gmail.com', 'bob@gmail.com');

	it('keeps the registry and the older Gmail rules for look-alikes', () => {
		expect(resolve('504 5.7.40 Unrecognized authentication type. - gsmtp')?.title).toMatch(/mechanism not supported/);
		expect(resolve('503 5.5.1 Bad sequence of commands. - gsmtp')?.title).toMatch(/command refused/);
		expect(resolve('501 5.5.4 HELO/EHLO argument is invalid. - gsmtp')?.title).toMatch(/HELO/);
		expect(resolve('534-5.7.14 Please log in through your web browser and then try again. - gsmtp')?.title).toMatch(/browser step/);
		// Without a Gmail mark the words are any server's: no Google reading.
		expect(resolve('530 5.5.1 Authentication Required')).toBeUndefined();
		expect(resolve('550 5.7.40 blocked by mx.example.net')?.provider).not.toBe('google');
	});
});
