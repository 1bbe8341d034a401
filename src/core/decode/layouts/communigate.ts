// CommuniGate Pro: "Failed to deliver to '<rcpt>'", then the delivery module's report
// ("SMTP module(domain …) reports:", "LOCAL module(account …) reports:") and its words, indented,
// up to a blank line. An SMTP report names the remote host ("host mx.rcpt.example says:").
import type {Layout, LayoutHit} from './types';
import {cleanAddress, fold} from '../text';

const FAILED = /^Failed to deliver to '<?([^'<>\s]{1,320}?)>?'[ \t]*$/gim;

export const communigate: Layout = {
	id: 'communigate',
	detect: /^Failed to deliver to '[^'\n]{1,330}'[ \t]*$/im,
	parse(text) {
		const hits: LayoutHit[] = [];
		for (const m of text.matchAll(FAILED)) {
			const start = (m.index ?? 0) + m[0].length;
			const rest = text.slice(start, start + 4000);
			// The block ends at the first blank line, or at the next recipient's line.
			const end = rest.search(/\n[ \t]*\n|\nFailed to deliver to '/i);
			const block = end < 0 ? rest : rest.slice(0, end);
			const host = /^[ \t]{0,8}host ([A-Za-z0-9.:[\]-]{1,255}) says:[ \t]*$/im.exec(block);
			const words = block
				.replace(/^[ \t]{0,8}[A-Za-z0-9_-]{1,32} module\([^)\n]{0,300}\) reports:[ \t]*$/gim, '')
				.replace(/^[ \t]{0,8}host [A-Za-z0-9.:[\]-]{1,255} says:[ \t]*$/gim, '');
			hits.push({recipient: cleanAddress(m[1] ?? ''), diagnostic: fold(words), remoteMta: host?.[1]?.replace(/^\[|\]$/g, '').toLowerCase() ?? ''});
		}
		return hits;
	},
};
