// The popup's heavy work: decoding a pasted bounce or a dropped file (an .eml, or an mbox of
// thousands of messages; gzip-compressed or not, binary data refused: file-bytes.ts) and explaining
// every code in it. It runs in a module worker (decode-worker.ts), or in the page where there is
// none (unit tests); either way in slices of a few milliseconds, saying how far it got, and it stops
// as soon as a newer job supersedes it. What it leaves out (messages past the cap, rows past what a
// popup can list) it says in `notes`.
import {decodeMessages, reportOf, reportVerdict, type BounceReport, type Explanation, type RecipientResult, type ReportVerdict} from '../core';
import {codesInText, messageCodes, SCAN_CHARS} from './codes';
import {fileBytes, type Refusal} from './file-bytes';
import type {ResultItem} from './items';
import type {PluralKey} from '../shared/i18n';

export type DecodeJob =
	/** A pasted or typed text: its codes explained; with `decode`, decoded as a bounce first. */
	| {kind: 'text'; text: string; decode: boolean}
	| {kind: 'file'; file: Blob};

/** A result row without its closure, so that it crosses from the worker (structured clone). */
export type CodeRow = Omit<ResultItem, 'explain'> & {explanation: Explanation | undefined};

export interface DecodeResult {
	/** The decoded report, its recipients cut to the listing limit; absent when the text was only read for codes. */
	report?: BounceReport;
	/** The verdict on every decoded recipient (its summary counts them all), its list cut like the report's. */
	verdict?: ReportVerdict;
	/** How many recipients were decoded, before the cut. */
	recipients: number;
	/** Messages decoded, and how many the input holds (1 of 1 for anything but an mbox). */
	messages: {decoded: number; total: number};
	codes: CodeRow[];
	/** One note per thing left out, worded in the page (a worker has no i18n API). */
	notes: Note[];
	/** A file not decoded, and why (file-bytes.ts): binary data that is no mail, or gzip that cannot be read. */
	refused?: Refusal;
}

/** Something left out: a pair of messages chosen by the first number, the other numbers after it. */
export interface Note {
	say: PluralKey;
	numbers: number[];
}

export interface Progress {
	/** Messages decoded so far, and how many the input holds. */
	message: number;
	total: number;
}

export interface JobHooks {
	progress(progress: Progress): void;
	/** True once a newer job supersedes this one: it then stops at its next slice. */
	stale(): boolean;
}

export interface Limits {
	/** Most messages of an mbox decoded. */
	messages: number;
	/** Most recipients and codes listed: more rows than a popup can show usefully (or render in a frame). */
	recipients: number;
	codes: number;
}

/** 5,000 messages (some 13 MB of bounces) take a few seconds in the worker on a slow machine; the CLI reads any number. */
export const LIMITS: Limits = {messages: 5_000, recipients: 200, codes: 200};
/** A slice of work between two looks at the message queue (newer jobs in). */
const SLICE_MS = 20;
/** Progress goes out at most this often: each one is a render in the page. */
const PROGRESS_MS = 100;


/** Lets the worker's (or page's) event loop run: a newer job's message, a paint in the page. */
const nextTask = (): Promise<void> => new Promise(resolve => setTimeout(resolve, 0));

/** Runs a job to its result, or to undefined once it is stale. */
export async function runJob(job: DecodeJob, hooks: JobHooks, limits = LIMITS): Promise<DecodeResult | undefined> {
	if (job.kind === 'text' && !job.decode) {
		const items = codesInText(job.text);
		return {recipients: 0, messages: {decoded: 0, total: 0}, codes: codeRows(items, limits), notes: codeNotes(items, limits)};
	}
	const read = job.kind === 'text' ? {bytes: job.text} : await fileBytes(job.file);
	if (hooks.stale()) return undefined;
	if ('refused' in read) return {recipients: 0, messages: {decoded: 0, total: 0}, codes: [], notes: [], refused: read.refused};
	const input = read.bytes;
	const recipients: RecipientResult[] = [];
	const items: ResultItem[] = [];
	const seen = new Set<string>();
	let decoded = 0;
	let total = 1;
	let cutText = false;
	let original: BounceReport['original'];
	let slice = performance.now();
	let told = 0;
	for await (const part of decodeMessages(input)) {
		total = part.total;
		if (part.message > limits.messages) break;
		recipients.push(...part.recipients);
		decoded = part.message;
		// What the bounce is about, when it is one message (an mbox's messages are about many).
		if (part.total === 1) original = part.original;
		// Each message's codes read with its own report, as the CLI reads an mbox: linear in the messages.
		const own = reportOf(part.recipients);
		const found = job.kind === 'text' ? codesInText(part.text, own) : messageCodes(part.text, own);
		cutText ||= job.kind === 'file' && part.text.length > SCAN_CHARS;
		// One message: its rows as they are. An mbox's messages repeat the same replies: one row each.
		if (part.total === 1) items.push(...found);
		else for (const item of found) {
			const e = item.explain();
			const key = e ? `${e.code}\n${e.title}\n${e.provider?.id ?? ''}\n${e.reason}` : item.key;
			if (seen.has(key)) continue;
			seen.add(key);
			items.push({...item, key: `m${part.message}:${item.key}`});
		}
		if (performance.now() - slice > SLICE_MS) {
			if (slice - told > PROGRESS_MS) {
				hooks.progress({message: decoded, total});
				told = slice;
			}
			await nextTask();
			if (hooks.stale()) return undefined;
			slice = performance.now();
		}
	}
	const full = reportOf(recipients);
	const verdict = reportVerdict(full);
	const notes: Note[] = [];
	if ('cut' in read) notes.push({say: 'note_gzip_cut', numbers: [input.length]});
	if (decoded < total) notes.push({say: 'note_messages_cut', numbers: [decoded, total, total - decoded]});
	if (cutText) notes.push({say: 'note_text_cut', numbers: [SCAN_CHARS / 1048576]});
	if (recipients.length > limits.recipients) notes.push({say: 'note_recipients_cut', numbers: [recipients.length, limits.recipients]});
	return {
		report: {...full, recipients: recipients.slice(0, limits.recipients), ...(original && {original})},
		verdict: {...verdict, recipients: verdict.recipients.slice(0, limits.recipients)},
		recipients: recipients.length,
		messages: {decoded, total},
		codes: codeRows(items, limits),
		notes: [...notes, ...codeNotes(items, limits)],
	};
}

function codeRows(items: ResultItem[], limits: Limits): CodeRow[] {
	return items.slice(0, limits.codes).map(({explain, ...row}) => ({...row, explanation: explain()}));
}

function codeNotes(items: ResultItem[], limits: Limits): Note[] {
	return items.length > limits.codes ? [{say: 'note_codes_cut', numbers: [items.length, limits.codes]}] : [];
}

/** A row back into a result item, in the page. */
export const codeItem = ({explanation, ...row}: CodeRow): ResultItem => ({...row, explain: () => explanation});
