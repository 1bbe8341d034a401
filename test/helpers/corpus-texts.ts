// Every corpus message's texts (its text part, its raw body, its delivery-status parts), and mutated
// copies of them, for the anchor-pass tests: what the decoder searches, as it searches it.
import {readFileSync, readdirSync} from 'node:fs';
import {parseMime} from '../../src/core/decode/mime';
import {mulberry32} from './prng';

const SHARED = new URL('../../../shared/', import.meta.url);
const FOLDERS = ['corpus/emails/', 'corpus-extra/bounceparser/emails/', 'corpus-extra/flufl-bounce/emails/'];

/** The texts of every corpus email and displayed-text sample, in a fixed order. */
export async function corpusTexts(): Promise<string[]> {
	const texts: string[] = [];
	for (const folder of FOLDERS) {
		const dir = new URL(folder, SHARED);
		for (const name of readdirSync(dir).sort()) {
			const msg = await parseMime(new Uint8Array(readFileSync(new URL(name, dir))));
			texts.push(msg.text, msg.body, ...msg.dsn);
		}
	}
	const dir = new URL('corpus-text/texts/', SHARED);
	for (const name of readdirSync(dir).sort()) texts.push(readFileSync(new URL(name, dir), 'utf8'));
	return texts.filter((t) => t.length > 0);
}

// Changes that keep a text's words for a regex ignoring case and white space, or that a view of the
// text undoes (matchView: NFC, typographic apostrophes, no-break spaces), or that break it apart.
const MUTATIONS: ((s: string, rnd: () => number) => string)[] = [
	(s) => s.toUpperCase(),
	(s) => s.replace(/ /g, '\n  '),
	(s) => s.replace(/'/g, '\u2019').replace(/ /g, '\u00a0'),
	(s) => s.normalize('NFD'),
	(s) => s.replace(/k/g, '\u212a').replace(/;/g, '\u037e'),
	(s, rnd) => {
		const at = Math.floor(rnd() * s.length);
		return s.slice(at) + '\n' + s.slice(0, at);
	},
	(s, rnd) => [...s].map((c) => (rnd() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join(''),
];

/** Mutated copies of the texts (seeded: a failure reproduces). */
export function mutated(texts: readonly string[], seed = 14): string[] {
	const rnd = mulberry32(seed);
	return texts.map((t) => MUTATIONS[Math.floor(rnd() * MUTATIONS.length)]!(t, rnd));
}
