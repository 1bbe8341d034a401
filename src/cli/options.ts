// The command line: options and inputs, and the help text that documents them.
import {statSync} from 'node:fs';
import {MAX_CODES, MAX_LINE, MAX_RECIPIENTS, MAX_STRING, READ_LIMIT} from './limits';
import type {Source} from './enumerate';
import {DEFAULT_AFTER, SOURCE_AFTER, START_AFTER} from './threads';
import {grouped} from './grouped';
import {AmbiguousName, onDisk} from './raw-path';
import {DEFAULT_RESOLVER as DEFAULT_DOH} from '../core';

export type Format = 'human' | 'json' | 'csv' | 'summary';

export interface Options {
	format: Format;
	/** With --summary: the summary as one JSON object. */
	json: boolean;
	/** With --json: each text's result also carries explanations[] (the full explanation of each reply). */
	explanations: boolean;
	/**
	 * Threads that decode a long run (pool.ts), as --jobs gives them: the main one and jobs - 1 workers;
	 * 1 decodes everything in the main thread. Not given: threads.ts defaultThreads.
	 */
	jobs?: number;
	sources: Source[];
	/** --search: the words to search for (every INPUT, joined), instead of decoding inputs. */
	search?: string;
	/** --dns: DNS checks of a domain (and --ip, --selector) through a DoH resolver, instead of decoding inputs. */
	dns?: DnsOptions;
}

export interface DnsOptions {
	domain: string;
	ip?: string;
	selector?: string;
	/** The DoH JSON endpoint (--doh), checked by the core's parseResolverUrl. */
	doh?: string;
}

export const USAGE = `Usage: npm run --silent explain -- [--json | --csv | --summary] [--files-from FILE|-] [INPUT...]
       npm run --silent explain -- --dns DOMAIN [--ip IP] [--selector S] [--doh URL] [--json]
       (installed: bounce-decoder [options] [INPUT...])

INPUT is a code (550, 5.7.26, "550 5.1.1", TSS04), a bounce text, a file (.eml, .txt, .html),
an mbox (each message is its own result), a folder (every file below it, Maildir cur/ and new/
included; dotfiles and Maildir tmp/ skipped), or - for standard input (the default when no INPUT
is given). Gzip-compressed files and input (box.mbox.gz) are read as what they hold. An
argument that looks like a path (has a / or a mail file extension, no spaces) but does not exist
is an error, not a text.

  --json             one JSON object per input (per mbox message, with "message": N) per line
  --explanations     with --json, each text's result also carries explanations[]: the full
                     explanation of each reply found in it (codes[] has each code's title and
                     severity either way)
  --csv              one row per recipient, with a header: input, message, recipient, action,
                     status, replyCode, reason, hardBounce, provider, remoteMta, diagnostic
                     (RFC 4180; a cell starting with = + - @ gets a leading ' so no spreadsheet
                     runs it as a formula)
  --summary          no result per input: counts by kind, reason, provider and recipient domain,
                     and the addresses to suppress — recipients whose delivery failed for good
                     with a hard bounce (the address is wrong or gone: do not send to it again) —
                     and apart, the addresses that complained (feedback reports of spam or
                     fraud); with --json, the summary as one JSON object
  --files-from FILE  read input paths from FILE, one per line (- for standard input); use it for
                     more files than a command line holds: find DIR -name '*.eml' | … --files-from -
                     A list with NUL bytes is read one path per NUL (find … -print0), so names
                     with line breaks are read whole
  --jobs N           decode a run of more than ${START_AFTER} inputs in N threads: N-1 worker threads
                     decode, this one reads, finishes and writes. Default: 2 for a run of more
                     than ${grouped(DEFAULT_AFTER)} inputs with --json or the text for a person on a machine of
                     two cores or more (a worker decodes while this thread finds and explains the
                     codes: faster, idle or busy), else 1: a shorter run does not repay a worker's
                     start, and --csv and --summary show no codes, where a second thread is no
                     faster. From the source (npm run explain), whose worker loads the TypeScript
                     first, past ${grouped(SOURCE_AFTER)} inputs. ~35 MB more memory per worker
  --search WORDS     search every code and provider rule by words, ranked as the popup ranks them
                     (typos corrected, German, French, Spanish, Portuguese, Italian and Japanese
                     phrasings understood): bounce-decoder --search mailbox full; with --json, one
                     object {query, corrected?, hits: [{code, kind, title, provider?, reason, score}]}
  --dns DOMAIN       DNS checks of DOMAIN instead of decoding: MX, SPF (includes followed, the
                     10-lookup limit counted), DMARC; with --ip IP also whether SPF covers IP, its
                     reverse DNS (forward-confirmed) and the Spamhaus ZEN, Barracuda and SpamCop
                     block lists; with --selector S the DKIM key at S._domainkey.DOMAIN. Asks a
                     DNS-over-HTTPS resolver's JSON API, which sees every name looked up: --doh URL
                     (default ${DEFAULT_DOH}; http only on 127.0.0.1 or localhost).
                     With --json, one object: the records parsed, and findings[] in sentences
  --version          the version of bounce-decoder
  --help             this text

Without --json, --csv or --summary: text for a person, wrapped to the terminal's width, coloured
only on a terminal (NO_COLOR turns colour off); a run longer than a second on a terminal shows its
progress on standard error. Nothing of either reaches a pipe.

Bounds: ${READ_LIMIT / 1024} KiB read of each input or mbox message ("inputTruncated": true past it);
${MAX_CODES} codes[] ("codesTruncated": true) and ${MAX_RECIPIENTS} recipients ("recipientsTruncated": true)
per result; ${MAX_STRING} characters per string taken from the input; ${MAX_LINE / 1024 / 1024} MiB per JSON line.
Exit code 2 when an input was bad (its message is on standard error), 0 otherwise; a closed output
pipe ends the run quietly. --dns exits 1 when the resolver could not be reached, so no check was made.`;

