// The registry: every receiver (one file each under src/core/receivers/), in the order used to break
// ties — receiving providers first, then block lists and gateways, then server software and the
// everyday situations, whose phrase rules apply to any bounce. A new receiver is added here and its id
// in ids.ts (whose list ProviderId is the type of); the compiler holds the two equal.

import type {Receiver} from '../types';
import {RECEIVER_IDS, type ProviderId} from './ids';
import {amazonSes} from './amazon-ses';
import {apple} from './apple';
import {barracuda, cloudmark, messagelabs, proofpoint, spamcop, spamhaus} from './blocklists';
import {cisco} from './cisco';
import {comcast} from './comcast';
import {cox} from './cox';
import {exim} from './exim';
import {godaddy} from './godaddy';
import {google} from './google';
import {greylisting} from './greylisting';
import {iua} from './iua';
import {mailru} from './mailru';
import {microsoft} from './microsoft';
import {netease} from './netease';
import {mimecast} from './mimecast';
import {orange} from './orange';
import {outlookCom} from './outlook-com';
import {postfix} from './postfix';
import {sendmail} from './sendmail';
import {connection} from './situations-connection';
import {recipientDns} from './situations-dns';
import {limits} from './situations-limits';
import {tls} from './situations-tls';
import {spectrum} from './spectrum';
import {tencentMail} from './tencent';
import {unitedInternet} from './united-internet';
import {yahoo} from './yahoo';
import {yandex} from './yandex';
import {zoho} from './zoho';

/**
 * Every receiver by its id: the type asks for one receiver per id of RECEIVER_IDS and no other key, so
 * the ids and the receivers cannot drift apart (a test checks each receiver carries its key as its id).
 */
export const RECEIVERS_BY_ID: {readonly [Id in ProviderId]: Receiver} = {
	google,
	microsoft,
	'outlook-com': outlookCom,
	yahoo,
	apple,
	spectrum,
	orange,
	godaddy,
	cox,
	iua,
	tencent: tencentMail,
	netease,
	yandex,
	mailru,
	zoho,
	comcast,
	'united-internet': unitedInternet,
	'amazon-ses': amazonSes,
	spamhaus,
	barracuda,
	spamcop,
	proofpoint,
	mimecast,
	cloudmark,
	messagelabs,
	postfix,
	exim,
	sendmail,
	cisco,
	greylisting,
	connection,
	'recipient-dns': recipientDns,
	tls,
	limits,
};

/** Every receiver, in the order used to break ties (RECEIVER_IDS). Providers first, then lists and gateways. */
export const receivers: Receiver[] = RECEIVER_IDS.map(id => RECEIVERS_BY_ID[id]);

/**
 * Receivers whose phrase rules apply to any bounce, detected or not, after the provider's own
 * (`anywhere`): block lists, whose phrases name the list itself (zen.spamhaus.org,
 * b.barracudacentral.org …), and Postfix, Exim and Sendmail, whose fixed reply texts any provider's server may send.
 * Gateways (Mimecast, MessageLabs) use generic wording, so their rules apply only when detected.
 */
export const ANYWHERE: ReadonlySet<ProviderId> = new Set<ProviderId>(receivers.filter(r => r.anywhere).map(r => r.id));

export {RECEIVER_IDS} from './ids';
export {amazonSes, apple, barracuda, cloudmark, connection, cox, exim, godaddy, google, greylisting, iua, limits, messagelabs, microsoft, mimecast, orange, outlookCom, postfix, proofpoint, recipientDns, sendmail, spamcop, spamhaus, spectrum, tls, yahoo};
