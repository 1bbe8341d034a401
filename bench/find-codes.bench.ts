// Text-scan budget (DESIGN.md): findMatches over 10 MB of bounce-like text must run at ≥ 0.5× the
// throughput of one bare regex pass (/\d{3}/g, exec loop) over the same text. Best of 9 runs each
// after a warm-up, the two interleaved so that load from other processes hits both alike.
// Run: npx tsx bench/find-codes.bench.ts

import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {findMatches} from '../src/core/find-codes';

const TARGET_BYTES = 10 * 1024 * 1024;
const RUNS = 9;

/**
 * A bounce as a webmail shows it: the report (codes in the forms seen in the wild: Postfix-wrapped,
 * Gmail multi-line, Exchange, Yahoo and Apple tags), the DSN part, and the quoted original message,
 * whose headers, body and signature are full of look-alikes (IPs, dates, times, versions, ids,
 * prices, sizes, phone numbers, a street address). About 3.9 KB with 19 tokens, one per ~210 bytes:
 * denser than real bounces and 2.5× the content-script budget's 10,000 codes in 5 MB. The dense
 * variant drops the message body (one token per ~100 bytes); the main run reports both, and the same
 * ratio on real bounces (`buildCorpusText`).
 */
const REPORT = [
	'This is the mail system at host mailer.example.net.',
	'',
	"I'm sorry to have to inform you that your message could not",
	"be delivered to one or more recipients. It's attached below.",
	'',
	'<user@example.com>: host mx.example.com[192.0.2.153] said: 550',
	'    5.1.1 <user@example.com>... User Unknown (in reply to RCPT TO command)',
	'',
	'<b@yahoo.com>: host mta6.am0.yahoodns.net[76.159.240.37] said: 421',
	'    4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to',
	'    unexpected volume or user complaints - 4.16.55.1; see',
	'    https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)',
	'',
	'Reporting-MTA: dns; mailer.example.net',
	'X-Postfix-Queue-ID: 4VgH2x1Zq9z9sWq',
	'Arrival-Date: Wed,  5 Dec 2023 14:03:22 +0100 (CET)',
	'',
	'Final-Recipient: rfc822; user@example.com',
	'Action: failed',
	'Status: 5.1.1',
	'Remote-MTA: dns; mx.example.com',
	"Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try",
	" 550-5.1.1 double-checking the recipient's email address for typos or",
	' 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser y3si675602plr.1 - gsmtp',
	'',
	'Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'',
	'',
	'Received: from mail.example.org (10.5.1.1) by relay[92.5.1.10] with Microsoft SMTP Server',
	' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.112.19;',
	' Mon, 01 May 2024 10:25:31 +0000',
	'X-Received: by 10.70.22.98 with SMTP id x12mr550123; 2024-05-01T10:25:31.550Z',
	'Message-ID: <20240101.550abc@host.example>',
	'X-Mailer: Example Mailer v5.1.1 (build 4.2.2.1)',
	'X-Spam-Score: 5.50',
	'Date: Wed, 01.05.2024 12:45:10 +0200',
	'',
];

const BODY = [
	'Hello team,',
	'',
	'thanks for your order #550 of 2 items, total $550.00 (550 EUR incl. VAT), shipped on 01.05.2024.',
	'Call us at +1 550 555 0100 or visit suite 450, 12 Main Street, Springfield 45011. The attachment',
	'is 552 KB and the upload took 250 ms. Meeting at 10:30 on 2024-05-07, room 3.14, budget 1,550.00',
	'USD, ticket INC-550-2024, ref 0x550AF, tracking 1Z999AA10123456784. Our new office: 2550 Market St,',
	'Floor 5, 94105. Version 4.2.2 of the app ships on 5.12.2023; see section 5.1.1 of the handbook.',
	'',
	'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore',
	'et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut',
	'aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse',
	'cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in',
	'culpa qui officia deserunt mollit anim id est laborum. Sed ut perspiciatis unde omnis iste natus',
	'error sit voluptatem accusantium doloremque laudantium, totam rem aperiam, eaque ipsa quae ab illo',
	'inventore veritatis et quasi architecto beatae vitae dicta sunt explicabo. Nemo enim ipsam',
	'voluptatem quia voluptas sit aspernatur aut odit aut fugit, sed quia consequuntur magni dolores eos',
	'qui ratione voluptatem sequi nesciunt. Neque porro quisquam est, qui dolorem ipsum quia dolor sit',
	'amet, consectetur, adipisci velit, sed quia non numquam eius modi tempora incidunt ut labore et',
	'dolore magnam aliquam quaerat voluptatem. Ut enim ad minima veniam, quis nostrum exercitationem',
	'ullam corporis suscipit laboriosam, nisi ut aliquid ex ea commodi consequatur? Quis autem vel eum',
	'iure reprehenderit qui in ea voluptate velit esse quam nihil molestiae consequatur, vel illum qui',
	'dolorem eum fugiat quo voluptas nulla pariatur? At vero eos et accusamus et iusto odio dignissimos',
	'ducimus qui blanditiis praesentium voluptatum deleniti atque corrupti quos dolores et quas molestias',
	'excepturi sint occaecati cupiditate non provident, similique sunt in culpa qui officia deserunt.',
	'',
];

