// The DNS page (src/popup/dns.html?…), opened by a card's "Check DNS" with the names the bounce gave,
// which the person can edit there before anything is sent. One place builds its address.
import type {DnsPlan, DnsReading} from '../core';
import browser from './browser';

/** The page's parameters: the plan's names and what the page needs to say the results for this bounce. */
export function dnsParams(plan: DnsPlan, reading: Pick<DnsReading, 'reason'>): URLSearchParams {
	const params = new URLSearchParams();
	const {domain, ip, recipientDomain} = plan.request;
	if (domain) params.set('domain', domain);
	if (ip) params.set('ip', ip);
	if (recipientDomain) params.set('recipientDomain', recipientDomain);
	params.set('reason', reading.reason);
	if (plan.provider) params.set('provider', plan.provider);
	if (plan.status) params.set('status', plan.status);
	return params;
}

export function dnsPageUrl(params?: URLSearchParams): string {
	const query = params?.toString();
	return browser.runtime.getURL(`src/popup/dns.html${query ? `?${query}` : ''}`);
}
