// Where one email's time goes, in µs per email, in one warmed-up process over the corpus's distinct
// emails: reading the file, the MIME step (parseMime), the decoder's own logic (decodeBounce less its
// MIME step), the codes with their explanations (explainText: what the CLI's codes[] carry), and
// JSON.stringify of a CLI-shaped result. Each phase is one loop over all emails, best of 5 rounds.
// Run: npx tsx bench/phases.bench.ts
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {decodeBounce} from '../src/core/decode';
import {parseMime} from '../src/core/decode/mime';
import {explainText} from '../src/core/explain-text';
import type {BounceReport} from '../src/core/types';
import {sourceEmails} from './copies';

const ROUNDS = 5;

export interface Phases {
	emails: number;
	/** µs per email. */
	read: number;
	mime: number;
	logic: number;
	codes: number;
	json: number;
}

async function best(run: () => unknown): Promise<number> {
	let ms = Infinity;
	for (let r = 0; r < ROUNDS; r++) {
		const start = performance.now();
		await run();
		ms = Math.min(ms, performance.now() - start);
	}
	return ms;
}

export async function benchPhases(): Promise<Phases> {
	const folder = mkdtempSync(join(tmpdir(), 'bounce-decoder-phases-'));
	try {
		const paths = sourceEmails().map((raw, i) => {
			const path = join(folder, `${String(i).padStart(6, '0')}.eml`);
			writeFileSync(path, raw);
			return path;
		});
		let inputs: Uint8Array[] = [];
		const reports: BounceReport[] = [];
		const codeLists: {code: string; kind: string; start: number; end: number; title: string; severity: string}[][] = paths.map(() => []);
		const read = () => { inputs = paths.map(path => new Uint8Array(readFileSync(path))); };
		const mime = async () => { for (const input of inputs) await parseMime(input); };
		const decode = async () => { for (const [i, input] of inputs.entries()) reports[i] = await decodeBounce(input); };
		const codes = () => {
			for (const [i, input] of inputs.entries()) {
				const list: (typeof codeLists)[number] = [];
				for (const {finding, explanation} of explainText(new TextDecoder().decode(input), reports[i])) {
					for (const m of [finding.reply, finding.enhanced, ...finding.tags]) {
						if (m) list.push({code: m.code, kind: m.kind, start: m.start, end: m.end, title: explanation.title, severity: explanation.severity});
					}
				}
				codeLists[i] = list;
			}
		};
		const json = () => {
			for (const [i, report] of reports.entries()) JSON.stringify({input: paths[i], kind: report.kind, summary: report.summary, recipients: report.recipients, codes: codeLists[i]});
		};
		// Warm-up: ten rounds of everything, so each phase is timed at steady state. A fresh process's rate
		// settles after some 4,000 emails; with two rounds (~1,000 decodes) the figure of a run's first
		// call varied by a third (three calls in one process on 2026-12-07: 166, 121 and 117 µs an email).
		for (let w = 0; w < 10; w++) {
			read();
			await mime();
			await decode();
			codes();
			json();
		}
		const perEmail = (ms: number) => (ms * 1000) / paths.length;
		const mimeMs = await best(mime);
		return {
			emails: paths.length,
			read: perEmail(await best(read)),
			mime: perEmail(mimeMs),
			logic: perEmail(Math.max(0, (await best(decode)) - mimeMs)),
			codes: perEmail(await best(codes)),
			json: perEmail(await best(json)),
		};
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}

export function describePhases(p: Phases): string {
	const total = p.read + p.mime + p.logic + p.codes + p.json;
	return `  where an email's time goes in-process (${p.emails} distinct corpus emails, µs/email): read ${p.read.toFixed(0)}, MIME ${p.mime.toFixed(0)}, `
		+ `decoder logic ${p.logic.toFixed(0)}, codes + explanations ${p.codes.toFixed(0)}, JSON ${p.json.toFixed(0)} = ${total.toFixed(0)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(describePhases(await benchPhases()));
}
