// A DNS-over-HTTPS JSON resolver (`?name=&type=`, application/dns-json, as Google and Cloudflare serve it)
// on 127.0.0.1, answering from a fixture zone, for the DNS checks' tests: no test reaches the internet.
// Every request is recorded, so tests can say exactly which names were asked. Given a key and certificate
// it speaks https at https://localhost:PORT/dns-query (the extension takes https resolvers only).
import {createServer, type RequestListener, type Server} from 'node:http';
import {createServer as createHttpsServer, type Server as HttpsServer} from 'node:https';
import type {AddressInfo} from 'node:net';

type Type = 'A' | 'AAAA' | 'CNAME' | 'PTR' | 'MX' | 'TXT';

/** A name's records by type; a TXT record given as an array is served as quoted strings ("a" "b"), as Cloudflare does. */
export type ZoneEntry = Partial<Record<Type, Array<string | string[]>>> & {servfail?: true};
export type Zone = Record<string, ZoneEntry>;

const NUMBER: Record<Type, number> = {A: 1, CNAME: 5, PTR: 12, MX: 15, TXT: 16, AAAA: 28};
const BY_NUMBER = new Map(Object.entries(NUMBER).map(([type, n]) => [String(n), type as Type]));

export interface DohServer {
	url: string;
	/** "TYPE name" of every query, in order. */
	asked: string[];
	close(): Promise<void>;
}

export async function startDohServer(zone: Zone, {delayMs = 0, tls}: {delayMs?: number; tls?: {key: string; cert: string}} = {}): Promise<DohServer> {
	const asked: string[] = [];
	const names = new Map(Object.entries(zone).map(([name, entry]) => [name.toLowerCase(), entry]));
	const respond: RequestListener = (request, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		const name = (url.searchParams.get('name') ?? '').toLowerCase().replace(/\.$/, '');
		const typeParam = (url.searchParams.get('type') ?? 'A').toUpperCase();
		const type = (BY_NUMBER.get(typeParam) ?? typeParam) as Type;
		if (url.pathname !== '/dns-query' || !name || !(type in NUMBER)) {
			response.writeHead(400, {'content-type': 'application/dns-json'});
			response.end(JSON.stringify({Status: 1}));
			return;
		}
		asked.push(`${type} ${name}`);
		const entry = names.get(name);
		let body: object;
		if (entry?.servfail) body = {Status: 2, Question: [{name, type: NUMBER[type]}]};
		else if (!entry) body = {Status: 3, Question: [{name, type: NUMBER[type]}]};
		else {
			const answer = (entry[type] ?? []).map(data => ({
				name: `${name}.`, type: NUMBER[type], TTL: 300,
				data: Array.isArray(data) ? data.map(chunk => `"${chunk.replace(/["\\]/g, '\\$&')}"`).join(' ') : data,
			}));
			body = {Status: 0, TC: false, RD: true, RA: true, AD: false, CD: false, Question: [{name, type: NUMBER[type]}], ...(answer.length ? {Answer: answer} : {})};
		}
		const send = () => {
			response.writeHead(200, {'content-type': 'application/dns-json'});
			response.end(JSON.stringify(body));
		};
		if (delayMs > 0) setTimeout(send, delayMs);
		else send();
	};
	const server: Server | HttpsServer = tls ? createHttpsServer(tls, respond) : createServer(respond);
	await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
	const {port} = server.address() as AddressInfo;
	return {
		url: tls ? `https://localhost:${port}/dns-query` : `http://127.0.0.1:${port}/dns-query`,
		asked,
		close: () => new Promise<void>(done => {
			server.closeAllConnections();
			server.close(() => done());
		}),
	};
}
