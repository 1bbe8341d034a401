// Every message between the extension's parts, as one discriminated union.
import type {BounceReport, Explanation} from '../core/types';

/** Content script or popup → background. */
export type ToBackground =
	| {type: 'ping'}
	| {type: 'open-explanation'; query: string};

/** Background → content script. */
export type ToContent =
	| {type: 'show-explanation'; query: string; explanation?: Explanation; report?: BounceReport};

export const isToBackground = (message: unknown): message is ToBackground =>
	typeof message === 'object' && message !== null && typeof (message as {type?: unknown}).type === 'string';
