// The background's message handlers, one per ToBackground type (STYLE.md practice 11).
import type {Runtime} from '../shared/browser';
import {isToBackground, type ToBackground} from '../shared/messages';
import {openExplanation} from './context-menu';

type Handlers = {[T in ToBackground['type']]: (message: Extract<ToBackground, {type: T}>, sender: Runtime.MessageSender) => Promise<unknown>};

const handlers: Handlers = {
	ping: async () => ({type: 'pong'}),
	'open-explanation': async (message, sender) => openExplanation(String(message.query ?? ''), sender.tab),
};

/** runtime.onMessage listener: answers our own messages, ignores anything else. */
export function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
	if (!isToBackground(message) || !(message.type in handlers)) return undefined;
	const handler = handlers[message.type] as (m: ToBackground, s: Runtime.MessageSender) => Promise<unknown>;
	return handler(message, sender);
}
