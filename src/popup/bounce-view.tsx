// A decoded bounce: the core's verdict on the whole report and on each recipient, and every code
// found in it. Everything said about the outcome is the verdict's own words.
import {reportVerdict, type RecipientResult, type ReportVerdict, type Verdict} from '../core';
import type {ResultItem} from './items';
import type {DecodeState} from './use-decode';
import {ResultList} from './result-list';

interface Props {
	/** Where the bounce came from: 'pasted text' or a file name. */
	source: string;
	decode: DecodeState;
	codes: ResultItem[];
	active: number;
	onOpen(item: ResultItem): void;
	onHover(index: number): void;
}

export function BounceView({source, decode, codes, active, onOpen, onHover}: Props) {
	return (
		<section class="bounce" aria-label="Decoded bounce" aria-busy={decode.status === 'busy'}>
			<p class="bounce-source">Decoded from {source}</p>
			{decode.status === 'busy' && <p role="status">Decoding…</p>}
			{decode.status === 'error' && <p role="alert" class="error">This could not be decoded: {decode.message}</p>}
			{decode.status === 'done' && <Report recipients={decode.report.recipients} verdict={reportVerdict(decode.report)} />}
			<h3 class="section-title" id="codes-found">Codes found ({codes.length})</h3>
			{codes.length > 0
				? <ResultList id="codes-list" label="Codes found" items={codes} active={active} onOpen={onOpen} onHover={onHover} />
				: <p class="muted">No SMTP code appears in this text.</p>}
		</section>
	);
}

function Report({recipients, verdict}: {recipients: RecipientResult[]; verdict: ReportVerdict}) {
	// One recipient: the summary is its headline, said once.
	const single = verdict.recipients.length === 1;
	return (
		<>
			<h2 class="bounce-summary" data-outcome={verdict.outcome}><span class="bounce-kind">{verdict.label}<span class="visually-hidden">:</span></span> {verdict.summary}</h2>
			{verdict.recipients.length > 0 && (
				<ul class="recipients" aria-label="Recipients">
					{verdict.recipients.map((v, i) => <Recipient key={`${v.recipient}-${i}`} r={recipients[i]!} v={v} headline={!single} />)}
				</ul>
			)}
		</>
	);
}

function Recipient({r, v, headline}: {r: RecipientResult; v: Verdict; headline: boolean}) {
	return (
		<li class="recipient" data-outcome={v.outcome}>
			<div class="recipient-head">
				<span class="recipient-address">{v.recipient || 'Unknown recipient'}</span>
				<span class="bd-badge" data-severity={v.tone}>{v.label}</span>
			</div>
			{headline && <p class="recipient-verdict">{v.headline}</p>}
			{v.advice && <p class="recipient-advice">{v.advice}</p>}
			{r.diagnostic && <div class="recipient-diagnostic">{r.diagnostic}</div>}
			{r.remoteMta && <div class="muted">Server: {r.remoteMta}{r.command ? ` · during ${r.command}` : ''}</div>}
		</li>
	);
}
