import {describe, expect, it} from 'vitest';
import {MAX_CODES, MAX_LINE, MAX_STRING} from '../../src/cli/limits';
import {bounded, processItem} from '../../src/cli/run';
import {bounce} from './helpers';
import {decodeMessagesLight} from '../../src/core/decode';
import {emailScope} from '../../src/core/email-scope';

const content = (text: string, extra: object = {}) => ({label: 'in.eml', type: 'content' as const, value: new TextEncoder().encode(text), ...extra});

describe('processItem: one item, one bounded result', () => {
	it('decodes a bounce with a stray NUL at its end like the same bounce without it', async () => {
		const mail = bounce('a@b.example');
		const [plain, withNul] = await Promise.all([processItem(content(mail)), processItem(content(`${mail}\0`))]);
		expect(withNul.kind).toBe('bounce');
		expect(withNul.recipients).toEqual(plain.recipients);
	});

	it('explains a bounce\'s codes in the email scope it was decoded in; items decoded together each in their own', async () => {
		const mail = bounce('a@b.example');
		const alone = await processItem(content(mail));
		let before = emailScope();
		expect(await processItem(content(mail))).toEqual(alone);
		expect(emailScope()).toBe(before + 1);
		// Read by the light MIME splitter, items decoded together are decoded one after the other.
		before = emailScope();
		expect(await Promise.all([processItem(content(mail)), processItem(content(mail))])).toEqual([alone, alone]);
		expect(emailScope()).toBe(before + 2);
		// Left to postal-mime (a comment in an encoding), they are decoded asynchronously, interleaved:
		// an item whose decode another item's began after explains in a scope of its own.
		const postal = mail.replace(/Content-Type: message\/delivery-status(\r?\n)/, (line, nl: string) => `${line}Content-Transfer-Encoding: 7bit (plain)${nl}`);
		expect(decodeMessagesLight(new TextEncoder().encode(postal))).toBeUndefined();
		const one = await processItem(content(postal));
		expect(one.recipients).toEqual(alone.recipients);
		before = emailScope();
		expect(await Promise.all([processItem(content(postal)), processItem(content(postal))])).toEqual([one, one]);
		expect(emailScope()).toBeGreaterThan(before + 2);
	});

	it('gives the codes’ offsets in the input as given, whatever the decoder does with its bytes', async () => {
		// Trailing blanks the MIME step trims, in a Node Buffer (whose slice() is a view, not a copy).
		const mail = `X-Spam-Level: \r\nX-Other: x  \r\n${bounce('a@b.example')}`;
		const plain = await processItem(content(mail));
		const buffer = await processItem({label: 'in.eml', type: 'content', value: Buffer.from(mail)});
		expect(buffer.codes).toEqual(plain.codes);
		expect(plain.codes.length).toBeGreaterThan(1);
		for (const c of plain.codes) expect(mail.slice(c.start, c.end)).toBe(c.code);
	});

	it('caps codes[] and says so, and clips strings taken from the input', async () => {
		const many = Array.from({length: MAX_CODES + 200}, (_, i) => `550 5.1.1 <u${i}@b.example> user unknown`).join('\n');
		const result = await processItem(content(many));
		expect(result.codes).toHaveLength(MAX_CODES);
		expect(result.codesTruncated).toBe(true);
		const long = await processItem(content(bounce('a@b.example', '5.1.1', `550 5.1.1 ${'blah '.repeat(2000)}`)));
		expect(long.recipients[0]!.diagnostic.length).toBeLessThanOrEqual(MAX_STRING);
		expect(long.recipients[0]!.diagnostic.endsWith('…')).toBe(true);
		expect(long).not.toHaveProperty('codesTruncated');
	});

	it('numbers an mbox message, marks a cut input, and keeps the contract’s key order', async () => {
		const result = await processItem(content(bounce('a@b.example'), {message: 4, truncated: true}));
		expect(Object.keys(result)).toEqual(['input', 'message', 'kind', 'summary', 'recipients', 'codes', 'inputTruncated', 'explanations']);
		expect(result).toMatchObject({input: 'in.eml', message: 4, kind: 'bounce', inputTruncated: true});
	});

	it('without codes (an output that shows none), reads no codes and gives the same recipients, kind and summary', async () => {
		const mail = bounce('a@b.example');
		const whole = await processItem(content(mail));
		const before = emailScope();
		const bare = await processItem(content(mail), false);
		// One scope, the decoding's: no explainText began another.
		expect(emailScope()).toBe(before + 1);
		expect(whole.codes.length).toBeGreaterThan(1);
		expect(bare).toEqual({input: 'in.eml', kind: whole.kind, summary: whole.summary, recipients: whole.recipients, codes: []});
		expect(Object.keys(bare)).toEqual(['input', 'kind', 'summary', 'recipients', 'codes']);
		// A text with no whole bounce: its summary is the report's, not its first reply's.
		const line = await processItem(content('550 5.1.1 user unknown'), false);
		expect(line).toMatchObject({kind: 'none', codes: []});
		expect(line.summary).not.toBe((await processItem(content('550 5.1.1 user unknown'))).summary);
		expect(line).not.toHaveProperty('explanations');
		// A code keeps its explanation, without codes[].
		expect(await processItem({label: '5.1.1', type: 'code', value: '5.1.1'}, false)).toMatchObject({kind: 'code', codes: [], explanation: {code: '5.1.1'}});
	});

	it('gives an error item its message, and a code its explanation', async () => {
		expect(await processItem({label: 'x', type: 'error', error: 'no such file or folder.'})).toEqual({input: 'x', kind: 'invalid', summary: 'no such file or folder.', recipients: [], codes: [], error: 'no such file or folder.'});
		expect(await processItem({label: '5.1.1', type: 'code', value: '5.1.1'})).toMatchObject({kind: 'code', explanation: {code: '5.1.1'}});
	});
});

describe('bounded: no output line past MAX_LINE', () => {
	it('halves the recipients of a result whose line would be larger, and says so', () => {
		// Control characters take six bytes each in JSON: the worst a clipped string can weigh.
		const diagnostic = '\u0001'.repeat(MAX_STRING);
		const recipients = Array.from({length: 900}, (_, i) => ({recipient: `u${i}@b.example`, status: '5.1.1', replyCode: '550', reason: 'userunknown' as const, hardBounce: true, action: 'failed', diagnostic, command: '', remoteMta: diagnostic}));
		const result = bounded({input: 'x', kind: 'bounce', summary: '', recipients, codes: []});
		expect(Buffer.byteLength(JSON.stringify(result))).toBeLessThanOrEqual(MAX_LINE);
		expect(result.recipientsTruncated).toBe(true);
		expect(result.recipients.length).toBeGreaterThan(10);
	});
});
