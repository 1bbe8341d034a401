import {describe, expect, it} from 'vitest';
import {formatHuman} from '../../src/cli/format';
import {processItem, type ResultOut} from '../../src/cli/run';
import {REASONS} from '../../src/core/types';
import {bounce} from './helpers';

const decoded = (text: string, label = 'in.eml', isText = false) => processItem({label, type: 'content', value: new TextEncoder().encode(text), ...(isText ? {isText: true as const} : {})});

describe('formatHuman: one result for a person', () => {
	it('heads a file by its path and says the reason in words, never as a token', async () => {
		const out = formatHuman(await decoded(bounce('a@b.example')));
		expect(out.split('\n')[0]).toBe('in.eml — Not delivered');
		expect(out).toMatch(/a@b\.example {2}550 5\.1\.1 · the address does not exist · hard bounce/);
		// The tokens that are no English word (userunknown, mailboxfull…) never show.
		for (const reason of REASONS.filter(r => r.length > 9)) expect(out).not.toMatch(new RegExp(`\\b${reason}\\b`));
	});

	it('heads a text argument by its first 60 characters, never the whole text', async () => {
		const text = `Delivery has failed to these recipients: a@b.example 550 5.1.1 user unknown. ${'More words. '.repeat(50)}`;
		const heading = formatHuman(await decoded(text, text, true), undefined, true).split('\n')[0]!;
		expect(heading, heading).toBe('“Delivery has failed to these recipients: a@b.example 550 5.…” — Not delivered');
		expect(heading.length).toBeLessThan(90);
	});

	it('names the message of an mbox, and lets no control character of the bounce reach the terminal', async () => {
		const result: ResultOut = {...(await decoded(bounce('a@b.example', '5.1.1', '550 5.1.1 \x1b[2J\x1b]0;owned\x07 gone'))), message: 2};
		const out = formatHuman(result);
		expect(out.split('\n')[0]).toBe('in.eml (message 2) — Not delivered');
		// eslint-disable-next-line no-control-regex
		expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
	});
});
