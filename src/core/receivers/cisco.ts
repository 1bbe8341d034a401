// Cisco Secure Email (formerly IronPort) gateways, AsyncOS. Their replies write the enhanced code
// behind a hash ("550 #5.7.1 …"), and a few default texts are fixed in AsyncOS, the same on every
// gateway unless its administrator changed them, whatever the organisation behind it: so these rules
// apply to any bounce, like Postfix's fixed texts. Facts: Cisco's AsyncOS for Email Advanced
// Configuration Guide, chapter "Email Authentication" (SPF verification settings), whose defaults these
// are. Each comment quotes the shape of the reply the rule matches.

import type {Receiver} from '../types';
import {defineReceiver} from './define';

const SPF = 'https://manualsbrain.com/it/manuals/1649627/?page=293 (Cisco IronPort AsyncOS 7.1 for Email Advanced Configuration Guide, OL-22164-02, ch. 4 Email Authentication)';

export const cisco: Receiver = defineReceiver({
	id: 'cisco',
	name: 'Cisco Secure Email (IronPort)',
	anywhere: true,
	kind: 'software',
	detect: [/#5\.7\.1 SPF unauthorized mail is prohibited\b/i, /#4\.4\.3 Temporary error occurred during SPF verification\b/i],
	rules: [
		// "550 #5.7.1 SPF unauthorized mail is prohibited."
		{
			phrase: /#5\.7\.1 spf unauthorized mail is prohibited\b/i,
			title: 'Cisco Secure Email: SPF does not allow the sending server',
			meaning: 'The recipient’s Cisco gateway checked the sender domain’s SPF record, found the sending server not allowed (or the record broken), and refused the mail under its SPF policy. SPF is published by the sender’s own domain in DNS, so the fix lies in that domain’s record or in the path the mail takes, not at the recipient’s gateway.',
			causes: ['A sending server or service missing from the domain’s SPF record.', 'An SPF record with a syntax error or too many DNS lookups (a permanent error).', 'Mail forwarded by a server that does not rewrite the envelope sender.'],
			fix: ['Add the sending server (or its provider’s include) to the sender domain’s SPF record and check the record with an SPF validator, then resend.', 'If the mail was forwarded, ask the forwarder to use SRS, or the recipient’s administrator to exempt the forwarder.'],
			whoActs: 'sender-admin',
			retry: 'retry-after-fix',
			reason: 'authfailure',
			source: SPF,
		},
		// "451 #4.4.3 Temporary error occurred during SPF verification."
		{
			phrase: /#4\.4\.3 temporary error occurred during spf verification\b/i,
			title: 'Cisco Secure Email: SPF check failed for now',
			meaning: 'The recipient’s Cisco gateway could not finish the SPF check (a DNS lookup for the sender domain failed or timed out), so it deferred the mail. The sending server keeps the message queued and retries; it is delivered once the lookups for the sender domain answer again.',
			causes: ['The sender domain’s DNS servers are slow, down or answering with errors.'],
			fix: [
				'Let the queue retry; nothing needs to change if the next attempts pass.',
				'If it keeps failing, check that the sender domain’s DNS servers answer for its SPF (TXT) record (dig TXT on the domain).',
			],
			whoActs: 'sender-admin',
			retry: 'will-retry',
			reason: 'networkerror',
			source: SPF,
		},
	],
});
