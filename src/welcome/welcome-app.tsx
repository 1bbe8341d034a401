// The page opened once, when the extension is installed: a sample bounce marked as a webmail would
// show it (hover, click or Tab to a code for its card), what each colour means, where the extension
// works, its keyboard commands and its settings.
import {useEffect, useRef} from 'preact/hooks';
import {SettingsPanel} from '../popup/settings-panel';
import {useSettings} from '../popup/use-settings';
import {Legend} from './legend';
import {paintMarks} from './paint';
import {SAMPLE_BOUNCE} from './sample';
import {SampleBounce} from './sample-bounce';
import {Shortcuts} from './shortcuts';

export function WelcomeApp({isFirefox}: {isFirefox: boolean}) {
	const settings = useSettings();
	const root = useRef<HTMLElement>(null);
	useEffect(() => (root.current ? paintMarks(root.current) : undefined), []);
	return (
		<main class="welcome" ref={root}>
			<header class="welcome-head">
				<h1>Bounce Decoder is ready</h1>
				<p>
					When a message comes back undelivered, Bounce Decoder marks every code in it where you read it
					and says, on hover, what failed, whether anyone will retry, whose move it is and what to do.
				</p>
			</header>
			<section aria-labelledby="sample-title">
				<h2 id="sample-title">A bounce, marked</h2>
				<p class="muted">Point at a marked code, click it or reach it with Tab: its card shows beside the text.</p>
				<SampleBounce text={SAMPLE_BOUNCE} />
			</section>
			<section aria-labelledby="legend-title">
				<h2 id="legend-title">What the colours mean</h2>
				<Legend />
			</section>
			<section aria-labelledby="where-title">
				<h2 id="where-title">Where it works</h2>
				<ul class="where">
					<li><strong>Gmail and Outlook on the web</strong>: codes are marked in the bounces you open, with a one-line verdict above each bounce.</li>
					<li><strong>Other webmails</strong> (Yahoo, Proton, Fastmail, iCloud, your own Roundcube): switch them on below; your browser asks for access to that one site.</li>
					<li><strong>Any page</strong>: select an error, right-click and choose <em>Explain this error</em>.</li>
					<li><strong>The toolbar button</strong>: look up a code or words, paste a whole bounce, or drop an <code>.eml</code> or mbox file.</li>
				</ul>
			</section>
			<section aria-labelledby="keys-title">
				<h2 id="keys-title">Keyboard</h2>
				<Shortcuts isFirefox={isFirefox} />
			</section>
			<section aria-labelledby="privacy-title">
				<h2 id="privacy-title">Private by design</h2>
				<p>
					Bounces are read inside your browser and webpages cannot see its cards or its settings. The one
					thing that goes out is a DNS check, and only when you press Check DNS: it asks the resolver you
					chose in the settings about the names and address shown on the check's page, nothing else.
				</p>
			</section>
			<SettingsPanel state={settings} />
		</main>
	);
}
