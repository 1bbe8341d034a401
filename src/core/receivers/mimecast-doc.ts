// Mimecast's documentation and the advice its rules share (mimecast.ts, mimecast-deferrals.ts,
// mimecast-refusals.ts).

export const CODES = 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes';
export const BLOCKED_SENDERS = 'https://mimecastsupport.zendesk.com/hc/en-us/articles/42979092709907-Policies-Managing-Blocked-Senders-and-Email-Rejections';
export const VIA_ADMIN = "Mimecast talks only to its customers' named contacts: ask the recipient, by another channel, to have their Mimecast administrator look the rejection up (Rejected and Deferred Messages) and act on it.";
export const OWN_ACCOUNT = 'If your organisation is the Mimecast customer, your Mimecast administrator changes this in the Administration Console or through Mimecast Support.';
