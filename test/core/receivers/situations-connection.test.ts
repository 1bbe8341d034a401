import {describe} from 'vitest';
import {connection} from '../../../src/core/receivers/situations-connection';
import {testSituation, type SituationRow} from './situations';

// The sending server's words when the receiving server could not be reached, with the status its report gives.
const rows: SituationRow[] = [
	['connect to mx.example.net[192.0.2.25]:25: Connection timed out', '4.4.1', /connection timed out/],
	['Deferred: Connection timed out with mx.example.net', '4.4.1', /connection timed out/],
	['421 example.net (smtp)... Deferred: Connection timed out during user open with example.net', '', /connection timed out/],
	['conversation with mx.example.net[192.0.2.25] timed out while sending end of data -- message may be sent more than once', '4.4.2', /stopped answering/],
	['connect to mx.example.net[192.0.2.25]:25: Connection refused', '4.4.1', /refused the connection/],
	['Deferred: Connection refused by mx.example.net.', '4.4.1', /refused the connection/],
	['connect to mx.example.net[2001:db8::25]:25: No route to host', '4.4.1', /No network path/],
	['connect to mx.example.net[192.0.2.25]:25: Network is unreachable', '4.4.1', /No network path/],
	['lost connection with mx.example.net[192.0.2.25] while receiving the initial server greeting', '4.4.2', /dropped the connection/],
	['Connection reset by mx.example.net during message transfer', '4.4.2', /dropped the connection/],
	['retry timeout exceeded', '5.0.0', /gave up/],
	["all hosts for 'example.net' have been failing for a long time (and retry time not reached)", '5.0.0', /gave up/],
];

// Words that look alike but say something else.
const lookAlikes = [
	'550 5.7.1 Connection not authorized from this IP',
	'421 4.4.2 mx.example.net Error: timeout exceeded',
	'550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown (the sender says: my connection keeps dropping)',
	'Server refused connection attempts at night, see our status page',
];

describe('connection situations', () => testSituation(connection, rows, lookAlikes));
