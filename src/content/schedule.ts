// Cooperative scheduling: long work runs in slices of BUDGET_MS and yields to the page in between,
// so no task of ours comes near the 50 ms long-task line (DESIGN.md, budgets).

/** Time one slice of work may take before it yields. */
export const BUDGET_MS = 8;

type Scheduler = {yield?: () => Promise<void>};

/** Runs `fn` in a new task as soon as possible (a MessageChannel task is not clamped like setTimeout). */
export function nextTask(fn: () => void): void {
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		channel.port1.close();
		fn();
	};
	channel.port2.postMessage(null);
}

/** Lets the page handle input and render, then resumes (scheduler.yield keeps our priority where it exists). */
export function yieldToPage(): Promise<void> {
	const scheduler = (globalThis as {scheduler?: Scheduler}).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise(resolve => nextTask(resolve));
}

/** A deadline for the current slice. */
export function deadline(budget = BUDGET_MS): () => boolean {
	const end = performance.now() + budget;
	return () => performance.now() >= end;
}
