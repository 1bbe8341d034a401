import {cisco} from '../../../src/core/receivers/cisco';
import {testTable} from './bounce';

// AsyncOS's default SPF replies, as a gateway in front of any organisation sends them.
testTable({
	receiver: cisco,
	host: 'esa1.example-corp.iphmx.com',
	recipient: 'neko@example-corp.com',
	rows: [
		['550 #5.7.1 SPF unauthorized mail is prohibited.', 'authfailure', /SPF does not allow/],
		['451 #4.4.3 Temporary error occurred during SPF verification.', 'networkerror', /SPF check failed for now/],
	],
	lookalikes: ['550 5.7.1 SPF check failed', '550 #5.7.1 Message rejected by policy', '451 4.4.3 Temporary error'],
});
