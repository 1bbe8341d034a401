// Lotus Domino / HCL Notes: "Your message … was not delivered to: <rcpt> because: <reason>".
import type {Layout, LayoutHit} from './types';
import {cutOriginal, section} from './helpers';
import {findAddresses, fold} from '../text';

export const domino: Layout = {
	id: 'domino',
	detect: (text) => /was not delivered to:[\s\S]{0,600}?because:/i.test(text),
	parse(text) {
		const body = cutOriginal(text);
		const who = section(body, /was not delivered to:/i, /because:/i);
		const why = section(body, /because:/i, /^[ \t]*$\n[ \t]*$|What should you do|^[ \t]*-{3,}/m);
		return findAddresses(who).map((recipient): LayoutHit => ({recipient, diagnostic: fold(why)}));
	},
};
