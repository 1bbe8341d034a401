import {comcast} from '../../../src/core/receivers/comcast';
import {testTable} from './bounce';

const see = (code: string): string => `see http://postmaster.comcast.net/smtp-error-codes.php#${code}`;

// Replies of Comcast's inbound servers: their own name twice, the IP, and the code's help link.
testTable({
	receiver: comcast,
	host: 'mx1a1.comcast.net',
	recipient: 'neko@comcast.net',
	rows: [
		[`554 resimta-ch2-18v.sys.comcast.net resimta-ch2-18v.sys.comcast.net 192.0.2.1 is a Comcast dynamic IP, ${see('ES000001')}`, 'blocked', /residential IP/],
		[`554 resimta-po-20v.sys.comcast.net resimta-po-20v.sys.comcast.net 192.0.2.1 rejected: dynamic or residential IP, ${see('ES000010')}`, 'blocked', /residential IP/],
		[`554 resimta-ch2-18v.sys.comcast.net resimta-ch2-18v.sys.comcast.net 192.0.2.1 has been blocked, ${see('BL000000')}`, 'blocked', /spam-like/],
		[`554 resimta-ch2-18v.sys.comcast.net resimta-ch2-18v.sys.comcast.net 192.0.2.1 found on one or more DNSBLs, ${see('BL000001')}`, 'blocked', /block list/],
		[`554 resimta-ch2-18v.sys.comcast.net resimta-ch2-18v.sys.comcast.net 192.0.2.1 found on one or more DNSBLs, ${see('BL000110')}`, 'blocked', /block list/],
		['421 resimta-po-35v.sys.comcast.net resimta-po-35v.sys.comcast.net 192.0.2.1 Too many sessions opened', 'toomanyconn', /simultaneous/],
		['421 resimta-po-35v.sys.comcast.net resimta-po-35v.sys.comcast.net 192.0.2.1 Reverse DNS failure : Try again later', 'requireptr', /reverse DNS/],
	],
	lookalikes: ['421 Too many sessions opened', '421 4.7.1 Reverse DNS failure', 'BL0000011', 'XBL000001', 'ES000002', 'user@comcast.net.example.org said 421 Too many sessions opened'],
});
