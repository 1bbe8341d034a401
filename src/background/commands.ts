// The keyboard commands besides opening the popup (`_execute_action`, which the browser handles):
// next-mark / previous-mark ask the active tab's content script to show the card of the next or
// previous code of the open message. A tab with no content script of ours (any page but the
// webmails) has no one to answer: nothing happens.
import browser from '../shared/browser';
import type {StepMarks} from '../shared/messages';

const STEPS: Record<string, StepMarks['direction']> = {'next-mark': 1, 'previous-mark': -1};

export async function handleCommand(command: string): Promise<void> {
	const direction = STEPS[command];
	if (!direction) return;
	const [tab] = await browser.tabs.query({active: true, currentWindow: true});
	if (tab?.id === undefined) return;
	const message: StepMarks = {type: 'step-marks', direction};
	await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
}
