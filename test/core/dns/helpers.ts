// The DNS checks' tests: the local DoH server on the fixture zone, and a resolver pointed at it.
import {afterAll, beforeAll} from 'vitest';
import {createResolver, type Resolver} from '../../../src/core/dns/doh';
import {ZONE} from '../../helpers/dns-zone';
import {startDohServer, type DohServer} from '../../helpers/doh-server';

/** Starts the server for the file's tests; `resolver()` makes a fresh resolver (own cache and budget). */
export function localDoh(): {server: () => DohServer; resolver: (options?: {maxQueries?: number; timeoutMs?: number}) => Resolver} {
	let server: DohServer | undefined;
	beforeAll(async () => {
		server = await startDohServer(ZONE);
	});
	afterAll(async () => {
		await server?.close();
	});
	return {
		server: () => server!,
		resolver: (options = {}) => createResolver({url: server!.url, fetch, ...options}),
	};
}
