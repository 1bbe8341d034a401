// Every receiver as an object of one shape: the same properties, in the same order, those it does not
// set left undefined. The lookups read a property of each receiver in turn (detectProviders' search,
// the checks that no signature or rule list was replaced since a filter was built), and a property
// read that meets objects of many shapes is slower than one that meets a single shape: written as
// object literals with their own sets of properties, the receivers came in eight shapes.
import type {Receiver} from '../types';

/** The receiver with every property of Receiver, in the order of its interface. */
export function defineReceiver(receiver: Receiver): Receiver {
	return {
		id: receiver.id,
		name: receiver.name,
		detect: receiver.detect,
		anywhere: receiver.anywhere,
		kind: receiver.kind,
		decides: receiver.decides,
		rules: receiver.rules,
		tagFamilies: receiver.tagFamilies,
	};
}
