// What a bounce is about and where it failed, shown the same in the popup's report and the banner's
// details: the returned message's subject, date and sender (the core's BounceReport.original, text
// its author wrote: rendered as text only), each recipient's remote server and the SMTP stage it
// failed at, and the addresses to suppress. Every word of it is here, in one place, to move to the
// locale files as it is.
import {t, tn} from '../shared/i18n';
import type {OriginalMessage} from '../core';
import {CopyButton} from './copy-button';

/** The returned message's fields, in the order shown. */
export const ORIGINAL_LABELS: [keyof OriginalMessage, string][] = [['subject', 'Subject'], ['date', 'Sent'], ['from', 'From']];
export const ABOUT_LABEL = 'The returned message';
export const SERVER_LABEL = 'Server';
export const STAGE_LABEL = 'Stage';
export const DETAILS_LABEL = 'Details';

// The SMTP command a failure came at (RecipientResult.command), as a person names the stage.
const STAGES: Record<string, string> = {
	CONN: 'connecting',
	HELO: 'HELO',
	EHLO: 'EHLO',
	STARTTLS: 'STARTTLS',
	AUTH: 'AUTH',
	MAIL: 'MAIL FROM (the sender)',
	RCPT: 'RCPT TO (the recipient)',
	DATA: 'DATA (the message itself)',
};

/** The stage in words, or '' when the bounce does not say. */
export const stageLabel = (command: string): string => STAGES[command.toUpperCase()] ?? command;

/** The copy button's label for `n` addresses. */
export const suppressLabel = (n: number): string => tn('copy_suppress', n);
/** Why these addresses, beside the copy button (in the reader's language). */
export const suppressNote = (): string => t('suppress_note');

/** Subject, date and sender of the returned message; nothing when the bounce carries none. */
export function AboutMessage({original}: {original?: OriginalMessage}) {
	const rows = ORIGINAL_LABELS.filter(([key]) => original?.[key]);
	if (!original || rows.length === 0) return null;
	return (
		<dl class="bd-about" aria-label={ABOUT_LABEL}>
			{rows.map(([key, label]) => <div key={key}><dt>{label}</dt><dd>{original[key]}</dd></div>)}
		</dl>
	);
}

/** "Server: mx.example.net · Stage: RCPT TO (the recipient)", or nothing when neither is known. */
export function ServerStage({server, command}: {server: string; command: string}) {
	const stage = stageLabel(command);
	if (!server && !stage) return null;
	return (
		<p class="bd-server-stage">
			{server && <span>{SERVER_LABEL}: {server}</span>}
			{server && stage && ' · '}
			{stage && <span>{STAGE_LABEL}: {stage}</span>}
		</p>
	);
}

/** Copies the addresses to suppress, one per line; nothing when there are none. */
export function SuppressCopy({addresses}: {addresses: readonly string[]}) {
	if (addresses.length === 0) return null;
	return <CopyButton label={suppressLabel(addresses.length)} text={() => addresses.join('\n')} />;
}
