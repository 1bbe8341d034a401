// The SPF defaults AsyncOS writes unless an administrator changed them.
import {entriesOf, worded, type PublishedList} from './types';

const LINES: string[] = [
	'550 #5.7.1 SPF unauthorized mail is prohibited.',
	'451 #4.4.3 Temporary error occurred during SPF verification.',
];

export const cisco: PublishedList = {
	provider: 'cisco',
	name: 'Cisco Secure Email (IronPort)',
	title: 'AsyncOS for Email Advanced Configuration Guide: SPF verification defaults',
	source: 'https://manualsbrain.com/it/manuals/1649627/?page=293',
	host: 'esa1.example-corp.iphmx.com',
	recipient: 'bob@example-corp.com',
	entries: entriesOf(LINES, worded),
	// AsyncOS's defaults cover more than its SPF replies; only these are transcribed.
	partOfPage: true,
};
