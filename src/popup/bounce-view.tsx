// A decoded bounce: the core's verdict on the whole report and on each recipient, and every code
// found in it. Everything said about the outcome is the verdict's own words. While the decode worker
// runs, how far it got ("Decoding message 1,200 of 10,000…"); once done, what it left out.
import {addressesToSuppress, type BounceReport, type RecipientResult, type ReportVerdict, type Verdict} from '../core';
import {AboutMessage, ServerStage, suppressNote, SuppressCopy} from '../ui/bounce-facts';
import {formatNumber, t, tNumbers} from '../shared/i18n';
import {sayReport, sayVerdict} from '../shared/verdict-text';
import type {ResultItem} from './items';
import type {DecodeState, Decoded} from './use-decode';
import {ResultList} from './result-list';

interface Props {
	/** Where the bounce came from: 'pasted text' or a file name. */
	source: string;
	decode: DecodeState;
	/** The answer on screen: this input's, or while a pasted text is decoded again, the last one. */
	decoded?: Decoded;
	codes: ResultItem[];
	active: number;
	onOpen(item: ResultItem): void;
	onHover(index: number): void;
}

/** "Decoding message 1,200 of 10,000…", or "Decoding…" before the count is known or for one message. */
export function progressText(decode: DecodeState): string {
	const progress = decode.status === 'busy' ? decode.progress : undefined;
	if (!progress || progress.total <= 1) return t('status_decoding');
	return t('decode_progress', formatNumber(progress.message), formatNumber(progress.total));
}

export function BounceView({source, decode, decoded, codes, active, onOpen, onHover}: Props) {
	const progress = decode.status === 'busy' ? decode.progress : undefined;
	return (
		<section class="bounce" aria-label={t('bounce_label')} aria-busy={decode.status === 'busy'}>
			<p class="bounce-source">{t(decoded?.refused ? 'bounce_source_refused' : 'bounce_source', source)}</p>
			{decode.status === 'busy' && (
				<p class="decode-progress">
					<span>{progressText(decode)}</span>
					{progress && progress.total > 1 && <progress max={progress.total} value={progress.message} aria-hidden="true" />}
				</p>
			)}
			{decode.status === 'error' && <p role="alert" class="error">{t('decode_error', decode.message)}</p>}
			{/* A file not decoded (binary data that is no mail): what it is, and nothing about codes. */}
			{decoded?.refused && <p role="alert" class="error file-refused">{t(decoded.refused.say, ...decoded.refused.subs)}</p>}
			{decoded?.report && decoded.verdict && <Report report={decoded.report} verdict={decoded.verdict} />}
			{decoded?.notes.map(note => <p key={note.say} class="muted decode-note" role="note">{tNumbers(note.say, note.numbers)}</p>)}
			{!decoded?.refused && (
				<>
					<h3 class="section-title" id="codes-found">{t('codes_found', formatNumber(codes.length))}</h3>
					{codes.length > 0
						? <ResultList id="codes-list" label={t('codes_found_label')} items={codes} active={active} onOpen={onOpen} onHover={onHover} />
						: <p class="muted">{decode.status === 'busy' ? t('reading_codes') : t('no_codes')}</p>}
				</>
			)}
		</section>
	);
}

function Report({report, verdict}: {report: Pick<BounceReport, 'kind' | 'recipients' | 'original'>; verdict: ReportVerdict}) {
	const {recipients} = report;
	// One recipient: the summary is its headline, said once.
	const single = verdict.recipients.length === 1;
	const suppress = addressesToSuppress(report);
	const said = sayReport(verdict);
	return (
		<>
			<h2 class="bounce-summary" data-outcome={verdict.outcome}><span class="bounce-kind">{said.label}<span class="visually-hidden">:</span></span> {said.sentence}</h2>
			<AboutMessage original={report.original} />
			{verdict.recipients.length > 0 && (
				<ul class="recipients" aria-label={t('recipients_label')}>
					{verdict.recipients.map((v, i) => <Recipient key={`${v.recipient}-${i}`} r={recipients[i]!} v={v} headline={!single} />)}
				</ul>
			)}
			{suppress.length > 0 && (
				<p class="suppress">
					<SuppressCopy addresses={suppress} />
					<span class="muted"> {suppressNote()}</span>
				</p>
			)}
		</>
	);
}

function Recipient({r, v, headline}: {r: RecipientResult; v: Verdict; headline: boolean}) {
	const said = sayVerdict(v);
	return (
		<li class="recipient" data-outcome={v.outcome}>
			<div class="recipient-head">
				<span class="recipient-address">{v.recipient || t('unknown_recipient')}</span>
				<span class="bd-badge" data-severity={v.tone}>{said.label}</span>
			</div>
			{headline && <p class="recipient-verdict">{said.sentence}</p>}
			{said.advice && <p class="recipient-advice">{said.advice}</p>}
			{r.diagnostic && <div class="recipient-diagnostic">{r.diagnostic}</div>}
			<ServerStage server={r.remoteMta} command={r.command} />
		</li>
	);
}
