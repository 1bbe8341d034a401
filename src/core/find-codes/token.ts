// The scanner's tokens. A class rather than object literals: V8 builds its instances faster at the
// scanner's rate (50,000+ tokens per 10 MB of bounce-like text), about 5% of the scan as measured
// by bench/find-codes.bench.ts. Callers see a plain CodeMatch.

import type {CodeMatch, MatchKind} from '../types';

export class Token implements CodeMatch {
	constructor(
		public kind: MatchKind,
		public code: string,
		public start: number,
		public end: number,
	) {}
}
