// The codes of the open message from the keyboard: the next-mark / previous-mark commands (sent by
// the background, background/commands.ts) step through every marked code in document order, scroll
// it into view and open its card with the focus in it, so its buttons are a Tab away; Escape closes
// the card and gives the focus back to where it was (card.tsx).
import browser, {type Runtime} from '../shared/browser';
import type {StepMarks} from '../shared/messages';
import type {HoverCard} from './card';
import type {Mark, MarkStore} from './marks';

/** Every mark of the connected bodies, bodies in document order, each body's marks in text order. */
export function orderedMarks(store: MarkStore): Mark[] {
	const bodies = [...store.bodies()].filter(body => body.isConnected)
		.sort((a, b) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
	return bodies.flatMap(body => [...store.marksOf(body)]);
}

/**
 * The mark of the next (or previous) reply after the one whose card is open — the codes of one reply
 * (`550` and `5.1.1` of `550 5.1.1 …`) share one card, so a step passes over them — wrapping around;
 * the first (or last) mark when no card is open.
 */
export function stepFrom(marks: readonly Mark[], current: Mark | undefined, direction: 1 | -1): Mark | undefined {
	if (marks.length === 0) return undefined;
	const at = current ? marks.indexOf(current) : -1;
	if (at < 0) return direction > 0 ? marks[0] : marks[marks.length - 1];
	for (let k = 1; k < marks.length; k++) {
		const next = marks[(at + k * direction + marks.length * k) % marks.length]!;
		if (next.group !== current!.group) return next;
	}
	return current;
}

export function step(store: MarkStore, card: HoverCard, direction: 1 | -1): void {
	const mark = stepFrom(orderedMarks(store), card.mark, direction);
	if (!mark) return;
	mark.range.startContainer.parentElement?.scrollIntoView({block: 'center', inline: 'nearest'});
	card.show(mark);
	card.focus();
}

/** Answers the background's step-marks messages (only this extension's background sends them). */
export function listenForSteps(store: MarkStore, card: HoverCard, signal: AbortSignal): void {
	const listener = (message: unknown, sender: Runtime.MessageSender): undefined => {
		if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
		const m = message as Partial<StepMarks> | null;
		if (m?.type === 'step-marks' && (m.direction === 1 || m.direction === -1)) step(store, card, m.direction);
		return undefined;
	};
	browser.runtime.onMessage.addListener(listener);
	signal.addEventListener('abort', () => {
		try {
			browser.runtime.onMessage.removeListener(listener);
		} catch {
			// The runtime went with the extension.
		}
	}, {once: true});
}
