// DragonFly Mail Agent (dma): "There was an error delivering your mail to <rcpt>." then
// "mx [ip] did not like our RCPT TO:" and the reply, then "Message headers follow.".
import type {Layout, LayoutHit} from './types';
import {cleanAddress, fold} from '../text';
import {messageTable, tableReason} from './helpers';

// dma's own texts (dma.c, net.c) and what each means, per Sisimai lib/Sisimai/Lhost/DragonFly.pm (v5.1.0p3).
const DMA_MESSAGES = messageTable([
	['expired', ['Could not deliver for the last ']],
	['hostunknown', ['DNS lookup failure: host ']],
]);

export const dragonfly: Layout = {
	id: 'dragonfly',
	detect: /There was an error delivering your mail to </i,
	parse(text) {
		// dma ends its notice with "Original message follows." or "Message headers follow." (mail.c).
		const end = text.search(/^(?:Message headers follow|Original message follows)\.?$/im);
		const body = end < 0 ? text : text.slice(0, end);
		const hits: LayoutHit[] = [];
		for (const m of body.matchAll(/There was an error delivering your mail to <([^>\s]{1,320})>\.?/gi)) {
			const rest = body.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 4000);
			const next = rest.search(/There was an error delivering your mail to </i);
			const block = next < 0 ? rest : rest.slice(0, next);
			const liked = /did not like our ([A-Z ]{4,12}?):?\s*\n/i.exec(block);
			const cmd = (liked?.[1] ?? '').trim().toUpperCase();
			const command = cmd.startsWith('RCPT') ? 'RCPT' : cmd.startsWith('MAIL') ? 'MAIL' : cmd.includes('DATA') ? 'DATA' : cmd.startsWith('EHLO') || cmd.startsWith('HELO') ? 'EHLO' : '';
			const diagnostic = fold(liked ? block.slice(liked.index + liked[0].length) : block);
			const mta = /^([A-Za-z0-9.-]{1,255}) \[[0-9a-f.:]{2,64}\] did not like/im.exec(block);
			hits.push({recipient: cleanAddress(m[1] ?? ''), diagnostic, command, remoteMta: mta?.[1]?.toLowerCase() ?? '', reason: liked ? undefined : tableReason(DMA_MESSAGES, diagnostic)});
		}
		return hits;
	},
};
