// DEV split in two halves by a hash of the id, so that failures are read from one half (A) and each
// change is judged by the other half's figure (B): a rule fitted to what was read shows up as a gap.
// Only the id's hash picks the half; the id never reaches the decoder.
import {createHash} from 'node:crypto';

export type Half = 'A' | 'B';

export function halfOf(id: string): Half {
	const hex = createHash('sha256').update(`eval-half/v1/${id}`).digest('hex').slice(0, 8);
	return parseInt(hex, 16) % 2 === 0 ? 'A' : 'B';
}
