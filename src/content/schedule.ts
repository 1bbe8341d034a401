// Cooperative scheduling: long work runs in slices of BUDGET_MS and yields to the page in between,
// so no task of ours comes near the 50 ms long-task line (DESIGN.md, budgets).

/** Time one slice of work may take before it yields. */
export const BUDGET_MS = 8;

/** Runs `fn` in a new task as soon as possible (a MessageChannel task is not clamped like setTimeout). */
export function nextTask(fn: () => void): void {
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		channel.port1.close();
		fn();
	};
	channel.port2.postMessage(null);
}

/**
 * Lets the page handle input and render, then resumes in a new task. Not scheduler.yield: Chromium runs
 * its continuations ahead of a pending rendering update for up to ~100 ms, so 9 ms slices that each
 * asked for a frame were measured as 100 ms animation frames (eleven slices back to back, no paint
 * between them); after a plain task the browser renders as soon as a frame is due.
 */
export function yieldToPage(): Promise<void> {
	return new Promise(resolve => nextTask(resolve));
}

/** A deadline for the current slice. */
export function deadline(budget = BUDGET_MS): () => boolean {
	const end = performance.now() + budget;
	return () => performance.now() >= end;
}
