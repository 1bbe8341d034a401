// Digital Arts m-FILTER notices (Japanese): the failed addresses alone on their lines, then
// "-------server message" with the remote reply on the next line and "-------SMTP command" with the
// command, then "-------original message". Per Sisimai lib/Sisimai/Lhost/mFILTER.pm (v5.1.0p3).
import type {Layout, LayoutHit} from './types';
import {section} from './helpers';
import {cleanAddress, fold} from '../text';

const SERVER = /^-{7}server message[ \t]*$/m;
const COMMAND = /^-{7}SMTP command[ \t]*$/m;
const ORIGINAL = /^-{7}original (?:message|mail info)/m;

export const mFilter: Layout = {
	id: 'mfilter',
	detect: {all: [SERVER, COMMAND]},
	parse(text) {
		const end = text.search(ORIGINAL);
		const body = end < 0 ? text : text.slice(0, end);
		const start = body.search(SERVER);
		const rcpts = [...body.slice(0, start).matchAll(/^[ \t]*([^\s@]{1,256}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,63})[ \t]*$/gm)].map((m) => cleanAddress(m[1] ?? ''));
		// The reply: the first line after its marker that is not another marker.
		const reply = section(body, SERVER, /^-{7}/m).split('\n').find((l) => l.trim()) ?? '';
		const command = (/^[ \t]*([A-Za-z]{4})\b/m.exec(section(body, COMMAND, /^-{7}/m))?.[1] ?? '').toUpperCase();
		const diagnostic = fold(reply);
		return rcpts.map((recipient): LayoutHit => ({recipient, diagnostic, command: command === 'HELO' ? 'EHLO' : command}));
	},
};
