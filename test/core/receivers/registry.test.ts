import {describe, expect, it} from 'vitest';
import {RECEIVER_IDS, RECEIVERS_BY_ID, receivers} from '../../../src/core/receivers';
import type {ProviderId} from '../../../src/core/types';

describe('one provider registry', () => {
	it('lists one receiver per id, in the ids’ order, each carrying its own id', () => {
		expect(receivers.map(r => r.id)).toEqual([...RECEIVER_IDS]);
		for (const [key, receiver] of Object.entries(RECEIVERS_BY_ID)) expect(receiver.id, key).toBe(key);
		expect(Object.keys(RECEIVERS_BY_ID).sort()).toEqual([...RECEIVER_IDS].sort());
	});

	it('types ProviderId from the registry’s ids: an id without a receiver, or a registry without an id, does not compile', () => {
		// @ts-expect-error: 'hotmail' is no receiver's id, so it is no ProviderId.
		const unknown: ProviderId = 'hotmail';
		// @ts-expect-error: a registry that leaves out an id (here all but Google) is not the registry's type.
		const partial: typeof RECEIVERS_BY_ID = {google: RECEIVERS_BY_ID.google};
		// @ts-expect-error: nor is one with a receiver under an id the list does not hold.
		const extra: typeof RECEIVERS_BY_ID = {...RECEIVERS_BY_ID, hotmail: RECEIVERS_BY_ID['outlook-com']};
		const known: ProviderId = 'outlook-com';
		expect([unknown, Object.keys(partial).length, Object.keys(extra).length, known]).toEqual(['hotmail', 1, RECEIVER_IDS.length + 1, 'outlook-com']);
	});
});
