// `npm run --silent explain -- [--json] [INPUT...]` — the core from Node (DESIGN.md, CLI contract).
// Many inputs are handled in this one process, one after the other, in order.
import {resolveInput} from './inputs';
import {formatHuman} from './format';
import {run} from './run';

const USAGE = `Usage: npm run --silent explain -- [--json] [INPUT...]
INPUT is a code (550, 5.7.26, "550 5.1.1", TSS04), a bounce text, a file (.eml, .txt, .html, mbox)
or - for standard input (the default when no INPUT is given).
  --json   one JSON object per INPUT per line
  --help   this text`;

async function main(argv: string[]): Promise<number> {
	let json = false;
	const args: string[] = [];
	let literal = false;
	for (const arg of argv) {
		if (literal) args.push(arg);
		else if (arg === '--') literal = true;
		else if (arg === '--json') json = true;
		else if (arg === '--help' || arg === '-h') {
			process.stdout.write(USAGE + '\n');
			return 0;
		} else if (arg.startsWith('--')) {
			process.stderr.write(`Unknown option ${arg}.\n${USAGE}\n`);
			return 2;
		} else args.push(arg);
	}
	if (args.length === 0) {
		if (process.stdin.isTTY) {
			process.stderr.write(USAGE + '\n');
			return 2;
		}
		args.push('-');
	}
	let status = 0;
	for (const arg of args) {
		let result;
		try {
			result = await run(await resolveInput(arg));
		} catch (error) {
			// The core never throws on content; this guards against I/O surprises.
			result = {input: arg, kind: 'invalid' as const, summary: '', recipients: [], codes: [], error: `could not process: ${(error as Error).message}`};
		}
		if (result.error) {
			process.stderr.write(`${result.input}: ${result.error}\n`);
			status = 2;
		}
		if (json) process.stdout.write(JSON.stringify(result) + '\n');
		else if (!result.error) process.stdout.write(formatHuman(result) + '\n\n');
	}
	return status;
}

process.exitCode = await main(process.argv.slice(2));
