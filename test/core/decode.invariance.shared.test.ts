import {readFileSync, readdirSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {decodeBounce, decodeText} from '../../src/core/decode';
import {displayedText} from '../../scripts/eval-lib';
import type {BounceReport} from '../../src/core/types';

// Changes a mail system or a page makes without changing what a bounce says must not change its
// verdict. Checked over every corpus email (raw) and its displayed text part.
const EMAILS = new URL('../../../shared/corpus/emails/', import.meta.url);
const raws = readdirSync(EMAILS)
	.filter((f) => f.endsWith('.eml'))
	.sort()
	.map((f) => readFileSync(new URL(f, EMAILS), 'latin1'));

const verdict = (r: BounceReport): string[] => r.recipients.map((x) => `${x.recipient} ${x.status} ${x.replyCode} ${x.reason} ${x.hardBounce}`);
const bytes = (latin1: string): Uint8Array => new Uint8Array(Buffer.from(latin1, 'latin1'));

const RAW_CHANGES: Record<string, (s: string) => string> = {
	'CRLF line ends': (s) => s.replace(/\r?\n/g, '\r\n'),
	'blanks padding every line (transport agents add them; RFC 2045 §6.7)': (s) => s.replace(/([^\r\n])(\r?\n)/g, '$1 \t$2'),
	'DSN field names in other case': (s) => s.replace(/^(Final-Recipient|Original-Recipient|Action|Status|Diagnostic-Code|Remote-MTA|Reporting-MTA):/gim, (m) => m.toUpperCase()),
};

const TEXT_CHANGES: Record<string, (s: string) => string> = {
	'indentation rendered as no-break spaces': (s) => s.replace(/^ +/gm, (m) => '\u00a0'.repeat(m.length)),
	'every space rendered as a no-break space': (s) => s.replace(/ /g, '\u00a0'),
	'CRLF line ends': (s) => s.replace(/\n/g, '\r\n'),
	'blanks padding every line': (s) => s.replace(/\n/g, '  \n'),
};

describe('verdicts do not depend on how a bounce was carried or rendered', () => {
	for (const [name, change] of Object.entries(RAW_CHANGES)) {
		test(`raw: ${name}`, async () => {
			const differ: number[] = [];
			for (const [k, raw] of raws.entries()) {
				const changed = change(raw);
				if (changed === raw) continue;
				if (verdict(await decodeBounce(bytes(raw))).join('|') !== verdict(await decodeBounce(bytes(changed))).join('|')) differ.push(k);
			}
			expect(differ).toEqual([]);
		}, 60_000);
	}

	test('displayed text', async () => {
		const texts = await Promise.all(raws.map((raw) => displayedText(bytes(raw))));
		for (const [name, change] of Object.entries(TEXT_CHANGES)) {
			const differ = texts.flatMap((t, k) => (verdict(decodeText(t)).join('|') === verdict(decodeText(change(t))).join('|') ? [] : [k]));
			expect({name, differ}).toEqual({name, differ: []});
		}
	}, 60_000);
});
