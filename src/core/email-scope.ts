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

/**
 * The last few answers one reader kept in the current email, by the string they answer: valid while
 * the email and the `owner` they were found with (a filter, a rule set: what the answer depends on)
 * are the current ones. Ask find(); on a miss, compute and keep() the answer.
 */
export class RecentAnswers<T> {
	private readonly keys: string[];
	private readonly values: T[];
	private count = 0;
	private next = 0;
	private scope = -1;
	private owner: unknown;

	constructor(
		private readonly size: number,
		empty: T,
	) {
		this.keys = new Array<string>(size).fill('');
		this.values = new Array<T>(size).fill(empty);
	}

	/** The slot of the answer kept for `key` in this email with this owner, -1 when none is. */
	find(owner: unknown, key: string): number {
		if (this.scope !== scope || this.owner !== owner) {
			this.count = 0;
			this.next = 0;
			this.scope = scope;
			this.owner = owner;
		}
		for (let i = 0; i < this.count; i++) if (this.keys[i] === key) return i;
		return -1;
	}

	/** The answer in a slot find() gave. */
	at(slot: number): T {
		return this.values[slot]!;
	}

	/** Keeps the answer for `key` (after find() missed it), over the oldest when all slots are taken. */
	keep(key: string, value: T): void {
		this.keys[this.next] = key;
		this.values[this.next] = value;
		this.next = this.next === this.size - 1 ? 0 : this.next + 1;
		if (this.count < this.size) this.count++;
	}
}
