// Amazon SES's own classification of a bounce in its JSON notifications (SNS, event publishing):
// `"bounceType"` and `"bounceSubType"`, every pair the Amazon SES Developer Guide's "Bounce types"
// table lists, with what each says. The type says whether SES stopped for good (Permanent) or for
// now (Transient); the subtype names a cause for some pairs only. Read by the layout
// decode/layouts/amazon-ses-json.ts: the diagnosticCode's own words decide the reason where they state
// one, the subtype where they do not.
import type {Reason} from '../types';

export const SES_BOUNCE_TYPES_SOURCE = 'https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html#bounce-types';

export interface SesBounceType {
	bounceType: 'Undetermined' | 'Permanent' | 'Transient';
	bounceSubType: string;
	/** The reason the pair names; none when it names no cause (General, Undetermined). */
	reason?: Reason;
}

export const SES_BOUNCE_TYPES: readonly SesBounceType[] = [
	// SES could not tell why the recipient’s provider bounced the message.
	{bounceType: 'Undetermined', bounceSubType: 'Undetermined'},
	// A hard bounce without a more precise cause: remove the address.
	{bounceType: 'Permanent', bounceSubType: 'General'},
	// The address does not exist.
	{bounceType: 'Permanent', bounceSubType: 'NoEmail', reason: 'userunknown'},
	// The address is on SES's global suppression list, "because it has a recent history of bouncing as an
	// invalid address" (its notice; receivers/amazon-ses.ts gives that notice the same reason).
	{bounceType: 'Permanent', bounceSubType: 'Suppressed', reason: 'userunknown'},
	// The address is on the account's own suppression list: SES did not try to send (its notice's
	// reason in receivers/amazon-ses.ts).
	{bounceType: 'Permanent', bounceSubType: 'OnAccountSuppressionList', reason: 'onhold'},
	// A soft bounce without a more precise cause: later sends may succeed.
	{bounceType: 'Transient', bounceSubType: 'General'},
	// The recipient’s mailbox is full.
	{bounceType: 'Transient', bounceSubType: 'MailboxFull', reason: 'mailboxfull'},
	// The message is larger than the recipient’s provider accepts.
	{bounceType: 'Transient', bounceSubType: 'MessageTooLarge', reason: 'mesgtoobig'},
	// The recipient’s provider does not accept the message’s content.
	{bounceType: 'Transient', bounceSubType: 'ContentRejected', reason: 'contenterror'},
	// The recipient’s provider does not accept an attachment of the message.
	{bounceType: 'Transient', bounceSubType: 'AttachmentRejected', reason: 'contenterror'},
];

/** The table's row for a pair, or undefined for a pair AWS does not list. */
export function sesBounceType(bounceType: string | undefined, bounceSubType: string | undefined): SesBounceType | undefined {
	return SES_BOUNCE_TYPES.find(row => row.bounceType === bounceType && row.bounceSubType === bounceSubType);
}
