// Gmail and Google Workspace (receiving side).
// Facts: Google's "Gmail SMTP errors and codes" (support.google.com/a/answer/3726730), which lists
// (reply, status, text) rows and says `gsmtp` ends every Gmail error and `gcdp` marks errors from an
// administrator's custom rule. Gmail gives X.7.27–X.7.32 meanings of its own (SPF, unusual rate, TLS,
// DKIM, From alignment) that differ from the IANA registry's, so these rules win over IANA for Gmail.
// google-legacy.ts holds codes seen without Google's sentence and smtp.gmail.com's older login texts.
// Each comment quotes the shape of the message the rule matches ("…" marks text left out).

import type {Receiver} from '../types';
import {defineReceiver} from './define';
import {GOOGLE_AUTHENTICATION} from './google-authentication';
import {GOOGLE_CONNECTION} from './google-connection';
import {GOOGLE_LEGACY} from './google-legacy';
import {googleMailboxRules} from './google-mailbox';
import {GOOGLE_POLICY} from './google-policy';
import {GOOGLE_PROTOCOL} from './google-protocol';

export const google: Receiver = defineReceiver({
	id: 'google',
	name: 'Google (Gmail / Workspace)',
	// Host names, and two sentences only Gmail's own replies use ("550-5.7.26 Unauthenticated email from
	// example.com is not accepted due to domain's DMARC policy", "Gmail requires all senders to
	// authenticate …"), so a reply pasted without its `gsmtp` trailer is still read as Gmail's.
	detect: [/\bgsmtp\b/i, /\bgcdp\b/i, /\b(?:aspmx\.l|gmail-smtp-in\.l|alt\d\.aspmx\.l)\.google\.com\b/i, /\bmx\.google\.com\b/i, /\bnot accepted due to domain's DMARC policy\b/i, /\bGmail requires all senders\b/i],
	// In this order: a rule earlier in the list wins a tie.
	rules: [...GOOGLE_CONNECTION, ...GOOGLE_AUTHENTICATION, ...GOOGLE_POLICY, ...googleMailboxRules, ...GOOGLE_PROTOCOL, ...GOOGLE_LEGACY],
});
