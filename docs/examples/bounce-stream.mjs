// Bounces from a queue or a stream, one row per recipient, with the bounce-decoder package.
// Tested: test/docs/bounce-stream.test.ts runs these functions, and `npm run test:pack` runs this file
// as a script against the installed package.
//
//   node bounce-stream.mjs bounce1.eml bounce2.eml …   prints one JSON row per recipient
import {readFile} from 'node:fs/promises';
import {resolve} from 'node:path';
import {Readable} from 'node:stream';
import {pipeline} from 'node:stream/promises';
import {fileURLToPath} from 'node:url';
import {decodeBounce, verdict} from 'bounce-decoder';

/** One raw bounce (a Buffer, bytes or text) → one row per recipient, with the verdict's sentence. */
export async function bounceRows(raw) {
	const report = await decodeBounce(raw);
	return report.recipients.map(recipient => {
		const {outcome, headline} = verdict(recipient, report);
		return {
			recipient: recipient.recipient,
			outcome, // 'failed' | 'delayed' | 'delivered' | 'none'
			reason: recipient.reason, // 'userunknown', 'mailboxfull', 'blocked' …
			hardBounce: recipient.hardBounce, // true: stop sending to this address
			status: recipient.status,
			headline,
		};
	});
}

/**
 * Async iterable of raw bounces → async iterable of rows. Reads from anything iterable with for await:
 * a generator, a Readable in object mode, `events.on(emitter, 'message')`; and it is a transform for
 * `stream.pipeline(source, decodeStream, sink)`.
 */
export async function* decodeStream(messages) {
	for await (const raw of messages) yield* await bounceRows(raw);
}

/**
 * A queue consumer: each message is decoded, its rows handed to `onRow`, then the message is
 * acknowledged; if `onRow` throws, it is handed back (nack) to be delivered again. `channel` is an
 * amqplib Channel; any client with consume(queue, handler), ack(message) and nack(message) fits.
 */
export function consumeBounces(channel, queue, onRow) {
	return channel.consume(queue, async message => {
		if (message === null) return; // the broker cancelled this consumer
		try {
			for (const row of await bounceRows(message.content)) await onRow(row);
			channel.ack(message);
		} catch {
			channel.nack(message);
		}
	});
}

/** The files named on the command line, through the stream: one JSON line per recipient on stdout. */
async function main(paths) {
	await pipeline(
		Readable.from(paths),
		async function* (files) {
			for await (const path of files) yield await readFile(path);
		},
		decodeStream,
		async function* (rows) {
			for await (const row of rows) yield `${JSON.stringify(row)}\n`;
		},
		process.stdout,
	);
}

// Run only as a script, not when imported.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
