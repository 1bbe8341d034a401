// Google Groups refusals (localised): "the group you tried to contact (name) may not exist, or you
// may not have permission to post messages to the group", signed "Google Groups" with a link to
// https://groups.google.com/support/. The group's address is in X-Failed-Recipients only, so from
// the displayed text the recipient may stay unknown ('').
import type {Layout, LayoutHit} from './types';
import {cutOriginal} from './helpers';
import {findAddresses, fold} from '../text';

export const googleGroups: Layout = {
	id: 'google-groups',
	detect: {all: [/groups\.google\.com\/support/i, /^[ \t]*Google Groups\.?[ \t]*$/m]},
	parse(text) {
		const body = cutOriginal(text);
		const group = findAddresses(body).find((a) => a.endsWith('@googlegroups.com')) ?? '';
		const lines = body.split('\n').filter((l) => l.trim());
		// The explanation paragraph (second non-empty line, after the greeting) plus the signature.
		const diagnostic = fold(`${lines[1] ?? ''} Google Groups`);
		// The notice lists four possible causes as "* …" lines (misspelt group, removed group, not a
		// member, closed to posting) when it refuses the poster: Sisimai lib/Sisimai/Lhost/GoogleGroups.pm
		// (v5.1.0p3) reads that list as a refusal of the sender.
		const causes = body.match(/^[ ]?\*[ ]?\S/gm)?.length ?? 0;
		return [{recipient: group, diagnostic, command: 'RCPT', ...(causes === 4 ? {reason: 'rejected' as const} : {})} satisfies LayoutHit];
	},
};
