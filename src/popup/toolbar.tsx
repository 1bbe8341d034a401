// Browse, open a file, settings. Toggle buttons say whether their panel is open (aria-pressed).
interface Props {
	panel: 'none' | 'browse' | 'settings';
	onPanel(panel: 'browse' | 'settings'): void;
	onFile(file: File | undefined): void;
}

export function Toolbar({panel, onPanel, onFile}: Props) {
	return (
		<nav class="toolbar" aria-label="Tools">
			<button type="button" aria-pressed={panel === 'browse'} onClick={() => onPanel('browse')}>Browse codes</button>
			{/* The input comes first so its keyboard focus can outline the label that stands for it. */}
			<input
				id="eml-file"
				class="visually-hidden"
				type="file"
				accept=".eml,message/rfc822,.mbox,application/mbox,.txt,text/plain"
				onChange={event => {
					onFile(event.currentTarget.files?.[0]);
					event.currentTarget.value = '';
				}}
			/>
			<label class="button" for="eml-file">Open .eml…</label>
			<button type="button" aria-pressed={panel === 'settings'} onClick={() => onPanel('settings')}>Settings</button>
		</nav>
	);
}
