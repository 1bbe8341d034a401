// A message of the catalogue whose substitutions are elements (a code, a word in emphasis), in the
// reader's language: the message's own words stay text, each slot gets its element.
import type {ComponentChildren} from 'preact';
import {messageParts, type MessageKey} from '../shared/i18n';

export function Said({name, slots}: {name: MessageKey; slots: ComponentChildren[]}) {
	return <>{messageParts(name, slots.length).map(part => typeof part === 'number' ? slots[part] : part)}</>;
}
