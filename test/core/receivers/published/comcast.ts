// Comcast's ES and BL codes and its generic 421 texts.
import {coded, entriesOf, type PublishedList} from './types';

const see = (code: string): string => `see http://postmaster.comcast.net/smtp-error-codes.php#${code}`;
const LINES: string[] = [
	`554 resimta-ch2-18v.sys.comcast.net resimta-ch2-18v.sys.comcast.net 192.0.2.1 is a Comcast dynamic IP, ${see('ES000001')}`,
	`554 resimta-po-20v.sys.comcast.net resimta-po-20v.sys.comcast.net 192.0.2.1 rejected: dynamic or residential IP, ${see('ES000010')}`,
	`554 resimta-ch2-18v.sys.comcast.net resimta-ch2-18v.sys.comcast.net 192.0.2.1 has been blocked, ${see('BL000000')}`,
	`554 resimta-ch2-18v.sys.comcast.net resimta-ch2-18v.sys.comcast.net 192.0.2.1 found on one or more DNSBLs, ${see('BL000001')}`,
	`554 resimta-ch2-18v.sys.comcast.net resimta-ch2-18v.sys.comcast.net 192.0.2.1 found on one or more DNSBLs, ${see('BL000110')}`,
	'421 resimta-po-35v.sys.comcast.net resimta-po-35v.sys.comcast.net 192.0.2.1 Too many sessions opened',
	'421 resimta-po-35v.sys.comcast.net resimta-po-35v.sys.comcast.net 192.0.2.1 Reverse DNS failure : Try again later',
];

export const comcast: PublishedList = {
	provider: 'comcast',
	name: 'Comcast / Xfinity',
	title: 'Comcast postmaster: mail delivery error codes',
	source: 'https://postmaster.comcast.net/mail-error-codes.html',
	host: 'mx1a1.comcast.net',
	recipient: 'bob@comcast.net',
	entries: entriesOf(LINES, coded(/\b(?:BL|ES)\d{6}\b/)),
};
