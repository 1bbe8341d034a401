import {describe} from 'vitest';
import {recipientDns} from '../../../src/core/receivers/situations-dns';
import {testSituation, type SituationRow} from './situations';

// The sending server's words when the recipient domain's DNS leads to no mail server.
const rows: SituationRow[] = [
	['Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found', '5.4.4', /does not exist/],
	['Name service error for domain example.invalid: Host not found', '5.4.4', /does not exist/],
	['550 5.1.2 <bob@example.invalid>... Host unknown (Name server: example.invalid.: host not found)', '', /does not exist/],
	['Host or domain name not found. Name service error for name=example.net type=A: Host found but no data record of requested type', '5.4.4', /no mail server/],
	['Name server: example.net.: no data known', '5.1.2', /no mail server/],
	['Host or domain name not found. Name service error for name=example.net type=MX: Host not found, try again', '4.4.3', /did not answer/],
	['Deferred: Name server: example.net.: host name lookup failure', '4.4.3', /did not answer/],
	['Domain example.net does not accept mail (nullMX)', '5.1.0', /null MX/],
	['an MX or SRV record indicated no SMTP service', '5.0.0', /null MX/],
	['556 5.1.10 Recipient address has null MX', '', /null MX/],
	["The domain example.net doesn't receive email according to the administrator: returned Null MX https://www.rfc-editor.org/info/rfc7505", '5.1.10', /null MX/],
	['all relevant MX records point to non-existent hosts', '5.0.0', /point to names/],
];

const lookAlikes = [
	'550 5.7.27 Sender address has null MX',
	'450 4.1.8 <alice@example.org>: Sender address rejected: Domain not found',
	'A colleague wrote: our DNS server is down, try again later',
	'553 5.1.8 Domain of sender address alice@example.invalid does not exist',
];

describe('recipient-domain DNS situations', () => testSituation(recipientDns, rows, lookAlikes));
