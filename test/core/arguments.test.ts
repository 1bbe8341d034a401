import {describe, expect, it} from 'vitest';
import {objectArgument, textArgument} from '../../src/core/arguments';
import {decodeBounce, explainText, findCodes, findMatches, verdict} from '../../src/core';

describe('arguments at the library edge', () => {
	it('takes a string as it is and says what was given instead of one', () => {
		expect(textArgument('550 5.1.1', 'findCodes')).toBe('550 5.1.1');
		expect(() => textArgument(undefined, 'findCodes')).toThrow(new TypeError('findCodes takes a string, not undefined.'));
		expect(() => textArgument(null, 'f')).toThrow('f takes a string, not null.');
		expect(() => textArgument(550, 'f')).toThrow('f takes a string, not number.');
		expect(() => textArgument(['550'], 'f')).toThrow('f takes a string, not an array.');
		expect(() => textArgument(new Uint8Array([53]), 'f')).toThrow('f takes a string, not bytes (Uint8Array): decode the bytes first (new TextDecoder().decode(bytes)), or give them to decodeBounce, which reads bytes.');
		expect(() => objectArgument('x', 'verdict', 'a recipient')).toThrow(new TypeError('verdict takes a recipient, not string.'));
		expect(() => objectArgument({}, 'verdict', 'a recipient')).not.toThrow();
	});

	it('findCodes, findMatches, explainText and verdict refuse a wrong argument by name, not deep inside', async () => {
		const bytes = Buffer.from('550 5.1.1 user unknown');
		expect(() => findCodes(bytes as unknown as string)).toThrow(/^findCodes takes a string, not bytes \(Buffer\)/);
		expect(() => findMatches(undefined as unknown as string)).toThrow('findMatches takes a string, not undefined.');
		expect(() => explainText(42 as unknown as string)).toThrow('explainText takes a string, not number.');
		const report = await decodeBounce('Final-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n');
		expect(() => verdict(report.recipients[0]!, undefined as never)).toThrow('verdict takes the report as its second argument: verdict(report.recipients[i], report), not undefined.');
		expect(() => verdict('bob@example.net' as never, report)).toThrow(/^verdict takes one recipient of a report and the report/);
		expect(verdict(report.recipients[0]!, report).outcome).toBeTruthy();
		expect(findCodes('550 5.1.1')).toHaveLength(1);
	});
});
