import {describe, expect, test} from 'vitest';
import {decodeText} from '../../../../src/core/decode';

const text = (bullets: string): string =>
	`Hello alice@example.org,\n\nWe're writing to let you know that the group you tried to contact (team) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:\n\n${bullets}\n\nIf you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/support/.\n\nThanks,\n\nGoogle Groups\n`;

describe('Google Groups refusal', () => {
	test('its four listed causes read as a refusal of the poster', () => {
		const r = decodeText(text(' * You might have spelled or formatted the group name incorrectly.\n * The owner of the group may have removed this group.\n * You may need to join the group before receiving permission to post.\n * This group may not be open to posting.'));
		expect(r.recipients[0]?.reason).toBe('rejected');
	});
});
