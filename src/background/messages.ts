// The background's message handlers, one per ToBackground type (STYLE.md practice 11).
import browser, {type Runtime} from '../shared/browser';
import {isToBackground, type BackgroundAnswers, type ToBackground} from '../shared/messages';
import {openExplanation} from './context-menu';
import {openDnsPage} from './dns-page';
import {explainBatch} from './explain-batch';
import {rawVerdict, textVerdict} from './raw-verdict';

type Handlers = {[T in ToBackground['type']]: (message: Extract<ToBackground, {type: T}>, sender: Runtime.MessageSender) => Promise<BackgroundAnswers[T]>};

const handlers: Handlers = {
	ping: async () => ({type: 'pong'}),
	'open-explanation': async (message, sender) => openExplanation(String(message.query ?? ''), sender.tab),
	'open-dns': async (message, sender) => openDnsPage(message.reading, sender.tab),
	'explain-batch': async message => explainBatch(message.items, message.context),
	'raw-verdict': async message => rawVerdict(message.raw),
	'text-verdict': async message => textVerdict(message.text),
};

/**
 * True for a sender that is this extension itself: one of its pages (popup, full-page view), or its
 * content script in a tab. Anything else (another extension, a context without a tab or page) is
 * not answered.
 */
export function isOwnSender(sender: Runtime.MessageSender): boolean {
	if (sender.id !== browser.runtime.id) return false;
	if (sender.tab?.id !== undefined) return true;
	return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** runtime.onMessage listener: answers our own messages from our own parts, ignores anything else. */
export function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
	if (!isOwnSender(sender) || !isToBackground(message) || !(message.type in handlers)) return undefined;
	const handler = handlers[message.type] as (m: ToBackground, s: Runtime.MessageSender) => Promise<unknown>;
	return handler(message, sender);
}
