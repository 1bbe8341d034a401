// The DNS page: the names a card prefilled from the bounce (sender's domain, sending IP, recipient's
// domain; a DKIM selector typed), editable; nothing is sent until "Check DNS" is pressed. Then the
// resolver's host is asked for (in the click), the checks run (dns-fetch.ts), and each result is shown as
// text, said for the bounce the page was opened from. The page's connect-src is locked to the resolver it
// was opened with (dns-main.tsx, connect-policy.ts): choosing another one saves it and reloads the page
// with the names as typed, so the new document is locked to the new resolver.
import {useState} from 'preact/hooks';
import {dnsPlan, validateRequest, type DnsFinding, type DnsPlan, type DnsReading, type DnsReport} from '../core';
import {customResolver, RESOLVERS, type DohResolver, type ResolverId} from '../shared/resolvers';
import {saveSettings} from '../shared/settings';
import {t, tn, type MessageKey} from '../shared/i18n';
import {Said} from '../ui/said';
import {askForResolver, checkDns} from './dns-fetch';

export interface DnsInitial {
	domain: string;
	ip: string;
	recipientDomain: string;
	selector: string;
	/** What the results are said for: the bounce's reading (from the card), when the page came from one. */
	plan?: DnsPlan;
}

/** Longest text taken from a parameter into a field: a domain is at most 253 characters. */
const FIELD = 255;

/** The page's parameters, each field cut to a field's size; the reading's provider and code pass only when known (dnsPlan). */
export function initialFromParams(params: URLSearchParams): DnsInitial {
	const field = (name: string) => (params.get(name) ?? '').slice(0, FIELD);
	const reading: DnsReading = {
		reason: (params.get('reason') ?? 'unmapped') as DnsReading['reason'],
		diagnostic: '',
		...(params.get('provider') ? {provider: params.get('provider') as DnsReading['provider']} : {}),
		...(params.get('status') ? {status: field('status')} : {}),
	};
	const plan = dnsPlan(reading);
	return {domain: field('domain'), ip: field('ip'), recipientDomain: field('recipientDomain'), selector: field('selector'), ...(plan ? {plan} : {})};
}

// The page's words are the catalogue's (src/shared/i18n.ts); the findings' sentences (core/dns) and
// the request's validation errors stay English, like the code explanations (README, Languages).
const TOPIC: Record<DnsPlan['topic'], MessageKey> = {
	authentication: 'dns_topic_authentication',
	'reverse-dns': 'dns_topic_reverse_dns',
	'block-list': 'dns_topic_block_list',
	'recipient-domain': 'dns_topic_recipient_domain',
};

type State = {phase: 'idle'} | {phase: 'running'} | {phase: 'error'; message: string} | {phase: 'done'; report: DnsReport; findings: DnsFinding[]};

/** The page's address with the names as typed, for the reload that follows a change of resolver. */
export function addressWith(href: string, fields: Record<string, string>): string {
	const url = new URL(href);
	for (const [name, value] of Object.entries(fields)) {
		if (value) url.searchParams.set(name, value.slice(0, FIELD));
		else url.searchParams.delete(name);
	}
	return url.href;
}

