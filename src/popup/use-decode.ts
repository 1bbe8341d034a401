// Decodes a pasted bounce or a dropped .eml off the keystroke path: the answer arrives a moment
// later and a stale answer (the text changed meanwhile) is dropped.
import {useEffect, useState} from 'preact/hooks';
import {decodeBounce, type BounceReport} from '../core';

export type DecodeState = {status: 'idle'} | {status: 'busy'} | {status: 'done'; report: BounceReport} | {status: 'error'; message: string};

const IDLE: DecodeState = {status: 'idle'};

export function useDecode(input: string | Uint8Array | undefined): DecodeState {
	const [state, setState] = useState<DecodeState>(IDLE);
	useEffect(() => {
		if (input === undefined) {
			setState(IDLE);
			return;
		}
		let current = true;
		setState({status: 'busy'});
		decodeBounce(input).then(
			report => current && setState({status: 'done', report}),
			(error: unknown) => current && setState({status: 'error', message: error instanceof Error ? error.message : String(error)}),
		);
		return () => {
			current = false;
		};
	}, [input]);
	return state;
}
