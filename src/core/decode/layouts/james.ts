// Apache James notices (AbstractNotify.java): "Error message below:" over the error, then "Message
// details:" with indented "RCPT TO: rcpt" lines, one per recipient. Per Sisimai
// lib/Sisimai/Lhost/ApacheJames.pm (v5.1.0p3).
import type {Layout, LayoutHit} from './types';
import {cutOriginal, section} from './helpers';
import {cleanAddress, fold} from '../text';

const ERROR = /^Error message below:[ \t]*$/m;
const DETAILS = /^Message details:[ \t]*$/m;

export const james: Layout = {
	id: 'james',
	detect: {all: [ERROR, DETAILS]},
	parse(text) {
		const body = cutOriginal(text);
		const diagnostic = fold(section(body, ERROR, DETAILS));
		const details = section(body, DETAILS);
		const rcpts = [...details.matchAll(/^[ \t]{1,4}RCPT TO:[ \t]*<?([^\s<>@]{1,256}@[A-Za-z0-9.-]{1,255})>?/gm)].map((m) => cleanAddress(m[1] ?? ''));
		return rcpts.map((recipient): LayoutHit => ({recipient, diagnostic}));
	},
};
