// The DNS checks' results in sentences, each said for the bounce it answers when there is one: "Gmail wants
// SPF or DKIM to pass: your SPF does not cover 203.0.113.7", "DMARC p=reject and SPF fails: Microsoft will
// keep refusing". Text only: every name in a sentence is a parsed domain, IP or list name.
import type {CheckId, DnsReport} from './check';
import type {DnsPlan} from './plan';
import type {Qualifier, SpfCheck} from './spf';

export interface DnsFinding {
	check: CheckId;
	/** ok: nothing to fix here; problem: this explains or keeps causing the refusal; note: worth knowing. */
	tone: 'ok' | 'problem' | 'note';
	text: string;
}

const ALL_WORDS: Record<Qualifier, string> = {
	'-': '-all: everything else fails',
	'~': '~all: everything else soft-fails',
	'?': '?all: everything else is neutral',
	'+': '+all: every address on the internet passes',
};

/** What the receiver asked for, in its own terms: Gmail's 5.7.26 / 5.7.27, Microsoft's 5.7.515 / 5.7.509. */
function demand(plan: DnsPlan | undefined): string {
	// Only a refusal about authentication says what its receiver wants; a list's or another refusal does not.
	if (plan?.topic !== 'authentication') return 'Receivers want SPF or DKIM to pass';
	const who = plan.providerName;
	const detail = plan.status?.split('.').slice(1).join('.');
	const microsoft = plan.provider === 'microsoft' || plan.provider === 'outlook-com';
	if (plan.provider === 'google' && detail === '7.27') return 'Gmail wants SPF to pass';
	if (plan.provider === 'google' && detail === '7.26') return 'Gmail wants SPF or DKIM to pass';
	if (microsoft && plan.status === '5.7.515') return 'Microsoft wants SPF, DKIM and DMARC to pass';
	if (microsoft && plan.status === '5.7.509') return 'Microsoft applies the domain\'s DMARC policy';
	return who ? `${who} wants the message authenticated` : 'Receivers want SPF or DKIM to pass';
}

function who(plan: DnsPlan | undefined): string {
	return plan?.providerName ?? 'the receiving server';
}

function spfFindings(spf: SpfCheck, plan: DnsPlan | undefined): DnsFinding[] {
	const out: DnsFinding[] = [];
	const d = spf.domain;
	const tree = spf.tree;
	if (tree.status === 'ok') {
		const ending = spf.all ? ALL_WORDS[spf.all] : 'no all: everything else is neutral';
		out.push({check: 'spf', tone: 'note', text: `SPF of ${d}: ${tree.record} (${spf.lookups} of 10 DNS lookups; ${ending}).`});
		if (spf.all === '+') out.push({check: 'spf', tone: 'problem', text: `SPF of ${d} ends in +all, which authorises any sender: receivers treat such a record as suspicious.`});
	}
	if (spf.overLimit) out.push({check: 'spf', tone: 'problem', text: `SPF of ${d} needs ${spf.lookups} DNS lookups, more than the 10 RFC 7208 allows: receivers that reach the 11th return permerror, so SPF fails; flatten or remove includes.`});
	const problems = [tree, ...tree.children].flatMap(node => node.problems.map(problem => `${node.domain}: ${problem}`));
	if (problems.length > 0 && tree.status === 'ok') out.push({check: 'spf', tone: 'problem', text: `SPF problems: ${problems.slice(0, 3).join('; ')}.`});
	if (!spf.ip) {
		if (tree.status === 'none') out.push({check: 'spf', tone: 'problem', text: `${d} publishes no SPF record.`});
		else if (tree.status === 'multiple') out.push({check: 'spf', tone: 'problem', text: `SPF of ${d}: ${tree.problems[0] ?? tree.status}.`});
		// A lookup that got no answer says nothing of the record: a note, as for MX, DMARC and reverse DNS.
		else if (tree.status === 'error') out.push({check: 'spf', tone: 'note', text: `SPF of ${d} could not be looked up: ${tree.problems[0] ?? 'no answer'}.`});
		return out;
	}
	const ip = spf.ip;
	const asked = demand(plan);
	switch (spf.result) {
		case 'pass':
			out.push({check: 'spf', tone: 'ok', text: `SPF of ${d} covers ${ip} (${spf.decidedBy?.term}${spf.decidedBy && spf.decidedBy.domain !== d ? ` in ${spf.decidedBy.domain}` : ''})${plan?.topic === 'authentication' ? `: if ${who(plan)} still refused, look at DKIM, and at DMARC alignment (the From: domain must match the MAIL FROM or the DKIM d= domain)` : ''}.`});
			break;
		case 'fail':
		case 'softfail':
		case 'neutral':
			out.push({check: 'spf', tone: 'problem', text: `${asked}: your SPF does not cover ${ip} (${d}: ${spf.result}${spf.decidedBy ? `, by ${spf.decidedBy.term}` : ''}). Add the sending service's include: or ip4:/ip6: to the record.`});
			break;
		case 'none':
			out.push({check: 'spf', tone: 'problem', text: `${asked}: ${d} publishes no SPF record, so SPF cannot pass for ${ip}.`});
			break;
		case 'permerror':
			out.push({check: 'spf', tone: 'problem', text: `${asked}: SPF of ${d} is broken (${spf.detail}); receivers treat it as a permanent error, so SPF fails for every address.`});
			break;
		case 'temperror':
			out.push({check: 'spf', tone: 'note', text: `SPF of ${d} could not be evaluated for ${ip}: ${spf.detail}.`});
			break;
		default:
			out.push({check: 'spf', tone: 'note', text: `SPF of ${d} could not be evaluated for ${ip}: ${spf.detail}.`});
	}
	return out;
}

