// Gmail / Google Workspace notices. Old (pre-2016): "Delivery to the following recipient failed
// permanently:" + "Technical details of permanent failure:". New: "** Address not found **",
// "Your message wasn't delivered to X because …", "The response from the remote server was:".
import type {Layout, LayoutHit} from './types';
import {cutOriginal, section} from './helpers';
import {findAddresses, fold} from '../text';

export const gmail: Layout = {
	id: 'gmail',
	detect: (text) =>
		/Delivery to the following recipients? (?:failed permanently|has been delayed)|Technical details of (?:permanent|temporary) failure|\*\* ?(?:Address not found|Message not delivered|Delivery incomplete|Message blocked|Message too large|Delivery failed) ?\*\*|Your message wasn't delivered to|There was a temporary problem delivering your message to/i.test(
			text,
		),
	parse(text) {
		const body = cutOriginal(text);
		const delayed = /has been delayed|Delivery incomplete|temporary problem|will retry|THIS IS A WARNING/i.test(body);
		let recipients: string[] = [];
		const old = section(body, /Delivery to the following recipients? (?:failed permanently|has been delayed):?/i, /Technical details|^[ \t]*(?:-{3,}|={5,})/im);
		if (old) recipients = findAddresses(old);
		if (!recipients.length) {
			const m = /(?:wasn't delivered to|delivering your message to|problem delivering your message to)[ \t\n]+(\S{1,320}@\S{1,255})/i.exec(body);
			if (m) recipients = findAddresses(m[1] ?? '');
		}
		const response = section(body, /(?:The error that the other server returned was|The response from the remote server was|The response was|The remote server (?:returned|said)):?[ \t]*\n?/i).replace(/^\s+/, '');
		const end = response.search(/\n[ \t]*\n|^-{3,}|Learn more/im);
		let diagnostic = (end < 0 ? response : response.slice(0, end)) || section(body, /Technical details(?: of (?:permanent|temporary) failure)?:/i, /^[ \t]*(?:-{3,}|={5,})/m);
		if (!diagnostic.trim()) {
			const m = /(?:Your message wasn't delivered|There was a temporary problem)[^\n]{0,400}(?:\n[^\n]{1,400}){0,3}/i.exec(body);
			diagnostic = m?.[0] ?? '';
		}
		return recipients.map((recipient): LayoutHit => ({recipient, diagnostic: fold(diagnostic), action: delayed ? 'delayed' : undefined}));
	},
};
