// What each mark's colour means: the colour comes from the reply code's class (or, for a provider's tag
// alone, from what the tag means), the label is the card badge's (ui/severity.ts).
import type {Severity} from '../core';
import {t, type MessageKey} from '../shared/i18n';
import {severityLabel} from '../ui/severity';
import {TONE_OF_SEVERITY} from './paint';

/** An example code per colour and the message that says what that colour tells the reader. */
export const LEGEND: readonly {severity: Severity; code: string; says: MessageKey}[] = [
	{severity: 'permanent', code: '550', says: 'legend_permanent'},
	{severity: 'transient', code: '451', says: 'legend_transient'},
	{severity: 'success', code: '250', says: 'legend_success'},
	{severity: 'intermediate', code: '354', says: 'legend_intermediate'},
];

export function Legend() {
	return (
		<dl class="legend">
			{LEGEND.map(({severity, code, says}) => (
				<div class="legend-row" key={severity}>
					<dt><code data-tone={TONE_OF_SEVERITY[severity]}>{code}</code> {severityLabel(severity)}</dt>
					<dd>{t(says)}</dd>
				</div>
			))}
		</dl>
	);
}
