import {describe, expect, it} from 'vitest';
import {inRange} from '../../../src/core/receivers';
import {resolve} from './helpers';
import {TABLE} from './published/exchange-online';


const HOST = ' [DM6PR11MB1234.namprd11.prod.outlook.com]';

describe("Microsoft's NDR table", () => {
	it.each(TABLE)('%s %s finds the Microsoft rule for its own code', (code, words) => {
		const found = resolve(`${code} ${words}${HOST}`);
		const status = code.split(' ')[1] ?? '';
		expect(found?.provider).toBe('microsoft');
		const ruled = found?.rule.status;
		expect(typeof ruled === 'object' ? inRange(status, ruled) : ruled).toBe(typeof ruled === 'object' ? true : status);
	});
});
