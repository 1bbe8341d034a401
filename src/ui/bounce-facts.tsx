// What a bounce is about and where it failed, shown the same in the popup's report and the banner's
// details: the returned message's subject, date and sender (the core's BounceReport.original, text
// its author wrote: rendered as text only), each recipient's remote server and the SMTP stage it
// failed at, and the addresses to suppress. Every label is the catalogue's (src/shared/i18n.ts), read
// when rendered, so the banner and the popup say them in the reader's language.
import {t, tn, type MessageKey} from '../shared/i18n';
import type {OriginalMessage} from '../core';
import {CopyButton} from './copy-button';

/** The returned message's fields, in the order shown, with the message that labels each. */
export const ORIGINAL_FIELDS: readonly [keyof OriginalMessage, MessageKey][] = [['subject', 'about_subject'], ['date', 'about_sent'], ['from', 'about_from']];

/** The banner's folded details: their summary. */
export const detailsLabel = (): string => t('banner_details');

// The SMTP command a failure came at (RecipientResult.command), as a person names the stage. The
// commands that name themselves (HELO, EHLO, STARTTLS, AUTH) are said as they are, in every language.
const STAGES: Readonly<Record<string, MessageKey>> = {
	CONN: 'stage_connecting',
	MAIL: 'stage_mail',
	RCPT: 'stage_rcpt',
	DATA: 'stage_data',
};

/** The stage in words, or '' when the bounce does not say. */
export function stageLabel(command: string): string {
	const key = STAGES[command.toUpperCase()];
	return key ? t(key) : command;
}

/** The copy button's label for `n` addresses. */
export const suppressLabel = (n: number): string => tn('copy_suppress', n);
/** Why these addresses, beside the copy button (in the reader's language). */
export const suppressNote = (): string => t('suppress_note');

/** Subject, date and sender of the returned message; nothing when the bounce carries none. */
export function AboutMessage({original}: {original?: OriginalMessage}) {
	const rows = ORIGINAL_FIELDS.filter(([key]) => original?.[key]);
	if (!original || rows.length === 0) return null;
	return (
		<dl class="bd-about" aria-label={t('about_label')}>
			{rows.map(([key, label]) => <div key={key}><dt>{t(label)}</dt><dd>{original[key]}</dd></div>)}
		</dl>
	);
}

/** "Server: mx.example.net · Stage: RCPT TO (the recipient)", or nothing when neither is known. */
export function ServerStage({server, command}: {server: string; command: string}) {
	const stage = stageLabel(command);
	if (!server && !stage) return null;
	return (
		<p class="bd-server-stage">
			{server && <span>{t('recipient_server', server)}</span>}
			{server && stage && ' · '}
			{stage && <span>{t('recipient_stage', stage)}</span>}
		</p>
	);
}

/** Copies the addresses to suppress, one per line; nothing when there are none. */
export function SuppressCopy({addresses}: {addresses: readonly string[]}) {
	if (addresses.length === 0) return null;
	return <CopyButton label={suppressLabel(addresses.length)} text={() => addresses.join('\n')} />;
}
