// Stages 2 and 3 of one item, in whichever thread decodes it: the item's result (run.ts) rendered
// into what the main thread writes — the JSON line, the CSV rows, the text for a person, or the
// tally a summary counts — and its one line for standard error. A worker sends back this small
// record, never the result object, so little crosses between threads.
import {csvRows} from './csv';
import {formatHuman} from './format';
import type {Item} from './inputs';
import type {Format, Options} from './options';
import {processItem, type ResultOut} from './run';
import {tallyOf, type Tally} from './summary';
import {outputWidth, painter, wantsColour, wrap} from './wrap';

/** What rendering needs to know of the run (plain data: a worker receives it as it is). */
export interface RenderOptions {
	format: Format;
	/** With --json: a text's result keeps its explanations[]. */
	explanations: boolean;
	/** The terminal's width and whether it takes colour, as the main thread sees its standard output. */
	width: number;
	colour: boolean;
}

/** One item, ready to be written. */
export interface Rendered {
	/** What goes to standard output ('' for nothing). */
	out: string;
	/** The line for standard error when the input was bad (the run then exits 2). */
	err?: string;
	/** Bytes of the sources the item consumed (for progress). */
	bytes?: number;
	/** With --summary: what the result adds to it. */
	tally?: Tally;
}

export function renderOptions(options: Options): RenderOptions {
	return {format: options.format, explanations: options.explanations, width: outputWidth(), colour: wantsColour()};
}

/** What renders each result of a run, and whether it reads the result's codes. */
export interface Render {
	(item: Item, result: ResultOut): Rendered;
	/**
	 * Whether the rendering shows codes: the JSON line's codes[] (and, asked for, explanations[]) and
	 * the text for a person do; a CSV row (one per recipient) and a summary's tally show none, so their
	 * results are made without reading the codes (run.ts resultStage), a fifth of an email's work and
	 * more (19,383 distinct copies, five interleaved rounds, 2026-12-07: --csv 3.29 → 2.28 s, --summary
	 * 3.30 → 2.27 s).
	 */
	readonly codes: boolean;
}

/** The function that renders each result of a run. */
export function renderer(options: RenderOptions): Render {
	const paint = painter(options.colour);
	const text = (result: ResultOut, item: Item): string => {
		if (options.format === 'json') {
			// A text's explanations[] is most of a line's bytes (and of its time): written only when asked.
			if (options.explanations || !result.explanations) return JSON.stringify(result) + '\n';
			// Left out as JSON leaves out an undefined value (no copy of the result), then put back.
			const {explanations} = result;
			result.explanations = undefined;
			const line = JSON.stringify(result) + '\n';
			result.explanations = explanations;
			return line;
		}
		if (options.format === 'csv') return csvRows(result);
		if (options.format === 'summary') return '';
		// Errors are already on standard error, one line each.
		return result.error ? '' : wrap(formatHuman(result, paint, item.isText), options.width) + '\n\n';
	};
	const render = (item: Item, result: ResultOut): Rendered => {
		const rendered: Rendered = {out: text(result, item)};
		if (result.error) rendered.err = `${result.input}${result.message ? ` (message ${result.message})` : ''}: ${result.error}`;
		if (item.bytes !== undefined) rendered.bytes = item.bytes;
		if (options.format === 'summary') rendered.tally = tallyOf(result);
		return rendered;
	};
	return Object.assign(render, {codes: options.format === 'json' || options.format === 'human'});
}

/** The result of an item whose processing threw. The core never throws on content; this guards against the unforeseen. */
export function failedResult(item: Item, error: unknown): ResultOut {
	return {input: item.label, kind: 'invalid', summary: '', recipients: [], codes: [], error: `could not process: ${(error as Error).message}`};
}

/** One item decoded and rendered. */
export async function renderItem(item: Item, render: Render): Promise<Rendered> {
	let result: ResultOut;
	try {
		result = await processItem(item, render.codes);
	} catch (error) {
		result = failedResult(item, error);
	}
	return render(item, result);
}
