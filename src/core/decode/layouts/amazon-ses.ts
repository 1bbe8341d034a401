// Amazon SES notices: "The following message to <rcpt> was undeliverable. The reason for the
// problem: 5.1.0 - Unknown address error 550-'5.7.1 …'" (the remote reply is quoted after the code).
import type {Layout, LayoutHit} from './types';
import {cutOriginal, section} from './helpers';
import {findAddresses, fold} from '../text';

export const amazonSes: Layout = {
	id: 'amazon-ses',
	detect: /The following message to <?[^\s>]{1,320}>? was undeliverable|An error occurred while trying to deliver the mail to the following recipients|amazonses\.com/i,
	parse(text) {
		const body = cutOriginal(text);
		const hits: LayoutHit[] = [];
		const m = /The following message to <?([^\s>]{1,320})>? was undeliverable/i.exec(body);
		const diagnostic = fold(section(body, /The reason for the problem:?/i, /^-{3,}/m));
		if (m) hits.push({recipient: findAddresses(m[1] ?? '')[0] ?? '', diagnostic});
		else {
			const list = section(body, /following recipients:/i, /^[ \t]*$/m);
			for (const r of findAddresses(list)) hits.push({recipient: r, diagnostic: fold(section(body, /following recipients:[^\n]*\n[^\n]*\n/i) || body)});
		}
		// SES's own words for a message it stopped retrying (Sisimai lib/Sisimai/Lhost/AmazonSES.pm (v5.1.0p3)).
		for (const h of hits) if (/\bDelivery expired\b/i.test(h.diagnostic)) h.reason = 'expired';
		return hits.filter((h) => h.recipient);
	},
};