/** What follows a usage error: the usage lines alone, the options being one --help away. */
export const SHORT_USAGE = `${USAGE.slice(0, USAGE.indexOf('\n\n'))}\n--help lists every option.`;

const DNS_FLAGS = ['--dns', '--ip', '--selector', '--doh'] as const;

export type Parsed = {ok: true; options: Options} | {ok: false; help?: true; version?: true; error?: string};

/** The options and sources of argv, or why the command line is not usable. */
export function parseArgs(argv: string[]): Parsed {
	let format: Format = 'human';
	let json = false;
	let explanations = false;
	let jobs: number | undefined;
	let search = false;
	const dns: Partial<DnsOptions> & {given?: boolean} = {};
	const sources: Source[] = [];
	let literal = false;
	const set = (next: Format): string | undefined => {
		if (format !== 'human' && format !== next) return `--${format} and --${next} cannot be combined.`;
		format = next;
		return undefined;
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (literal || (!arg.startsWith('--') && arg !== '-h')) {
			sources.push({type: 'arg', value: arg});
			continue;
		}
		let error: string | undefined;
		if (arg === '--') literal = true;
		else if (arg === '--json') json = true;
		else if (arg === '--explanations') explanations = true;
		else if (arg === '--search') search = true;
		else if (arg === '--csv') error = set('csv');
		else if (arg === '--summary') error = set('summary');
		else if (arg === '--help' || arg === '-h') return {ok: false, help: true};
		else if (arg === '--version') return {ok: false, version: true};
		else if (DNS_FLAGS.some(flag => arg === flag || arg.startsWith(`${flag}=`))) {
			const flag = DNS_FLAGS.find(f => arg === f || arg.startsWith(`${f}=`))!;
			const value = arg === flag ? argv[++i] : arg.slice(flag.length + 1);
			if (value === undefined || value === '' || value.startsWith('--')) return {ok: false, error: `${flag} needs a value.`};
			if (flag === '--dns') dns.domain = value;
			else if (flag === '--ip') dns.ip = value;
			else if (flag === '--selector') dns.selector = value;
			else dns.doh = value;
			dns.given = true;
		}
		else if (arg === '--jobs' || arg.startsWith('--jobs=')) {
			const value = arg === '--jobs' ? argv[++i] : arg.slice('--jobs='.length);
			if (!value || !/^[1-9]\d{0,2}$/.test(value)) return {ok: false, error: '--jobs needs a number of threads from 1 to 999.'};
			jobs = Number(value);
		}
		else if (arg === '--files-from' || arg.startsWith('--files-from=')) {
			const value = arg === '--files-from' ? argv[++i] : arg.slice('--files-from='.length);
			if (value === undefined || value === '') return {ok: false, error: '--files-from needs a FILE (or - for standard input).'};
			if (value !== '-') {
				try {
					const stats = onDisk(value, p => statSync(p));
					if (!stats.isFile() && !stats.isFIFO()) return {ok: false, error: `--files-from ${value}: not a file.`};
				} catch (error) {
					return {ok: false, error: `--files-from ${value}: ${error instanceof AmbiguousName ? error.message : 'no such file.'}`};
				}
			}
			sources.push({type: 'files-from', value});
		} else return {ok: false, error: `Unknown option ${arg}.`};
		if (error) return {ok: false, error};
	}
	// `format` is assigned in `set`, which the compiler's narrowing does not follow.
	const chosen = format as Format;
	if (dns.given) {
		if (dns.domain === undefined) return {ok: false, error: '--ip, --selector and --doh go with --dns DOMAIN.'};
		if (search || chosen !== 'human' || sources.length > 0) return {ok: false, error: '--dns takes no INPUT and cannot be combined with --search, --csv, --summary or --files-from.'};
		const {domain, ip, selector, doh} = dns;
		return {ok: true, options: {format: json ? 'json' : 'human', json, explanations, jobs, sources: [], dns: {domain, ...(ip ? {ip} : {}), ...(selector ? {selector} : {}), ...(doh ? {doh} : {})}}};
	}
	if (search) {
		if (chosen !== 'human' || sources.some(s => s.type !== 'arg')) return {ok: false, error: '--search takes words only: it cannot be combined with --csv, --summary or --files-from.'};
		const words = sources.map(s => s.value).join(' ').trim();
		if (!words) return {ok: false, error: '--search needs WORDS to search for.'};
		return {ok: true, options: {format: json ? 'json' : 'human', json, explanations, jobs, sources: [], search: words}};
	}
	if (json && chosen === 'csv') return {ok: false, error: '--json and --csv cannot be combined.'};
	const stdin = sources.filter(s => s.value === '-').length;
	if (stdin > 1) return {ok: false, error: 'Standard input (-) can be read only once: give - either as an INPUT or to --files-from.'};
	return {ok: true, options: {format: json && chosen === 'human' ? 'json' : chosen, json, explanations, jobs, sources}};
}