/** `resolver` is the one the page's connect-src admits; `customUrl` the settings' own resolver, offered when valid. */
export function DnsView({initial, resolver, customUrl = ''}: {initial: DnsInitial; resolver: DohResolver; customUrl?: string}) {
	const [fields, setFields] = useState({domain: initial.domain, ip: initial.ip, recipientDomain: initial.recipientDomain, selector: initial.selector});
	const [state, setState] = useState<State>({phase: 'idle'});
	const plan = initial.plan;
	const custom = customResolver(customUrl);
	const choices = [...RESOLVERS, ...custom ? [custom] : []];

	const run = (event: Event) => {
		event.preventDefault();
		// Only whole domains, IPs and selectors are ever sent; MX is asked of the recipient's domain only.
		const request = {...fields, checks: ['spf', 'dmarc', 'dkim', 'ptr', 'blocklists', ...(fields.recipientDomain ? ['mx' as const] : [])] as const};
		const valid = validateRequest({...request, checks: [...request.checks]});
		if (!valid.ok) {
			setState({phase: 'error', message: valid.error});
			return;
		}
		// The permission prompt needs the click: it is asked before anything is awaited.
		const asked = askForResolver(resolver);
		setState({phase: 'running'});
		void asked.then(async granted => {
			if (!granted) {
				setState({phase: 'error', message: t('dns_not_granted', new URL(resolver.url).host)});
				return;
			}
			try {
				setState({phase: 'done', ...await checkDns(valid.request, resolver, plan)});
			} catch (error) {
				setState({phase: 'error', message: t('dns_failed', (error as Error).message)});
			}
		});
	};

	const input = (name: keyof typeof fields, label: string, hint: string) => (
		<label class="dns-field">
			<span>{label}</span>
			<input name={name} value={fields[name]} spellcheck={false} autocomplete="off" maxLength={FIELD} placeholder={hint}
				onInput={e => setFields({...fields, [name]: e.currentTarget.value})} />
		</label>
	);

	return (
		<main class="app app-page dns-page">
			<div class="content">
				<h1>{t('dns_title')}</h1>
				{plan && <p class="dns-context">{plan.providerName ? `${plan.providerName}${plan.status ? ` (${plan.status})` : ''}: ` : ''}{t(TOPIC[plan.topic])}.</p>}
				<form class="dns-form" onSubmit={run}>
					{input('domain', t('dns_domain'), 'sender.example')}
					{input('ip', t('dns_ip'), '203.0.113.7')}
					{input('recipientDomain', t('dns_recipient_domain'), 'recipient.example')}
					{input('selector', t('dns_selector'), t('dns_selector_hint'))}
					<label class="dns-field">
						<span>{t('dns_resolver')}</span>
						<select name="resolver" value={resolver.id} disabled={state.phase === 'running'} onChange={e => {
							const id = e.currentTarget.value as ResolverId;
							if (id === resolver.id) return;
							void saveSettings({resolver: id}).then(() => location.replace(addressWith(location.href, fields)));
						}}>
							{choices.map(r => <option key={r.id} value={r.id}>{r.id === 'custom' ? r.url : `${r.name} (${new URL(r.url).host})`}</option>)}
						</select>
					</label>
					<p class="muted"><Said name="dns_nothing_sent" slots={[<b>{t('card_check_dns')}</b>, resolver.id === 'custom' ? t('resolver_own_name') : resolver.name, new URL(resolver.url).host]} /></p>
					<button type="submit" class="dns-run" disabled={state.phase === 'running'}>{t('card_check_dns')}</button>
				</form>
				<section class="dns-results" aria-live="polite">
					{state.phase === 'running' && <p>{t('dns_checking')}</p>}
					{state.phase === 'error' && <p class="dns-error" role="alert">{state.message}</p>}
					{state.phase === 'done' && <Results report={state.report} findings={state.findings} />}
				</section>
			</div>
		</main>
	);
}

const MARK: Record<DnsFinding['tone'], MessageKey> = {ok: 'dns_tone_ok', problem: 'dns_tone_problem', note: 'dns_tone_note'};

function Results({report, findings}: {report: DnsReport; findings: DnsFinding[]}) {
	return (
		<>
			<ul class="dns-findings">
				{findings.map((finding, i) => (
					<li key={i} class={`dns-finding dns-${finding.tone}`} data-check={finding.check}>
						<span class="dns-tone">{t(MARK[finding.tone])}</span> {finding.text}
					</li>
				))}
			</ul>
			<p class="muted">{tn('dns_queries', report.queries, report.resolver)}</p>
			<details>
				<summary>{t('dns_raw')}</summary>
				<pre class="dns-raw">{JSON.stringify(report, null, 2)}</pre>
			</details>
		</>
	);
}
