// Our controls live in someone else's page, which can dispatch any event it likes at them (the banner
// and card hosts have open shadow roots). Only the user's own input counts: `isTrusted` is false for
// every event a script made, and a page cannot forge it.

/** True for an event the browser made from the user's input. */
export function isTrusted(event: Event | undefined): boolean {
	return event?.isTrusted === true;
}

/** A handler that runs `action` for trusted events only (a synthetic click does nothing). */
export function onTrusted(action: () => void): (event?: Event) => void {
	return event => {
		if (isTrusted(event)) action();
	};
}
