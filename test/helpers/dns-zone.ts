// The fixture zone the DNS checks' unit, CLI and E2E tests query through the local DoH server
// (test/helpers/doh-server.ts). Documentation names and addresses only (RFC 2606, RFC 5737, RFC 3849).
import type {Zone} from './doh-server';

const KEY_2048 = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + 'x'.repeat(342) + 'IDAQAB';

export const ZONE: Zone = {
	// The sender: SPF with nested includes (7 lookup terms in all), DMARC, DKIM, MX.
	'sender.example': {
		TXT: ['v=spf1 ip4:192.0.2.0/24 include:_spf.sender.example include:mail.partner.example ~all', 'google-site-verification=abc'],
		MX: ['10 mx1.sender.example.', '5 mx0.sender.example.'],
	},
	'_spf.sender.example': {TXT: [['v=spf1 ip4:198.51.100.0/25 ip6:2001:db8:1::/48 ', 'a:relay.sender.example -all']]},
	'relay.sender.example': {A: ['192.0.2.10']},
	'mail.partner.example': {TXT: ['v=spf1 include:_a.partner.example include:_b.partner.example mx ?all'], MX: ['10 in.partner.example.']},
	'in.partner.example': {A: ['198.51.100.200']},
	'_a.partner.example': {TXT: ['v=spf1 ip4:203.0.113.128/25 -all']},
	'_b.partner.example': {TXT: ['v=spf1 a -all'], A: ['198.51.100.201']},
	'_dmarc.sender.example': {TXT: ['v=DMARC1; p=reject; sp=quarantine; adkim=s; aspf=r; pct=50; rua=mailto:dmarc@sender.example,mailto:agg@reports.example!10m; ruf=mailto:forensic@sender.example']},
	's1._domainkey.sender.example': {TXT: [['v=DKIM1; k=rsa; p=', KEY_2048]]},
	'old._domainkey.sender.example': {TXT: ['v=DKIM1; p=']},
	'mx0.sender.example': {A: ['192.0.2.25']},
	'mx1.sender.example': {A: ['192.0.2.26']},
	'mail.sender.example': {A: ['203.0.113.7']},
	// More than 10 lookup terms.
	'toomany.example': {TXT: ['v=spf1 include:a.toomany.example include:b.toomany.example -all']},
	'a.toomany.example': {TXT: ['v=spf1 a mx ptr exists:x.toomany.example include:c.toomany.example -all'], A: ['198.51.100.50'], MX: ['10 a.toomany.example.']},
	'c.toomany.example': {TXT: ['v=spf1 a mx a:d.toomany.example mx:e.toomany.example -all'], A: ['198.51.100.52'], MX: ['10 a.toomany.example.']},
	'd.toomany.example': {A: ['198.51.100.53']},
	'e.toomany.example': {MX: ['10 a.toomany.example.']},
	'b.toomany.example': {TXT: ['v=spf1 ip4:192.0.2.99 -all']},
	// redirect=, two SPF records, a missing include.
	'redirect.example': {TXT: ['v=spf1 redirect=_spf.sender.example']},
	'two.example': {TXT: ['v=spf1 -all', 'v=spf1 ip4:192.0.2.1 -all']},
	'dangling.example': {TXT: ['v=spf1 include:gone.example -all']},
	// A domain that receives no mail (null MX), one with an address only, one whose servers fail.
	'nomail.example': {MX: ['0 .'], TXT: ['v=spf1 -all']},
	'aonly.example': {A: ['192.0.2.80']},
	'broken.example': {servfail: true},
	'_dmarc.nomail.example': {TXT: ['v=DMARC1; p=reject;']},
	// DMARC's DNS tree walk (RFC 9989 §4.10): an organisational domain's record with sp= and np=, a record
	// between it and a subdomain (no psd=, so the organisational domain's still applies), one that says
	// psd=n, two records at one name, a public suffix domain's (psd=y) and a registered domain under it with
	// its own record, and a parent whose DNS fails.
	'_dmarc.corp.example': {TXT: ['v=DMARC1; p=reject; sp=quarantine; np=reject; rua=mailto:dmarc@corp.example']},
	'mail.corp.example': {A: ['192.0.2.60'], TXT: ['v=spf1 ip4:192.0.2.60 -all']},
	'_dmarc.team.corp.example': {TXT: ['v=DMARC1; p=none']},
	'x.team.corp.example': {A: ['192.0.2.61']},
	'_dmarc.unit.corp.example': {TXT: ['v=DMARC1; p=none; psd=n; rua=mailto:unit@corp.example']},
	'a.unit.corp.example': {A: ['192.0.2.62']},
	'_dmarc.dup.corp.example': {TXT: ['v=DMARC1; p=none', 'v=DMARC1; p=reject']},
	'dup.corp.example': {A: ['192.0.2.63']},
	'_dmarc.psd.example': {TXT: ['v=DMARC1; p=reject; sp=quarantine; np=reject; psd=y']},
	'shop.brand.psd.example': {A: ['192.0.2.64']},
	'_dmarc.brand2.psd.example': {TXT: ['v=DMARC1; p=none; rua=mailto:d@brand2.psd.example']},
	'_dmarc.failing.example': {servfail: true},
	// Reverse DNS: 203.0.113.7 forward-confirmed, 203.0.113.8 not.
	'7.113.0.203.in-addr.arpa': {PTR: ['mail.sender.example.']},
	'8.113.0.203.in-addr.arpa': {PTR: ['host-8.generic.example.']},
	'host-8.generic.example': {A: ['198.51.100.9']},
	// Block lists: Spamhaus refuses the public resolver for 203.0.113.7; Barracuda lists it; SpamCop does not.
	'7.113.0.203.zen.spamhaus.org': {A: ['127.255.255.254']},
	'7.113.0.203.b.barracudacentral.org': {A: ['127.0.0.2']},
	// RFC 5782 §5: 127.0.0.2 is every list's test entry.
	'2.0.0.127.zen.spamhaus.org': {A: ['127.0.0.2', '127.0.0.4', '127.0.0.10']},
	'2.0.0.127.b.barracudacentral.org': {A: ['127.0.0.2']},
	'2.0.0.127.bl.spamcop.net': {A: ['127.0.0.2']},
};
