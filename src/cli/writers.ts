// Stage 3 of the pipeline: results written in the order they come, in the format asked for.
import {csvRows, CSV_HEADER} from './csv';
import {formatHuman} from './format';
import type {Options} from './options';
import type {ResultOut} from './run';
import type {Sink} from './sink';
import {Summary} from './summary';
import {outputWidth, painter, wantsColour, wrap} from './wrap';

export interface Writer {
	/** `isText` when the result's input was a text argument (its heading is then cut short). */
	write(result: ResultOut, isText?: boolean): void;
	end(): void;
}

export function makeWriter(options: Options, sink: Sink): Writer {
	if (options.format === 'json') {
		// A text's explanations[] is most of a line's bytes (and of its time): written only when asked.
		const line = options.explanations ? (result: ResultOut) => result : ({explanations: _, ...result}: ResultOut) => result;
		return {write: result => sink.out(JSON.stringify(line(result)) + '\n'), end() {}};
	}
	if (options.format === 'csv') {
		sink.out(CSV_HEADER);
		return {write: result => sink.out(csvRows(result)), end() {}};
	}
	const paint = painter(wantsColour());
	const width = outputWidth();
	if (options.format === 'summary') {
		const summary = new Summary();
		return {
			write: result => summary.add(result),
			end: () => sink.out(options.json ? JSON.stringify(summary.json(), null, 2) + '\n' : wrap(summary.text(paint), width) + '\n'),
		};
	}
	return {
		// Errors are already on standard error, one line each.
		write: (result, isText) => {
			if (!result.error) sink.out(wrap(formatHuman(result, paint, isText), width) + '\n\n');
		},
		end() {},
	};
}
