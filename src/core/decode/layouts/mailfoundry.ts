// MailFoundry notices: "Unable to deliver message to: <rcpt>", then "Delivery failed for the following
// reason:" over the remote server's reply ("Server mx[ip] failed with: 550 …"). Per Sisimai
// lib/Sisimai/Lhost/MailFoundry.pm (v5.1.0p3).
import type {Layout, LayoutHit} from './types';
import {cutOriginal} from './helpers';
import {cleanAddress, fold} from '../text';

const HEAD = /^Unable to deliver message to:[ \t]*<([^\s<>@]{1,256}@[A-Za-z0-9.-]{1,255})>/gm;
const REASON = /^Delivery failed for the following reason:[ \t]*$/m;

export const mailFoundry: Layout = {
	id: 'mailfoundry',
	detect: {all: [REASON, /^Unable to deliver message to:[ \t]*</m]},
	parse(text) {
		const body = cutOriginal(text);
		const heads = [...body.matchAll(HEAD)];
		return heads.map((m, i): LayoutHit => {
			const from = (m.index ?? 0) + m[0].length;
			const block = body.slice(from, heads[i + 1]?.index ?? body.length);
			const r = REASON.exec(block);
			const after = r ? block.slice(r.index + r[0].length).replace(/^\s*\n/, '') : '';
			const para = after.split(/\n[ \t]*\n/, 1)[0] ?? '';
			// "Server mx22.example.org[192.0.2.222] failed with: 550 …": the host, then the reply.
			const server = /^Server[ \t]+([A-Za-z0-9.-]{1,255})\[[^\]\n]{1,64}\][ \t]+failed with:[ \t]*/.exec(para);
			return {recipient: cleanAddress(m[1] ?? ''), diagnostic: fold(server ? para.slice(server[0].length) : para), remoteMta: server?.[1]?.toLowerCase() ?? ''};
		});
	},
};
