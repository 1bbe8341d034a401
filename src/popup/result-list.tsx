// A list of codes the keyboard drives from the search box (combobox + listbox, focus stays in the box).
import type {ResultItem} from './items';
import {severityLabel} from '../ui/severity';

export const optionId = (index: number) => `result-${index}`;

interface Props {
	id: string;
	label: string;
	items: ResultItem[];
	/** Index among `items`, or -1. */
	active: number;
	/** Offset of these items in the keyboard order, when several lists share one cursor. */
	offset?: number;
	onOpen(item: ResultItem): void;
	onHover?(index: number): void;
}

export function ResultList({id, label, items, active, offset = 0, onOpen, onHover}: Props) {
	return (
		<ul class="results" id={id} role="listbox" aria-label={label}>
			{items.map((item, i) => {
				const index = i + offset;
				return (
					<li
						key={item.key}
						id={optionId(index)}
						role="option"
						aria-selected={index === active}
						class={index === active ? 'result active' : 'result'}
						onMouseDown={event => event.preventDefault() /* keep focus in the search box */}
						onClick={() => onOpen(item)}
						onMouseMove={() => onHover?.(index)}
					>
						<span class="result-code">{item.code}</span>
						{item.severity && <span class="bd-badge" data-severity={item.severity}>{severityLabel(item.severity)}</span>}
						<span class="result-title">{item.title}</span>
						{item.detail && <span class="result-detail">{item.detail}</span>}
					</li>
				);
			})}
		</ul>
	);
}
