// One email's scope for the answers the decoder keeps between its questions. Several readers ask the
// same question of the same string several times in a row (a reply's words for each of its codes, a
// message's body for each layout) and keep their last answers. Those answers are kept for one email
// only: each email decoded (decodeMessages, per message of an mbox; decodeText) and each text
// explained (explainText) starts a new scope, and an answer from an earlier scope is never given.
// So no result is reused across emails whose texts happen to be equal (DESIGN.md: no result cached
// by content), and a benchmark over distinct emails measures the work of each.

let scope = 0;

/** Starts a new email's scope: answers kept so far are not given again. */
export function beginEmail(): void {
	scope++;
}

/** The current email's scope, to store beside a kept answer and compare before giving it. */
export function emailScope(): number {
	return scope;
}
