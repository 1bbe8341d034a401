// The decoder's own code and command finders (decode/codes.ts).
import {describe, expect, it} from 'vitest';
import {COMMANDS, findCommand, findReply, findStatuses, labelledCommand, pairedReply} from '../../../src/core/decode/codes';
import {sample, seeded} from '../regex-sample';

/** The definition: the first command of the list whose pattern the text holds. */
const oneByOne = (text: string): string => COMMANDS.find(([re]) => re.test(text))?.[1] ?? '';

describe('findCommand', () => {
	it('names the command a reply answered, the first of the list when several are named', () => {
		expect(findCommand('550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)')).toBe('RCPT');
		expect(findCommand('554 5.7.1 Message rejected (in reply to end of DATA command)')).toBe('DATA');
		expect(findCommand('host mx.example.org said: 553 sender address rejected (in reply to MAIL FROM command)')).toBe('MAIL');
		expect(findCommand('>>> .\n')).toBe('DATA');
		expect(findCommand('mail from rcpt to')).toBe('RCPT');
		expect(findCommand('550 5.1.1 The email account that you tried to reach does not exist. gsmtp')).toBe('');
		expect(findCommand('bob@rcpt.example.org: 550 no such user')).toBe('');
	});

	it('finds what trying each command in turn finds, on texts shaped by the patterns', () => {
		const random = seeded(2026);
		const filler = ['', ' ', '550 5.7.1 ', 'host mx1.example.net[192.0.2.1] said: ', '\n', 'x', '.', '@'];
		const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
		let named = 0;
		for (let n = 0; n < 3000; n++) {
			let text = '';
			for (let k = 0, parts = 1 + Math.floor(random() * 3); k < parts; k++) text += pick(filler) + (random() < 0.8 ? sample(pick(COMMANDS)[0], random) : 'no command here');
			if (n % 4 === 1) text = text.toUpperCase();
			if (n % 5 === 2 && text.length > 2) text = text.slice(1, -1);
			expect(findCommand(text), JSON.stringify(text)).toBe(oneByOne(text));
			if (oneByOne(text)) named++;
		}
		expect(named).toBeGreaterThan(1500);
	});
});

describe('status and reply codes', () => {
	it('reads enhanced codes in order, not versions or addresses', () => {
		expect(findStatuses('550 5.1.1 user unknown; remote said 4.2.2 over quota, Dovecot version 2.3.16, 192.5.1.1')).toEqual(['5.1.1', '4.2.2']);
	});

	it('reads the reply code of the class asked, or a failure before a success', () => {
		expect(findReply('250 ok; 550 5.1.1 no such user')).toBe('550');
		expect(findReply('250 ok; 452 4.2.2 full', '4')).toBe('452');
		expect(findReply('552 bytes exceeded')).toBe('');
		expect(pairedReply('said: 550 4.4.7 QUEUE.Expired', '4.4.7')).toBe('550');
		expect(labelledCommand('Reporting-MTA: dns; mx.example\n  SMTP command: RCPT\n')).toBe('RCPT');
	});
});
