/** @vitest-environment happy-dom */
// No internal code in a sentence: every fixture of the repository (no corpus) is decoded, and no
// summary, headline or advice a person reads shows the decoder's internal `X.0.9NN` statuses, which
// may stay in the JSON `status` for comparison with the corpus.
import {readdirSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {describe, expect, test} from 'vitest';
import {decodeBounce, decodeText} from '../../src/core/decode';
import {isPseudoStatus} from '../../src/core/reasons';
import type {BounceReport} from '../../src/core/types';
import {reportVerdict} from '../../src/core/verdict';
import {negatives, positives} from '../helpers/diagnostics';

const INTERNAL = /\b[45]\.0\.9\d\d\b/;

const WEBMAIL = resolve(import.meta.dirname, '../fixtures/webmail');
const BOUNCES = resolve(import.meta.dirname, '../fixtures/bounces');

/** What a webmail shows of a fixture page: its text, or for a raw view its raw message. */
function pageText(name: string): {raw: boolean; text: string} {
	// Frames are not loaded: a fixture's frame content is a page of its own.
	const html = readFileSync(resolve(WEBMAIL, name), 'utf8').replace(/<iframe\b/gi, '<div');
	const doc = new DOMParser().parseFromString(html, 'text/html');
	const raw = doc.querySelector('pre#raw_message_text');
	return raw ? {raw: true, text: raw.textContent ?? ''} : {raw: false, text: doc.body.textContent ?? ''};
}

/** A diagnostic line as a Postfix notice quotes a remote reply, so the line becomes a recipient's result. */
const asPostfixNotice = (line: string): string =>
	`This is the mail system at host mx.sender.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<bob@rcpt.example>: host mx.rcpt.example[192.0.2.10] said: ${line}\n`;

async function reports(): Promise<{name: string; report: BounceReport}[]> {
	const list: {name: string; report: BounceReport}[] = [];
	for (const name of readdirSync(WEBMAIL).filter(n => n.endsWith('.html'))) {
		const {raw, text} = pageText(name);
		list.push({name, report: raw ? await decodeBounce(text) : decodeText(text)});
	}
	for (const name of readdirSync(BOUNCES).filter(n => n.endsWith('.eml') || n.endsWith('.txt'))) {
		list.push({name, report: await decodeBounce(readFileSync(resolve(BOUNCES, name)))});
	}
	const lines = [...positives().map(p => p.input), ...negatives()];
	for (const [i, line] of lines.entries()) {
		list.push({name: `diagnostics #${i}`, report: decodeText(line)}, {name: `diagnostics #${i} in a notice`, report: decodeText(asPostfixNotice(line))});
	}
	return list;
}

describe('no internal code in a sentence, over every fixture', () => {
	test('summaries, headlines and advice show only the server’s own codes', async () => {
		let pseudo = 0;
		let recipients = 0;
		for (const {name, report} of await reports()) {
			const v = reportVerdict(report);
			expect(report.summary, name).toBe(v.summary);
			expect(v.summary, name).not.toMatch(INTERNAL);
			for (const [i, one] of v.recipients.entries()) {
				recipients++;
				if (isPseudoStatus(report.recipients[i]!.status)) pseudo++;
				expect(`${one.headline} ${one.advice} ${one.codes}`, name).not.toMatch(INTERNAL);
			}
		}
		// The guard is exercised: fixtures decode to recipients, some of them with an internal status.
		expect(recipients).toBeGreaterThan(100);
		expect(pseudo).toBeGreaterThan(0);
	});
});
