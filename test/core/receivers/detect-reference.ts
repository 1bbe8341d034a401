// The definition detectProviders keeps: every receiver's patterns searched one by one, the receivers
// found ordered by their first match, ties by registry order.
import {receivers} from '../../../src/core/receivers';
import type {Receiver} from '../../../src/core/types';

export function referenceDetect(text: string): Receiver[] {
	const found: {receiver: Receiver; at: number; order: number}[] = [];
	receivers.forEach((receiver, order) => {
		let at = -1;
		for (const pattern of receiver.detect) {
			const m = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).exec(text);
			if (m && (at < 0 || m.index < at)) at = m.index;
		}
		if (at >= 0) found.push({receiver, at, order});
	});
	return found.sort((a, b) => a.at - b.at || a.order - b.order).map(f => f.receiver);
}
