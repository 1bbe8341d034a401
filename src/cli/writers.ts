// Stage 3 of the pipeline, in the main thread: each item's rendered output (render.ts) written in the
// order the items come — a CSV header first, a summary's counts at the end.
import {CSV_HEADER} from './csv';
import type {Options} from './options';
import type {Rendered} from './render';
import type {Sink} from './sink';
import {Summary} from './summary';
import {painter, wrap, type Paint} from './wrap';

export interface Writer {
	write(rendered: Rendered): void;
	end(): void;
}

/** `paint` and `width` as the items were rendered with (render.ts renderOptions). */
export function makeWriter(options: Options, sink: Sink, look: {colour: boolean; width: number}): Writer {
	if (options.format === 'summary') {
		const summary = new Summary();
		const paint: Paint = painter(look.colour);
		return {
			write: rendered => summary.count(rendered.tally!),
			end: () => sink.out(options.json ? JSON.stringify(summary.json(), null, 2) + '\n' : wrap(summary.text(paint), look.width) + '\n'),
		};
	}
	if (options.format === 'csv') sink.out(CSV_HEADER);
	return {
		write: rendered => {
			if (rendered.out) sink.out(rendered.out);
		},
		end() {},
	};
}
