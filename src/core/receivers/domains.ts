// The mail domains of the receiving providers that host people's own mailboxes: a recipient at one of
// them is that provider's user, and a host under one of them is that provider's server
// (`mx1.hotmail.com`). Only what the domain itself says: a company's own domain names no provider,
// whoever hosts its mail (its MX or the reply's words say that). `hosts` are domains of a provider's
// servers that hold no mailboxes. Facts: each provider's postmaster or help pages for mail to these
// addresses, cited per entry.
import type {ProviderId} from './ids';

interface ProviderDomains {
	id: ProviderId;
	/** Mailbox domains, lower case; `hotmail.*` stands for `hotmail.` and a country's suffix (`hotmail.co.uk`, `hotmail.fr`). */
	domains: readonly string[];
	hosts?: readonly string[];
	/** Domains a `name.*` entry would take that are not the provider's. */
	except?: readonly string[];
	source: string;
}

export const PROVIDER_DOMAINS: readonly ProviderDomains[] = [
	{id: 'google', domains: ['gmail.com', 'googlemail.com'], hosts: ['google.com'], source: 'https://support.google.com/mail/answer/81126'},
	// Outlook.com's consumer mailboxes, not Microsoft 365 tenants (whose domains are their own).
	{id: 'outlook-com', domains: ['outlook.*', 'hotmail.*', 'live.*', 'msn.com', 'windowslive.com'], source: 'https://sendersupport.olc.protection.outlook.com/pm/'},
	{id: 'microsoft', domains: [], hosts: ['office365.com', 'outlook.office.com'], source: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365'},
	// Not Yahoo! JAPAN (yahoo.co.jp), a company and mail service of its own.
	{id: 'yahoo', domains: ['yahoo.*', 'ymail.com', 'rocketmail.com', 'aol.*', 'verizon.net'], hosts: ['yahoodns.net'], except: ['yahoo.co.jp', 'yahoo.ne.jp'], source: 'https://senders.yahooinc.com/'},
	{id: 'apple', domains: ['icloud.com', 'me.com', 'mac.com'], source: 'https://support.apple.com/en-us/102322'},
	{id: 'spectrum', domains: ['charter.net', 'spectrum.net', 'rr.com', 'twc.com', 'roadrunner.com', 'bresnan.net'], source: 'https://www.spectrum.net/support/internet/understanding-email-error-codes'},
	{id: 'orange', domains: ['orange.fr', 'wanadoo.fr', 'laposte.net'], source: 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm'},
	{id: 'cox', domains: ['cox.net'], source: 'https://www.cox.com/residential/support/cox-postmaster-email-administration.html'},
	{id: 'iua', domains: ['i.ua', 'email.ua'], source: 'https://mail.i.ua/err/'},
	{id: 'tencent', domains: ['qq.com', 'foxmail.com'], source: 'https://service.mail.qq.com/detail/122/72'},
	{id: 'netease', domains: ['163.com', '126.com', 'yeah.net'], source: 'https://help.163.com/09/1224/17/5RAJ4LMH00753VB8.html'},
	{id: 'yandex', domains: ['yandex.ru', 'yandex.com', 'yandex.by', 'yandex.kz', 'yandex.ua', 'ya.ru'], source: 'https://yandex.com/support/mail/bounces/yandex/policy-rejection-on-the-target-address.html'},
	{id: 'mailru', domains: ['mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'internet.ru'], source: 'https://help.mail.ru/notspam-support'},
	{id: 'zoho', domains: ['zoho.com', 'zohomail.com', 'zohomail.eu', 'zoho.eu', 'zoho.in'], source: 'https://www.zoho.com/mail/help/usage-policy.html'},
	{id: 'comcast', domains: ['comcast.net'], source: 'https://postmaster.comcast.net/mail-error-codes.html'},
	{id: 'united-internet', domains: ['gmx.*', 'web.de'], source: 'https://postmaster.web.de/de/fehlermeldungen'},
	// SES's mailbox simulator (success@, bounce@, ooto@ … simulator.amazonses.com) answers for SES itself;
	// its sending hosts (a27-23.smtp-out.us-west-2.amazonses.com) are SES's.
	{id: 'amazon-ses', domains: ['simulator.amazonses.com'], hosts: ['amazonses.com'], source: 'https://docs.aws.amazon.com/ses/latest/dg/send-an-email-from-console.html'},
];

/** A country's suffix after a `name.*` domain: `fr`, `co.uk`, `com.br`. */
const COUNTRY = /^(?:[a-z]{2,3}|(?:co|com|net|org)\.[a-z]{2})$/;

const exact = new Map<string, ProviderId>();
const wildcard = new Map<string, ProviderId>();
const hostOnly = new Map<string, ProviderId>();
const notTheirs = new Set<string>();
for (const {id, domains, hosts, except} of PROVIDER_DOMAINS) {
	for (const domain of except ?? []) notTheirs.add(domain);
	for (const domain of domains) (domain.endsWith('.*') ? wildcard : exact).set(domain.replace(/\.\*$/, ''), id);
	for (const host of hosts ?? []) hostOnly.set(host, id);
}

function mailboxDomain(domain: string): ProviderId | undefined {
	const found = exact.get(domain);
	if (found) return found;
	const dot = domain.indexOf('.');
	return dot > 0 && COUNTRY.test(domain.slice(dot + 1)) && !notTheirs.has(domain) ? wildcard.get(domain.slice(0, dot)) : undefined;
}

/** The provider whose users a mail domain holds (`hotmail.co.uk` → Outlook.com), or undefined. */
export function domainProvider(domain: string): ProviderId | undefined {
	return domain ? mailboxDomain(domain.toLowerCase().replace(/\.$/, '')) : undefined;
}

/**
 * The provider a host name lies under by its domain (`mx1.hotmail.com`, `smtp.office365.com`), or
 * undefined: the host itself or any domain it is under, read from the shortest that names one.
 */
export function hostDomainProvider(host: string): ProviderId | undefined {
	const name = host.toLowerCase().replace(/\.$/, '');
	// At most the last five labels: no provider domain is longer (`hotmail.co.uk`, `outlook.office.com`).
	for (let at = name.lastIndexOf('.'), labels = 1; at >= 0 && labels <= 5; at = name.lastIndexOf('.', at - 1), labels++) {
		const domain = name.slice(at + 1);
		const found = hostOnly.get(domain) ?? mailboxDomain(domain);
		if (found) return found;
		if (at === 0) break;
	}
	return hostOnly.get(name) ?? mailboxDomain(name);
}
