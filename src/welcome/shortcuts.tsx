// The keyboard commands as this browser has them bound (the user may have changed or cleared them), read
// from the commands API rather than repeated from the manifest.
import {useEffect, useState} from 'preact/hooks';
import browser from '../shared/browser';

export interface Shortcut {
	name: string;
	what: string;
	keys: string;
}

/** What each command does, in words (the manifest's `_execute_action` has no description). */
const WHAT: Record<string, string> = {
	'_execute_action': 'Open the Bounce Decoder popup',
	'next-mark': 'Go to the next marked code in the open message and show its card',
	'previous-mark': 'Go to the previous marked code and show its card',
};

export async function loadShortcuts(): Promise<Shortcut[]> {
	const commands = await browser.commands.getAll();
	return commands
		.filter(command => command.name)
		.map(command => ({
			name: command.name!,
			what: WHAT[command.name!] ?? command.description ?? command.name!,
			keys: command.shortcut ?? '',
		}));
}

export function Shortcuts({isFirefox}: {isFirefox: boolean}) {
	const [shortcuts, setShortcuts] = useState<Shortcut[] | undefined>();
	useEffect(() => void loadShortcuts().then(setShortcuts, () => setShortcuts([])), []);
	if (!shortcuts) return null;
	const where = isFirefox ? 'about:addons → the gear menu → Manage Extension Shortcuts' : 'chrome://extensions/shortcuts';
	return (
		<>
			<table class="shortcuts">
				<tbody>
					{shortcuts.map(s => (
						<tr key={s.name}>
							<td>{s.keys ? <kbd>{s.keys}</kbd> : <span class="muted">not set</span>}</td>
							<td>{s.what}</td>
						</tr>
					))}
				</tbody>
			</table>
			<p class="muted">Escape closes a card and gives the focus back. Change the keys at {where}.</p>
		</>
	);
}
