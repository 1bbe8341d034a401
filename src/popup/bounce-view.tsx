// A decoded bounce: the summary, a verdict per recipient, and every code found in it.
import type {RecipientResult} from '../core/types';
import type {ResultItem} from './items';
import type {DecodeState} from './use-decode';
import {ResultList} from './result-list';
import {KIND_LABEL, OUTCOME_LABEL, OUTCOME_SEVERITY, outcome, reasonTitle} from '../ui/verdict';

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
			{decode.status === 'done' && (
				<>
					<h2 class="bounce-summary"><span class="bounce-kind">{KIND_LABEL[decode.report.kind]}<span class="visually-hidden">:</span></span> {decode.report.summary}</h2>
					{decode.report.recipients.length > 0 && (
						<ul class="recipients" aria-label="Recipients">
							{decode.report.recipients.map((r, i) => <Recipient key={`${r.recipient}-${i}`} r={r} />)}
						</ul>
					)}
				</>
			)}
			<h3 class="section-title" id="codes-found">Codes found ({codes.length})</h3>
			{codes.length > 0
				? <ResultList id="codes-list" label="Codes found" items={codes} active={active} onOpen={onOpen} onHover={onHover} />
				: <p class="muted">No SMTP code appears in this text.</p>}
		</section>
	);
}

function Recipient({r}: {r: RecipientResult}) {
	const o = outcome(r);
	const code = [r.replyCode, r.status].filter(Boolean).join(' ');
	return (
		<li class="recipient" data-outcome={o}>
			<div class="recipient-head">
				<span class="recipient-address">{r.recipient || 'Unknown recipient'}</span>
				<span class="bd-badge" data-severity={OUTCOME_SEVERITY[o]}>{OUTCOME_LABEL[o]}</span>
			</div>
			<div class="recipient-verdict">
				{reasonTitle(r.reason)}
				{code && <> · <code>{code}</code></>}
				{o === 'failed' && <> · {r.hardBounce ? 'hard bounce: remove or fix the address' : 'soft bounce: may work later'}</>}
			</div>
			{r.diagnostic && <div class="recipient-diagnostic">{r.diagnostic}</div>}
			{r.remoteMta && <div class="muted">Server: {r.remoteMta}{r.command ? ` · during ${r.command}` : ''}</div>}
		</li>
	);
}
