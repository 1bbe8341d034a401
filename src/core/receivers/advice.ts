// Advice several receivers give in the same words: one sentence, one place.

/** Why a message is over a receiver's size limit, and what the sender does about it. */
export const TOO_LARGE = {
	causes: ['Large attachments (encoding adds about a third to their size).'],
	fix: ['Shrink the attachments or share them through a link, then resend.'],
} as const;
