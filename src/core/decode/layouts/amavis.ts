// amavis (amavisd-new) notices to the sender: "A message from <sender> to:\n-> rcpt\n\nwas considered
// unsolicited bulk e-mail (UBE)." / "contained virus" / "contains banned content".
import type {Layout, LayoutHit} from './types';
import {cutOriginal} from './helpers';
import {cleanAddress, fold} from '../text';

export const amavis: Layout = {
	id: 'amavis',
	detect: {all: [/^->[ \t]*\S+@/m, /^A message from <[^>\n]{0,320}> to:[ \t]*$/m]},
	parse(text) {
		const body = cutOriginal(text);
		const rcpts = [...body.matchAll(/^->[ \t]*<?([^\s<>]{1,256}@[^\s<>]{1,255})>?/gm)].map((m) => cleanAddress(m[1] ?? ''));
		const why = /^(?:was|is|has been|contained|contains)\b[^\n]{0,300}(?:\n[^\n]{1,300}){0,2}/m.exec(body)?.[0] ?? '';
		return rcpts.map((recipient): LayoutHit => ({recipient, diagnostic: fold(why)}));
	},
};
