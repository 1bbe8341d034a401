// Items taken a few at a time, a stage at a time: each item's rendering is the one it has alone.
import {describe, expect, it} from 'vitest';
import {batches, renderBatch, STAGE_BATCH, STAGE_BYTES} from '../../src/cli/batch';
import type {Item} from '../../src/cli/inputs';
import {renderer, renderItem, type Rendered} from '../../src/cli/render';
import {decodeMessagesLight} from '../../src/core/decode';
import {emailScope} from '../../src/core/email-scope';
import {bounce} from './helpers';

const content = (text: string, label = 'in.eml'): Item => ({label, type: 'content', value: new TextEncoder().encode(text)});
const render = renderer({format: 'json', explanations: true, width: 80, colour: false});

/** A bounce left to postal-mime (a comment in an encoding): decoded asynchronously. */
function postalBounce(recipient: string): string {
	const mail = bounce(recipient);
	const postal = mail.replace(/Content-Type: message\/delivery-status(\r?\n)/, (line, nl: string) => `${line}Content-Transfer-Encoding: 7bit (plain)${nl}`);
	expect(decodeMessagesLight(new TextEncoder().encode(postal))).toBeUndefined();
	return postal;
}

async function alone(items: Item[]): Promise<Rendered[]> {
	const out: Rendered[] = [];
	for (const item of items) out.push(await renderItem(item, render));
	return out;
}

describe('renderBatch', () => {
	const items: Item[] = [
		content(bounce('a@b.example'), 'a.eml'),
		{label: '550 5.1.1', type: 'code', value: '550 5.1.1'},
		content(bounce('c@d.example', '4.2.2', '452 4.2.2 Mailbox full'), 'c.eml'),
		{label: 'gone.eml', type: 'error', error: 'no such file or folder.'},
		content('Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found\'', 'text'),
		content(bounce('a@b.example'), 'again.eml'),
	];

	it('renders each item as it renders alone, in order, though every decoding comes before any result', async () => {
		const expected = await alone(items);
		const before = emailScope();
		const batch = renderBatch(items, render);
		expect(batch).not.toBeInstanceOf(Promise);
		expect(batch).toEqual(expected);
		// One scope per decoded email: the later items' decodings began before the first's codes were read.
		expect(emailScope()).toBeGreaterThanOrEqual(before + 4);
		expect((batch as Rendered[]).map(r => JSON.parse(r.out).input)).toEqual(['a.eml', '550 5.1.1', 'c.eml', 'gone.eml', 'text', 'again.eml']);
	});

	it('awaits the decodings that need postal-mime, and renders the rest as they render alone', async () => {
		const mixed = [items[0]!, content(postalBounce('p@q.example'), 'postal.eml'), items[2]!, content(postalBounce('r@s.example'), 'postal2.eml')];
		const batch = renderBatch(mixed, render);
		expect(batch).toBeInstanceOf(Promise);
		expect(await batch).toEqual(await alone(mixed));
	});

	it('fails an item whose processing throws alone, with the message renderItem gives it', async () => {
		const broken = {label: 'broken', type: 'content', value: null} as unknown as Item;
		const mixed = [items[0]!, broken, items[2]!];
		const batch = (await renderBatch(mixed, render)) as Rendered[];
		expect(batch).toEqual(await alone(mixed));
		expect(JSON.parse(batch[1]!.out).error).toMatch(/^could not process: /);
		expect(JSON.parse(batch[0]!.out).kind).toBe('bounce');
	});
});

describe('batches', () => {
	const item = (n: number, bytes = 10): Item => ({label: String(n), type: 'content', value: new Uint8Array(bytes)});
	const sizes = (list: Iterable<Item[]>): number[] => [...list].map(batch => batch.length);

	it('gives the first items one at a time, then STAGE_BATCH at a time, and the rest at the end', () => {
		const items = Array.from({length: 3 + 2 * STAGE_BATCH + 3}, (_, n) => item(n));
		expect(sizes(batches(items, 3))).toEqual([1, 1, 1, STAGE_BATCH, STAGE_BATCH, 3]);
		expect([...batches(items, 3)].flat()).toEqual(items);
		expect(sizes(batches([], 3))).toEqual([]);
	});

	it('takes no more items into a batch once it holds STAGE_BYTES of content', () => {
		const big = STAGE_BYTES / 2;
		const items = [item(0, big), item(1, big), item(2, big), item(3), item(4)];
		expect(sizes(batches(items, 0))).toEqual([2, 3]);
	});

	it('gives the items taken before the inputs failed, then throws their failure', () => {
		function* failing(): Generator<Item> {
			yield item(0);
			yield item(1);
			throw new Error('standard input closed');
		}
		const seen: number[] = [];
		expect(() => {
			for (const batch of batches(failing(), 0)) seen.push(batch.length);
		}).toThrow('standard input closed');
		expect(seen).toEqual([2]);
	});

	it('closes the items it was given when the run stops early', () => {
		let closed = false;
		function* source(): Generator<Item> {
			try {
				for (let n = 0; ; n++) yield item(n);
			} finally {
				closed = true;
			}
		}
		for (const batch of batches(source(), 0)) {
			expect(batch).toHaveLength(STAGE_BATCH);
			break;
		}
		expect(closed).toBe(true);
	});
});
