// Browse, open a file, settings. Toggle buttons say whether their panel is open (aria-pressed).
import {t} from '../shared/i18n';

interface Props {
	panel: 'none' | 'browse' | 'settings';
	onPanel(panel: 'browse' | 'settings'): void;
	onFile(file: File | undefined): void;
}

export function Toolbar({panel, onPanel, onFile}: Props) {
	return (
		<nav class="toolbar" aria-label={t('toolbar_label')}>
			<button type="button" aria-pressed={panel === 'browse'} onClick={() => onPanel('browse')}>{t('toolbar_browse')}</button>
			{/* The input comes first so its keyboard focus can outline the label that stands for it. */}
			<input
				id="eml-file"
				class="visually-hidden"
				type="file"
				accept=".eml,message/rfc822,.mbox,application/mbox,.txt,text/plain,.gz,application/gzip"
				onChange={event => {
					onFile(event.currentTarget.files?.[0]);
					event.currentTarget.value = '';
				}}
			/>
			<label class="button" for="eml-file">{t('toolbar_open_file')}</label>
			<button type="button" aria-pressed={panel === 'settings'} onClick={() => onPanel('settings')}>{t('toolbar_settings')}</button>
		</nav>
	);
}
