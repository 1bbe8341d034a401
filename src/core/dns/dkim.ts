// A DKIM public key (RFC 6376 §3.6): the TXT record at <selector>._domainkey.<domain> (§3.6.2.1), whether it
// holds a key, and whether the key was revoked (an empty p=, §3.6.1).
import {failure, type Resolver} from './doh';

export interface DkimCheck {
	domain: string;
	selector: string;
	query: string;
	/** key: a public key; revoked: p= is empty; none: no record; invalid: a record without p= or with a bad one; error: the lookup failed. */
	status: 'key' | 'revoked' | 'none' | 'invalid' | 'error';
	/** k=: rsa (the default) or ed25519. */
	keyType?: string;
	/** The key's length in bytes once base64-decoded (an RSA 2048-bit key is about 294). */
	keyBytes?: number;
	/** t=y: the domain is testing DKIM (§3.6.1). */
	testing?: boolean;
	detail?: string;
}

export function readDkimRecord(text: string): Pick<DkimCheck, 'status' | 'keyType' | 'keyBytes' | 'testing' | 'detail'> {
	const tags = new Map<string, string>();
	for (const part of text.split(';')) {
		const tag = /^\s*([A-Za-z]+)\s*=([\s\S]*)$/.exec(part);
		if (tag && !tags.has(tag[1]!.toLowerCase())) tags.set(tag[1]!.toLowerCase(), tag[2]!.replace(/\s+/g, ''));
	}
	const version = tags.get('v');
	if (version !== undefined && version !== 'DKIM1') return {status: 'invalid', detail: `v=${version} is not DKIM1`};
	const keyType = (tags.get('k') ?? 'rsa').toLowerCase();
	const testing = (tags.get('t') ?? '').split(':').includes('y');
	const key = tags.get('p');
	if (key === undefined) return {status: 'invalid', keyType, detail: 'the record has no p= (public key) tag'};
	if (key === '') return {status: 'revoked', keyType, ...(testing ? {testing} : {})};
	if (!/^[A-Za-z0-9+/]+={0,2}$/.test(key) || key.length % 4 !== 0) return {status: 'invalid', keyType, detail: 'p= is not base64'};
	const keyBytes = key.length / 4 * 3 - (key.endsWith('==') ? 2 : key.endsWith('=') ? 1 : 0);
	return {status: 'key', keyType, keyBytes, ...(testing ? {testing} : {})};
}

export async function checkDkim(domain: string, selector: string, resolver: Resolver): Promise<DkimCheck> {
	const query = `${selector}._domainkey.${domain}`;
	const answer = await resolver.query(query, 'TXT');
	if (answer.status === 'nxdomain' || (answer.status === 'ok' && answer.records.length === 0)) return {domain, selector, query, status: 'none'};
	if (answer.status !== 'ok') return {domain, selector, query, status: 'error', detail: failure(answer)};
	// A name with several TXT strings: the one with p= is the key record.
	const text = answer.records.find(record => /(?:^|;)\s*p\s*=/i.test(record)) ?? answer.records[0]!;
	return {domain, selector, query, ...readDkimRecord(text)};
}