function dmarcFindings(report: DnsReport, plan: DnsPlan | undefined): DnsFinding[] {
	const dmarc = report.dmarc!;
	if (dmarc.status !== 'ok') {
		const problem = plan?.provider === 'microsoft' || plan?.provider === 'outlook-com' || plan?.provider === 'google';
		const why = problem ? ` ${plan!.providerName} requires a DMARC record (p=none at least) of domains that send in volume.` : '';
		return [{check: 'dmarc', tone: problem ? 'problem' : 'note', text: `DMARC of ${dmarc.domain}: ${dmarc.detail ?? dmarc.status}.${why}`}];
	}
	const r = dmarc.record!;
	const mode = (m: 'r' | 's') => (m === 's' ? 'strict' : 'relaxed');
	const applied = dmarc.applied ?? {policy: r.p, tag: 'p' as const};
	const tags = `p=${r.p}${r.sp !== r.p ? `, sp=${r.sp}` : ''}${r.np !== r.sp ? `, np=${r.np}` : ''}${r.pct < 100 ? `, pct=${r.pct}` : ''}`;
	const rest = `DKIM alignment ${mode(r.adkim)}, SPF alignment ${mode(r.aspf)}; aggregate reports to ${r.rua.length ? r.rua.join(', ') : 'nobody (no rua=)'}${r.ruf.length ? `; failure reports to ${r.ruf.join(', ')}` : ''}`;
	// A parent's record (RFC 9989 §4.10.1): say where it was found and which of its policies this domain gets.
	const inherited = dmarc.source && dmarc.source !== 'domain' && dmarc.policyDomain
		? `no record of its own, so the record of ${dmarc.policyDomain} applies (its ${dmarc.source === 'organizational-domain' ? 'organisational domain' : 'public suffix domain'}, found by RFC 9989's DNS tree walk): ${tags}, and ${dmarc.domain}${dmarc.exists === false ? ', which does not exist,' : ''} gets ${applied.tag}=${applied.policy}; `
		: undefined;
	const out: DnsFinding[] = [{
		check: 'dmarc',
		tone: 'note',
		text: `DMARC of ${dmarc.domain}: ${inherited ?? `${tags}; `}${rest}.`,
	}];
	if (r.problems.length) out.push({check: 'dmarc', tone: 'problem', text: `DMARC record problems: ${r.problems.join('; ')}.`});
	const spfFails = report.spf?.result !== undefined && report.spf.result !== 'pass';
	if (plan?.topic === 'authentication' && applied.policy !== 'none' && spfFails) {
		out.push({check: 'dmarc', tone: 'problem', text: `DMARC ${applied.tag}=${applied.policy} and SPF fails: ${who(plan)} will keep refusing until DKIM passes for ${dmarc.domain} (d= aligned with the From: domain) or SPF covers ${report.spf!.ip}.`});
	}
	return out;
}

function dkimFindings(report: DnsReport, plan: DnsPlan | undefined): DnsFinding[] {
	const dkim = report.dkim!;
	const at = dkim.query;
	switch (dkim.status) {
		case 'key':
			return [{check: 'dkim', tone: 'ok', text: `A DKIM key is published at ${at} (${dkim.keyType}, ${dkim.keyBytes} bytes${dkim.testing ? ', in test mode t=y' : ''})${plan?.topic === 'authentication' ? `: if ${who(plan)} says DKIM did not pass, the message was not signed with selector ${dkim.selector}, or was changed on the way` : ''}.`}];
		case 'revoked':
			return [{check: 'dkim', tone: 'problem', text: `The DKIM key at ${at} is revoked (empty p=): signatures with selector ${dkim.selector} fail.`}];
		case 'none':
			return [{check: 'dkim', tone: 'problem', text: `No DKIM key at ${at}: signatures with selector ${dkim.selector} cannot be verified.`}];
		default:
			return [{check: 'dkim', tone: 'problem', text: `DKIM key at ${at}: ${dkim.detail ?? dkim.status}.`}];
	}
}

