// The one input. A textarea, so a pasted multi-line bounce keeps its lines; it grows with its text.
// HTML allows a textarea no combobox role, so it stays a textbox that points at the active option
// (aria-activedescendant is valid on textbox).
import {useEffect, useRef} from 'preact/hooks';
import {t} from '../shared/i18n';

interface Props {
	query: string;
	placeholder?: string;
	activeId?: string;
	onInput(value: string): void;
}

const MAX_ROWS = 6;

export function SearchBox({query, placeholder, activeId, onInput}: Props) {
	const ref = useRef<HTMLTextAreaElement>(null);
	// Focused on open, so typing starts at once.
	useEffect(() => ref.current?.focus(), []);
	const rows = Math.min(MAX_ROWS, Math.max(1, query.split('\n').length));
	return (
		<div class="search">
			<label for="q" class="visually-hidden">{t('search_label')}</label>
			<textarea
				ref={ref}
				id="q"
				rows={rows}
				aria-autocomplete="list"
				aria-controls="results-region"
				aria-activedescendant={activeId}
				aria-describedby="q-help"
				spellcheck={false}
				autocomplete="off"
				placeholder={placeholder ?? t('search_placeholder')}
				value={query}
				onInput={event => onInput(event.currentTarget.value)}
			/>
			<span id="q-help" class="visually-hidden">{t('search_help')}</span>
		</div>
	);
}
