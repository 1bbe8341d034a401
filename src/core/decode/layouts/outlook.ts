// Outlook.com / Hotmail notices: "This is an automatically generated Delivery Status Notification."
// then "Delivery to the following recipients failed." (or "… has been delayed.", or "Unable to deliver
// message to the following recipients, due to being unable to connect successfully to the
// destination mail server.") over the indented addresses; the server's words are in the
// delivery-status part. What two of them mean, per Sisimai lib/Sisimai/Lhost/Outlook.pm (v5.1.0p3).
import type {Layout, LayoutHit} from './types';
import {cutOriginal, messageTable} from './helpers';
import {cleanAddress, fold} from '../text';

const OUTLOOK_MESSAGES = messageTable([
	['hostunknown', ['The mail could not be delivered to the recipient because the domain is not reachable']],
	['userunknown', ['Requested action not taken: mailbox unavailable']],
]);

const LIST = /^(Delivery to the following recipients (?:failed|has been delayed)\.|Unable to deliver message to the following recipients, due to being unable to connect successfully to the destination mail server\.)[ \t]*$/m;

export const outlook: Layout = {
	id: 'outlook',
	detect: {all: [/^This is an automatically generated Delivery Status Notification\.?[ \t]*$/m, LIST]},
	parse(text) {
		const body = cutOriginal(text);
		const list = LIST.exec(body);
		if (!list) return [];
		const sentence = fold(list[1] ?? '');
		const delayed = /has been delayed/i.test(sentence);
		const hits: LayoutHit[] = [];
		for (const line of body.slice(list.index + list[0].length).split('\n')) {
			const m = /^[ \t]{2,}<?([^\s<>@]{1,256}@[A-Za-z0-9.-]{1,255})>?[ \t]*$/.exec(line);
			if (m) hits.push({recipient: cleanAddress(m[1] ?? ''), diagnostic: sentence, table: OUTLOOK_MESSAGES, action: delayed ? 'delayed' : undefined});
			else if (line.trim() && hits.length) break;
		}
		return hits;
	},
};
