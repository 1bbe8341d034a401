import {describe, expect, test} from 'vitest';
import {decodeBounce, decodeText} from '../../src/core/decode';
import {htmlToText} from '../../src/core/decode/text';
import {bestOfTwo} from '../helpers/timing';

// A bounce quotes text its sender controls. Each layout is reached by its own opening words, then
// fed one long run of a single character or short unit: the runs that made an unanchored `x{3,}`
// or a `[ \t]*…[ \t]*` pair retry every position of the run (quadratic time). Linear code takes
// about 8× as long for 8× the input; the bound leaves room for a noisy machine, not for n².
const OPENINGS: Record<string, string> = {
	none: '',
	exchange: 'Delivery has failed to these recipients or groups:\n',
	postfix: 'This is the mail system at host mx.example.org.\n\n<a@example.com>: host mx said: ',
	sendmail: '----- The following addresses had permanent fatal errors -----\n<a@example.com>\n    ',
	qmail: "Hi. This is the qmail-send program at example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n<a@example.com>:\n",
	exim: 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:\n\n  a@example.com\n    ',
	dsn: 'Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; ',
	gmail: "Address not found\nYour message wasn't delivered to a@example.com because the address couldn't be found.\nThe response from the remote server was:\n",
	microsoft: "Your message to a@example.com couldn't be delivered.\nDiagnostic information for administrators:\nRemote Server returned '",
	communigate: "Failed to deliver to '<a@example.com>'\nSMTP module(domain example.com) reports:\n host mx.example.com says:\n",
};
const UNITS = [' ', '\t', '-', '.', '=', '5.', 'a.b', '\n ', '#', '>', '<'];

const SMALL = 4_000;
const LARGE = 32_000;

const elapsed = bestOfTwo;

function hostile(opening: string, unit: string, size: number): string {
	return `${opening}${unit.repeat(Math.ceil(size / unit.length))}\n550 5.1.1 a@example.com`;
}

describe('decoding time grows linearly with hostile runs', () => {
	for (const [name, opening] of Object.entries(OPENINGS)) {
		test(`after the ${name} opening`, () => {
			for (const unit of UNITS) {
				decodeText(hostile(opening, unit, 500)); // compile the lazily built patterns first
				const small = elapsed(() => decodeText(hostile(opening, unit, SMALL)));
				const large = elapsed(() => decodeText(hostile(opening, unit, LARGE)));
				expect({unit, large: large < 25 * Math.max(small, 1) + 40}).toEqual({unit, large: true});
			}
		});
	}

	test('HTML with long blank runs becomes text in linear time', () => {
		const page = (n: number) => `<p>a${' \t'.repeat(n)}b</p>${' '.repeat(n)}<br>`;
		const small = elapsed(() => htmlToText(page(SMALL)));
		const large = elapsed(() => htmlToText(page(LARGE)));
		expect(large).toBeLessThan(25 * Math.max(small, 1) + 40);
		expect(htmlToText('<p>one  \t\nand two</p>')).toBe('one\nand two\n');
	});

	test('text opening with runs of HTML comments is told from a saved page in linear time', async () => {
		for (const unit of ['<!--a-->', '<!--', '<!-- --> ']) {
			const text = (n: number) => `${unit.repeat(Math.ceil(n / unit.length))}\n550 5.1.1 a@example.com`;
			await decodeBounce(text(500));
			let small = Infinity;
			let large = Infinity;
			for (let round = 0; round < 2; round++) {
				let start = performance.now();
				await decodeBounce(text(SMALL));
				small = Math.min(small, performance.now() - start);
				start = performance.now();
				await decodeBounce(text(LARGE));
				large = Math.min(large, performance.now() - start);
			}
			expect({unit, large: large < 25 * Math.max(small, 1) + 40}).toEqual({unit, large: true});
		}
	});

	test('an HTML-only message full of blanks decodes within the budget', async () => {
		const raw = `From: a@example.com\nContent-Type: text/html\n\n<p>x${' '.repeat(200_000)}y</p>`;
		const start = performance.now();
		await decodeBounce(raw);
		expect(performance.now() - start).toBeLessThan(1_000);
	});
});
