// What each mark's colour means: the colour comes from the reply code's class (or, for a provider's tag
// alone, from what the tag means), the label is the card badge's (ui/severity.ts).
import type {Severity} from '../core';
import {severityLabel} from '../ui/severity';
import {TONE_OF_SEVERITY} from './paint';

/** An example code per colour and what that colour tells the reader. */
export const LEGEND: readonly {severity: Severity; code: string; says: string}[] = [
	{severity: 'permanent', code: '550', says: 'A 5xx reply: refused for good. Nobody will retry; something has to change before the message can go through.'},
	{severity: 'transient', code: '451', says: 'A 4xx reply: refused for now. The sending server keeps trying by itself, usually for some days, and writes again if it gives up.'},
	{severity: 'success', code: '250', says: 'A 2xx reply: that step worked (the server accepted the address or the message).'},
	{severity: 'intermediate', code: '354', says: 'A 3xx reply, or a provider’s tag that is not a failure in itself: the server waits for the next step, or the tag adds detail to the reply around it.'},
];

export function Legend() {
	return (
		<dl class="legend">
			{LEGEND.map(({severity, code, says}) => (
				<div class="legend-row" key={severity}>
					<dt><code data-tone={TONE_OF_SEVERITY[severity]}>{code}</code> {severityLabel(severity)}</dt>
					<dd>{says}</dd>
				</div>
			))}
		</dl>
	);
}
