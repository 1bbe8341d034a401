// Lotus Notes SMTP MTA: "------- Failure Reasons --------" then the reason and the recipient, then
// "------- Returned Message --------".
import type {Layout, LayoutHit} from './types';
import {section} from './helpers';
import {findAddresses, fold} from '../text';

export const notes: Layout = {
	id: 'notes',
	detect: /^-{3,}[ \t]*Failure Reasons[ \t]*-{3,}/m,
	parse(text) {
		const part = section(text, /^-{3,}[ \t]*Failure Reasons[ \t]*-{3,}[^\n]*\n/m, /^-{3,}[ \t]*Returned Message/m);
		const recipients = findAddresses(part);
		const why = fold(part.split('\n').filter((l) => l.trim() && !findAddresses(l).length).join(' '));
		return recipients.map((recipient): LayoutHit => ({recipient, diagnostic: why}));
	},
};
