// Opens the DNS page for a card's "Check DNS", beside the tab it came from, with the names the reply
// gives (the core's dnsPlan: each a whole, parsed token). The reading comes from a content script that
// read a bounce, so each field is checked for its type and cut to size; the page parses every name again
// before anything is sent, and sends nothing until the person presses "Check DNS".
import {dnsPlan, type DnsReading} from '../core';
import browser, {type Tabs} from '../shared/browser';
import {dnsPageUrl, dnsParams} from '../shared/dns-url';
import {MAX_DNS_REPLY} from '../shared/messages';

export async function openDnsPage(raw: unknown, opener?: Tabs.Tab): Promise<void> {
	const value = (name: string, max: number) => {
		const field = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[name] : undefined;
		return typeof field === 'string' ? field.slice(0, max) : '';
	};
	const reading: DnsReading = {
		reason: value('reason', 40) as DnsReading['reason'],
		diagnostic: value('diagnostic', MAX_DNS_REPLY),
		...(value('provider', 40) ? {provider: value('provider', 40) as DnsReading['provider']} : {}),
		...(value('status', 11) ? {status: value('status', 11)} : {}),
		...(value('recipient', 254) ? {recipient: value('recipient', 254)} : {}),
	};
	const plan = dnsPlan(reading);
	const url = dnsPageUrl(plan ? dnsParams(plan, reading) : undefined);
	await browser.tabs.create({url, ...(opener?.id !== undefined && opener.id >= 0 ? {openerTabId: opener.id, index: (opener.index ?? 0) + 1} : {})});
}
