// @vitest-environment happy-dom
// Budget: a keystroke (lookup over all the data + render) stays under 16 ms, one frame. The lookup
// is what grows with the data, so it carries the assertion here; happy-dom's DOM is far slower than a
// browser's, so the whole keystroke is only reported here and asserted in Chromium (e2e/popup.e2e.test.ts).
import {afterEach, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render} from '@testing-library/preact';
import {App} from '../../src/popup/app';
import {lookup, warmUp} from '../../src/popup/lookup';
import {forgetWordSearches} from '../../src/popup/word-search';
import {fixtureBounce, search, stubBrowser} from './helpers';

vi.mock('../../src/shared/browser', async () => ({default: (await import('@webext-core/fake-browser')).fakeBrowser}));

afterEach(cleanup);

const QUERIES = ['mailbox full', '550 5.7.26', 'TSS04', 'spf', 'blocked', 'unauthenticated', 'mailbx ful', '4.2.2', 'too many connections', 'dmarc policy'];
const keystrokes = QUERIES.flatMap(query => Array.from({length: query.length}, (_, i) => query.slice(0, i + 1)));

function stats(times: number[]) {
	const sorted = [...times].sort((a, b) => a - b);
	const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! * 100) / 100;
	return {n: times.length, p50: at(0.5), p95: at(0.95), max: at(1)};
}

/**
 * Each keystroke's best time over a few rounds: tests run in parallel on a shared machine, and the
 * best of N is the usual guard against another process taking the CPU mid-measurement. The rounds
 * are spread over a second or more, so that one busy stretch of the machine does not cover them all.
 */
async function measure(run: (value: string) => void, rounds = 3, values = keystrokes): Promise<number[]> {
	const best = values.map(() => Infinity);
	for (let round = 0; round < rounds; round++) {
		if (round > 0) await new Promise(resolve => setTimeout(resolve, 250));
		values.forEach((value, i) => {
			const start = performance.now();
			run(value);
			best[i] = Math.min(best[i]!, performance.now() - start);
		});
	}
	return best;
}

it('looks up every keystroke over all the data within one frame', async () => {
	const coldStart = performance.now();
	lookup('m');
	const cold = performance.now() - coldStart;
	// Cold every time: remembered answers would make repeated rounds free.
	const times = stats(await measure(value => {
		forgetWordSearches();
		lookup(value);
	}, 5));
	// The popup warms up when idle after it opens (app.tsx), before anything is pasted.
	warmUp();
	const [paste = Infinity] = await measure(lookup, 3, [fixtureBounce('postfix-two-recipients.eml')]);
	console.log('lookup per keystroke (ms)', JSON.stringify({...times, cold: Math.round(cold), paste: Math.round(paste * 100) / 100}));
	expect(times.p95).toBeLessThan(16);
	expect(paste).toBeLessThan(16);
});

it('looks up every keystroke typed after a 100 KB line with no code within one frame', async () => {
	// Prose with typos and no code: the case that once cost seconds per keystroke (every word of the
	// line went through the typo corrector). The search reads only the line's first words now.
	// Best of five rounds, as for the first test: at a load of 10 on two cores, best of three still
	// caught a busy stretch (p95 16.6 ms in a CI run whose quiet figure is about 12 ms).
	const words = ['the', 'mesage', 'could', 'not', 'be', 'deliverd', 'lorem', 'ipsum', 'dolor', 'recipent', 'hello', 'wrld'];
	let line = '';
	for (let i = 0; line.length < 100_000; i++) line += `${words[(i * 7) % words.length]} `;
	warmUp();
	const typed = Array.from({length: 40}, (_, i) => line + 'mailbox full quota exceeded spam blocked'.slice(0, i + 1));
	const times = stats(await measure(value => {
		forgetWordSearches();
		lookup(value);
	}, 5, typed));
	console.log('lookup per keystroke after a 100 KB line (ms)', JSON.stringify(times));
	expect(times.p95).toBeLessThan(16);
});

it('reports the whole keystroke (lookup + Preact render into happy-dom)', async () => {
	stubBrowser();
	render(<App />);
	// act() inside fireEvent flushes the render synchronously.
	const times = stats(await measure(value => {
		forgetWordSearches();
		fireEvent.input(search(), {target: {value}});
	}, 3));
	console.log('keystroke incl. render in happy-dom (ms)', JSON.stringify(times));
	expect(times.p50).toBeLessThan(16);
});
