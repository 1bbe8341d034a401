// The keyboard commands as this browser has them bound (the user may have changed or cleared them), read
// from the commands API rather than repeated from the manifest.
import {useEffect, useState} from 'preact/hooks';
import browser from '../shared/browser';
import {t, type MessageKey} from '../shared/i18n';

export interface Shortcut {
	name: string;
	what: string;
	keys: string;
}

/** What each command does, in words (the manifest's `_execute_action` has no description). */
const WHAT: Readonly<Record<string, MessageKey>> = {
	'_execute_action': 'shortcut_open',
	'next-mark': 'shortcut_next',
	'previous-mark': 'shortcut_previous',
};

export async function loadShortcuts(): Promise<Shortcut[]> {
	const commands = await browser.commands.getAll();
	return commands
		.filter(command => command.name)
		.map(command => ({
			name: command.name!,
			what: WHAT[command.name!] ? t(WHAT[command.name!]!) : command.description ?? command.name!,
			keys: command.shortcut ?? '',
		}));
}

export function Shortcuts({isFirefox}: {isFirefox: boolean}) {
	const [shortcuts, setShortcuts] = useState<Shortcut[] | undefined>();
	useEffect(() => void loadShortcuts().then(setShortcuts, () => setShortcuts([])), []);
	if (!shortcuts) return null;
	const where = isFirefox ? t('shortcut_where_firefox') : 'chrome://extensions/shortcuts';
	return (
		<>
			<table class="shortcuts">
				<tbody>
					{shortcuts.map(s => (
						<tr key={s.name}>
							<td>{s.keys ? <kbd>{s.keys}</kbd> : <span class="muted">{t('shortcut_not_set')}</span>}</td>
							<td>{s.what}</td>
						</tr>
					))}
				</tbody>
			</table>
			<p class="muted">{t('shortcut_change', where)}</p>
		</>
	);
}
