// The README's stream example (docs/examples/bounce-stream.mjs), run as a reader would use it: rows from
// one bounce, a Node stream pipeline, a generator, and a queue consumer that acks and nacks. Here
// 'bounce-decoder' is the source (vitest.config.ts); `npm run test:pack` runs the file on the package.
import {Readable, Writable} from 'node:stream';
import {pipeline} from 'node:stream/promises';
import {describe, expect, test} from 'vitest';
// @ts-expect-error: a plain .mjs example without declarations
import {bounceRows, consumeBounces, decodeStream} from '../../docs/examples/bounce-stream.mjs';
import {dsnEmail} from '../helpers/dsn';

const failed = (address: string, status: string, diagnostic: string) => Buffer.from(dsnEmail({
	recipients: [[`Final-Recipient: rfc822; ${address}`, 'Action: failed', `Status: ${status}`, `Diagnostic-Code: smtp; ${diagnostic}`]],
}));
const UNKNOWN = failed('nobody@example.com', '5.1.1', '550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown');
const FULL = failed('full@example.net', '5.2.2', '552 5.2.2 Mailbox full');
const rowOf = (row: {recipient: string; reason: string; hardBounce: boolean}) => [row.recipient, row.reason, row.hardBounce];

describe('bounceRows', () => {
	test('one row per recipient, with the reason, whether it is hard and the verdict\'s sentence', async () => {
		expect(await bounceRows(UNKNOWN)).toEqual([{
			recipient: 'nobody@example.com',
			outcome: 'failed',
			reason: 'userunknown',
			hardBounce: true,
			status: '5.1.1',
			headline: 'Not delivered to nobody@example.com: the address does not exist (550 5.1.1).',
		}]);
	});

	test('a message that is no bounce gives no row', async () => {
		expect(await bounceRows('Hello, see you on Monday.')).toEqual([]);
	});
});

describe('decodeStream', () => {
	test('is a transform of stream.pipeline: bounces in, rows out, in order', async () => {
		const rows: unknown[] = [];
		await pipeline(Readable.from([UNKNOWN, FULL]), decodeStream, new Writable({
			objectMode: true,
			write(row, _encoding, done) {
				rows.push(rowOf(row));
				done();
			},
		}));
		expect(rows).toEqual([['nobody@example.com', 'userunknown', true], ['full@example.net', 'mailboxfull', false]]);
	});

	test('reads any async iterable, such as a generator', async () => {
		async function* messages() {
			yield FULL;
			yield UNKNOWN.toString('utf8');
		}
		const rows = [];
		for await (const row of decodeStream(messages())) rows.push(rowOf(row));
		expect(rows).toEqual([['full@example.net', 'mailboxfull', false], ['nobody@example.com', 'userunknown', true]]);
	});
});

describe('consumeBounces', () => {
	/** A queue with amqplib's consumer surface: consume(queue, handler), ack(message), nack(message). */
	function fakeChannel() {
		const log: string[] = [];
		let handler: (message: {content: Buffer; id: string} | null) => Promise<void> = async () => undefined;
		return {
			log,
			deliver: (message: {content: Buffer; id: string} | null) => handler(message),
			consume: (queue: string, h: typeof handler) => {
				log.push(`consume ${queue}`);
				handler = h;
				return Promise.resolve({consumerTag: 'c1'});
			},
			ack: (message: {id: string}) => log.push(`ack ${message.id}`),
			nack: (message: {id: string}) => log.push(`nack ${message.id}`),
		};
	}

	test('hands each message\'s rows on, then acks; a failing handler nacks; a cancelled consumer is ignored', async () => {
		const channel = fakeChannel();
		const suppressed: string[] = [];
		await consumeBounces(channel, 'bounces', async (row: {recipient: string; hardBounce: boolean}) => {
			if (row.recipient.startsWith('full@')) throw new Error('the suppression list is down');
			if (row.hardBounce) suppressed.push(row.recipient);
		});
		await channel.deliver({content: UNKNOWN, id: 'm1'});
		await channel.deliver({content: FULL, id: 'm2'});
		await channel.deliver(null);
		expect(suppressed).toEqual(['nobody@example.com']);
		expect(channel.log).toEqual(['consume bounces', 'ack m1', 'nack m2']);
	});
});