function ptrFindings(report: DnsReport, plan: DnsPlan | undefined): DnsFinding[] {
	const ptr = report.ptr!;
	const about = plan?.topic === 'reverse-dns' || plan?.topic === 'block-list';
	if (ptr.status === 'error') return [{check: 'ptr', tone: 'note', text: `Reverse DNS of ${ptr.ip} could not be looked up: ${ptr.detail}.`}];
	if (ptr.status === 'none') return [{check: 'ptr', tone: 'problem', text: `${ptr.ip} has no PTR record${about ? `: ${who(plan)} refuses mail from addresses without reverse DNS` : ''}; ask whoever runs the address (your host or ISP) to set one to your mail server's name.`}];
	if (ptr.confirmed.length === 0) return [{check: 'ptr', tone: 'problem', text: `${ptr.ip} points to ${ptr.names.join(', ')}, which does not resolve back to ${ptr.ip}${ptr.detail ? ` (${ptr.detail})` : ''}${about ? `: ${who(plan)} wants a name that leads back to the address (forward-confirmed reverse DNS)` : ''}; fix the PTR or the name's address record.`}];
	return [{check: 'ptr', tone: 'ok', text: `${ptr.ip} has reverse DNS ${ptr.confirmed[0]}, which resolves back to it (forward-confirmed)${plan?.topic === 'reverse-dns' ? `: the check ${who(plan)} made passes now; if the refusal is recent the record was fixed since, or ${who(plan)} objects to a generic-looking name` : ''}.`}];
}

function listFindings(report: DnsReport, plan: DnsPlan | undefined): DnsFinding[] {
	return report.blocklists!.map((listing): DnsFinding => {
		const named = plan?.provider === listing.list;
		const ip = report.ip!;
		switch (listing.status) {
			case 'listed':
				return {check: 'blocklists', tone: 'problem', text: `${ip} is on the ${listing.name} (${listing.codes.map(c => `${c.code}: ${c.meaning}`).join('; ')})${named ? `: this is the listing the refusal names` : ': receivers that use it refuse mail from it'}; stop the cause, then ask for removal at ${listing.lookup}.`};
			case 'clear':
				return {check: 'blocklists', tone: 'ok', text: `${ip} is not on the ${listing.name}${named ? ' now: the listing the refusal named has ended (entries expire once the spam stops); resend' : ''}.`};
			case 'refused':
				return {check: 'blocklists', tone: 'note', text: `${listing.name}: ${listing.detail}.`};
			case 'skipped':
				return {check: 'blocklists', tone: 'note', text: `${listing.name}: not checked, ${listing.detail}.`};
			default:
				return {check: 'blocklists', tone: 'note', text: `${listing.name} could not be checked: ${listing.detail}.`};
		}
	});
}

function mxFindings(report: DnsReport, plan: DnsPlan | undefined): DnsFinding[] {
	const mx = report.mx!;
	const d = mx.domain;
	const about = plan?.topic === 'recipient-domain';
	switch (mx.status) {
		case 'ok':
			return [{check: 'mx', tone: 'ok', text: `${d} receives mail at ${mx.hosts.map(h => `${h.exchange} (${h.preference})`).join(', ')}${about ? ': the domain takes mail now, so check the address itself for a typo, or resend if the domain was broken only for a while' : ''}.`}];
		case 'null':
			return [{check: 'mx', tone: 'problem', text: `${d} publishes a null MX: it accepts no mail at all (RFC 7505), so no address @${d} can receive.`}];
		case 'implicit':
			return [{check: 'mx', tone: 'note', text: `${d} has no MX record; senders deliver to its address record instead (RFC 5321 §5.1).`}];
		case 'none':
			return [{check: 'mx', tone: 'problem', text: `${d} has no MX and no address record: mail to it cannot be delivered.`}];
		case 'nxdomain':
			return [{check: 'mx', tone: 'problem', text: `${d} does not exist in DNS: check the address for a typo.`}];
		default:
			return [{check: 'mx', tone: 'note', text: `MX of ${d} could not be looked up: ${mx.detail}.`}];
	}
}

/** Every check's result in sentences, in the order mx, spf, dmarc, dkim, ptr, block lists. */
export function dnsFindings(report: DnsReport, plan?: DnsPlan): DnsFinding[] {
	const out: DnsFinding[] = [];
	if (report.mx) out.push(...mxFindings(report, plan));
	if (report.spf) out.push(...spfFindings(report.spf, plan));
	if (report.dmarc) out.push(...dmarcFindings(report, plan));
	if (report.dkim) out.push(...dkimFindings(report, plan));
	else if (plan?.topic === 'authentication' && report.domain) out.push({check: 'dkim', tone: 'note', text: 'DKIM: give the selector (s= in the message\'s DKIM-Signature header) to check its key.'});
	if (report.ptr) out.push(...ptrFindings(report, plan));
	if (report.blocklists) out.push(...listFindings(report, plan));
	return out;
}
