// The page opened once, when the extension is installed: a sample bounce marked as a webmail would
// show it (hover, click or Tab to a code for its card), what each colour means, where the extension
// works, its keyboard commands and its settings, in the reader's language (the catalogue's words).
import {useEffect, useRef} from 'preact/hooks';
import {t} from '../shared/i18n';
import {Said} from '../ui/said';
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
				<h1>{t('welcome_ready')}</h1>
				<p>{t('welcome_intro')}</p>
			</header>
			<section aria-labelledby="sample-title">
				<h2 id="sample-title">{t('welcome_sample_title')}</h2>
				<p class="muted">{t('welcome_sample_hint')}</p>
				<SampleBounce text={SAMPLE_BOUNCE} />
			</section>
			<section aria-labelledby="legend-title">
				<h2 id="legend-title">{t('welcome_legend_title')}</h2>
				<Legend />
			</section>
			<section aria-labelledby="where-title">
				<h2 id="where-title">{t('welcome_where_title')}</h2>
				<ul class="where">
					<li><Said name="where_webmail" slots={[<strong>{t('where_webmail_name')}</strong>]} /></li>
					<li><Said name="where_other" slots={[<strong>{t('where_other_name')}</strong>]} /></li>
					<li><Said name="where_page" slots={[<strong>{t('where_page_name')}</strong>, <em>{t('menu_explain')}</em>]} /></li>
					<li><Said name="where_toolbar" slots={[<strong>{t('where_toolbar_name')}</strong>, <code>.eml</code>]} /></li>
				</ul>
			</section>
			<section aria-labelledby="keys-title">
				<h2 id="keys-title">{t('welcome_keys_title')}</h2>
				<Shortcuts isFirefox={isFirefox} />
			</section>
			<section aria-labelledby="privacy-title">
				<h2 id="privacy-title">{t('welcome_privacy_title')}</h2>
				<p>{t('welcome_privacy', t('card_check_dns'))}</p>
			</section>
			<SettingsPanel state={settings} />
		</main>
	);
}
