// The jobs of a run, taken until the inputs themselves fail (standard input closed under us, a
// --files-from list that cannot be read further). The failure ends the jobs where it happened and is
// thrown by rethrow() once the jobs before it are done: a run that reads its inputs far ahead (--jobs,
// a reader thread) still writes every result that one reading them as it goes would have written first.
export class UntilFailure<T> implements Iterable<T> {
	private failure: {error: unknown} | undefined;

	constructor(private readonly source: Iterable<T>) {}

	*[Symbol.iterator](): Generator<T> {
		const inputs = this.source[Symbol.iterator]();
		try {
			for (;;) {
				let next: IteratorResult<T>;
				try {
					next = inputs.next();
				} catch (error) {
					this.failure = {error};
					return;
				}
				if (next.done) return;
				yield next.value;
			}
		} finally {
			// As a for-of loop would: inputs left unread (the run stopped) close what they hold open.
			inputs.return?.();
		}
	}

	/** Throws what failed, if the inputs did. */
	rethrow(): void {
		if (this.failure) throw this.failure.error;
	}
}
