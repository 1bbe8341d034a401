// Scoring on ../shared/corpus-extra: bounces labelled by BounceParser's and GNU Mailman's
// maintainers (their README defines each figure). Only the file content reaches the decoder.
import {readFileSync} from 'node:fs';
import {decodeBounce} from '../src/core/decode';
import type {BounceReport, RecipientResult} from '../src/core/types';
import {halfOf} from './eval-half';
import type {Half} from './eval-half';
import {SHARED, ratio, tally} from './eval-ratio';
import type {Mistake, Ratio} from './eval-ratio';

interface ExtraRecipient {
	recipient: string;
	reason: string;
	reason_accept?: string[];
	replycode: string;
	status: string;
	temporary?: boolean;
}
interface ExtraEmail {
	id: string;
	source: string;
	is_bounce: boolean;
	recipients: ExtraRecipient[];
}

export interface ExtraScore {
	emails: number;
	isBounce: Ratio;
	reasonAccept: Ratio;
	reasonStrict: Ratio;
	recall: Ratio;
	precision: Ratio;
	temporary: Ratio;
	replyCode: Ratio;
	/** Reason within the accepted set, per DEV half. */
	halves: Record<Half, Ratio>;
	mistakes: Mistake[];
}

export const EXTRA_SETS = ['bounceparser', 'flufl-bounce'] as const;

const isBounceReport = (r: BounceReport): boolean =>
	r.kind === 'bounce' || r.kind === 'delay' || r.recipients.some((x) => x.action === 'failed' || x.action === 'delayed');

/** The decoder's view of temporary: a delay, or a 4.x.x status with no final action. */
const isTemporary = (g: RecipientResult): boolean => g.action === 'delayed' || (g.action !== 'failed' && g.status.startsWith('4'));

function byAddress(got: RecipientResult[], address: string): RecipientResult | undefined {
	const a = address.toLowerCase();
	return got.find((g) => g.recipient.toLowerCase() === a);
}

export async function scoreExtra(): Promise<ExtraScore> {
	const s: ExtraScore = {
		emails: 0,
		isBounce: ratio(),
		reasonAccept: ratio(),
		reasonStrict: ratio(),
		recall: ratio(),
		precision: ratio(),
		temporary: ratio(),
		replyCode: ratio(),
		halves: {A: ratio(), B: ratio()},
		mistakes: [],
	};
	for (const set of EXTRA_SETS) {
		const dir = new URL(`corpus-extra/${set}/`, SHARED);
		const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as ExtraEmail[];
		for (const e of expected) {
			s.emails++;
			const report = await decodeBounce(new Uint8Array(readFileSync(new URL(`emails/${e.id}.eml`, dir))));
			const got = report.recipients;
			const miss = (field: string, expected: string, value: string, g?: RecipientResult): void => {
				s.mistakes.push({id: e.id, source: set, field, expected, got: value, diagnostic: `[${g?.command ?? ''}|${g?.action ?? ''}] ${g?.diagnostic ?? ''}`});
			};
			const bounce = isBounceReport(report);
			tally(s.isBounce, bounce === e.is_bounce);
			if (bounce !== e.is_bounce) miss('isBounce', String(e.is_bounce), `${bounce} (${report.kind})`, got[0]);
			const labelled = e.recipients.filter((x) => x.recipient);
			if (labelled.length) {
				const want = new Set(labelled.map((x) => x.recipient.toLowerCase()));
				const found = new Set(got.map((g) => g.recipient.toLowerCase()).filter(Boolean));
				for (const w of want) {
					tally(s.recall, found.has(w));
					if (!found.has(w)) miss('recipient', w, [...found].join(' ') || '-', got[0]);
				}
				for (const f of found) {
					tally(s.precision, want.has(f));
					if (!want.has(f)) miss('extra-recipient', [...want].join(' '), f);
				}
			}
			for (const x of e.recipients) {
				// The same recipient when it is named, else the decoder's only (or first) result.
				const g = (x.recipient ? byAddress(got, x.recipient) : undefined) ?? (got.length === 1 || !x.recipient ? got[0] : undefined);
				if (x.reason) {
					const accept = x.reason_accept?.length ? x.reason_accept : [x.reason];
					const ok = Boolean(g && accept.includes(g.reason));
					tally(s.reasonAccept, ok);
					tally(s.halves[halfOf(e.id)], ok);
					tally(s.reasonStrict, g?.reason === x.reason);
					if (!ok) miss('reason', accept.join('|'), g?.reason ?? '-', g);
				}
				if (x.replycode) {
					tally(s.replyCode, g?.replyCode === x.replycode);
					if (g?.replyCode !== x.replycode) miss('replyCode', x.replycode, g?.replyCode || '-', g);
				}
				if (typeof x.temporary === 'boolean') {
					const temp = g ? isTemporary(g) : undefined;
					tally(s.temporary, temp === x.temporary);
					if (temp !== x.temporary) miss('temporary', String(x.temporary), String(temp ?? '-'), g);
				}
			}
		}
	}
	return s;
}