const TAIL = [
	'--',
	'Jane Doe | Example Corp. | 410 Terry Ave N, Seattle, WA 98109 | +1 206 555 0199 | (555) 550-0100',
	'Unsubscribe: https://example.com/u/550/5.1.1?id=20240501 (we keep your data for 550 days)',
	'',
	'554 5.7.1 [CS01] Message rejected due to local policy (S3150) AS(2005)',
	'',
];

export function buildBenchText(bytes = TARGET_BYTES, dense = false): string {
	const block = [...REPORT, ...(dense ? [] : BODY), ...TAIL].join('\n') + '\n';
	return block.repeat(Math.ceil(bytes / block.length)).slice(0, bytes);
}

const CORPUS = '../shared/corpus/emails';

/**
 * Real bounces for comparison: the DEV corpus's raw emails (headers, DSN parts, quoted messages,
 * base64), joined in name order and repeated to `bytes`. Undefined when the corpus is not beside
 * the project.
 */
export function buildCorpusText(bytes = TARGET_BYTES): string | undefined {
	if (!existsSync(CORPUS)) return undefined;
	const all = readdirSync(CORPUS)
		.sort()
		.map((name) => readFileSync(`${CORPUS}/${name}`, 'utf8'))
		.join('\n');
	return all.repeat(Math.ceil(bytes / all.length)).slice(0, bytes);
}

export async function benchFindCodes(
	options: {dense?: boolean; text?: string} = {},
): Promise<{ratio: number; mbPerSec: number; bareMbPerSec: number}> {
	const text = options.text ?? buildBenchText(TARGET_BYTES, options.dense);
	const mb = text.length / (1024 * 1024);
	// Warm-up, so both sides are timed at steady state: the JS around the regex is interpreted at
	// first and optimised in tiers, and the regex itself is tiered up to native code. Runs over a
	// 512 KB slice were not enough: the first dozen full runs after them took up to twice as long as
	// the later ones. After eight full runs of each side the times are on their plateau.
	for (let r = 0; r < 8; r++) {
		const re = /\d{3}/g;
		while (re.exec(text) !== null);
		findMatches(text);
	}
	let bareMs = Infinity;
	let oursMs = Infinity;
	for (let r = 0; r < RUNS; r++) {
		let t0 = performance.now();
		const re = /\d{3}/g;
		let count = 0;
		while (re.exec(text) !== null) count++;
		bareMs = Math.min(bareMs, performance.now() - t0);
		t0 = performance.now();
		count += findMatches(text).length;
		oursMs = Math.min(oursMs, performance.now() - t0);
		if (count < 0) throw new Error('unreachable: keeps the work observable');
	}
	const mbPerSec = mb / (oursMs / 1000);
	const bareMbPerSec = mb / (bareMs / 1000);
	return {ratio: mbPerSec / bareMbPerSec, mbPerSec, bareMbPerSec};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const show = (label: string, r: {ratio: number; mbPerSec: number; bareMbPerSec: number}): void => {
		console.log(
			`${label}: findMatches ${r.mbPerSec.toFixed(0)} MB/s, bare /\\d{3}/g pass ${r.bareMbPerSec.toFixed(0)} MB/s, ` +
				`ratio ${r.ratio.toFixed(2)} (budget ≥ 0.5)`,
		);
	};
	const corpus = buildCorpusText();
	void benchFindCodes()
		.then((r) => show('bounce-like 10 MB', r))
		.then(() => benchFindCodes({dense: true}))
		.then((r) => show('dense 10 MB (no message body)', r))
		.then(async () => (corpus ? show('real bounces 10 MB (DEV corpus emails, repeated)', await benchFindCodes({text: corpus})) : undefined));
}
