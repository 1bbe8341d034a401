// Settings: marking per webmail, the verdict banner, and other sites behind optional host permissions.
import {useState} from 'preact/hooks';
import {OPTIONAL_SITES, sitePattern} from '../shared/settings';
import {t} from '../shared/i18n';
import {ResolverSetting} from './resolver-setting';
import type {SettingsState} from './use-settings';

/** A site pattern as a person reads it: `https://roundcube.example.org`. */
const siteName = (pattern: string) => pattern.replace(/\/\*$/, '');

const isOn = (state: SettingsState, patterns: readonly string[]) =>
	patterns.every(p => state.settings.sites.includes(p) && state.granted.has(p));

/** `onClose` gives the panel a Done button (the popup's view); the welcome page shows it without one. */
export function SettingsPanel({state, onClose}: {state: SettingsState; onClose?(): void}) {
	const {settings, update} = state;
	const [origin, setOrigin] = useState('');
	const [message, setMessage] = useState('');
	const builtIn = new Set<string>(OPTIONAL_SITES.flatMap(site => site.patterns));
	const custom = settings.sites.filter(site => !builtIn.has(site));

	const toggleSite = (patterns: string[], on: boolean) => {
		setMessage('');
		if (on) void state.enableSite(patterns).then(ok => ok || setMessage(t('settings_denied')));
		else void state.disableSite(patterns);
	};
	const addOrigin = (event: Event) => {
		event.preventDefault();
		const pattern = sitePattern(origin);
		if (!pattern) {
			setMessage(t('settings_bad_site'));
			return;
		}
		toggleSite([pattern], true);
		setOrigin('');
	};

	return (
		<section class="settings" aria-labelledby="settings-title">
			<div class="section-head">
				<h2 id="settings-title">{t('settings_title')}</h2>
				{onClose && <button type="button" class="link-button" onClick={onClose}>{t('settings_done')}</button>}
			</div>
			<fieldset>
				<legend>{t('settings_mark_in')}</legend>
				<label class="check"><input type="checkbox" checked={settings.marking.gmail} onChange={e => void update({marking: {...settings.marking, gmail: e.currentTarget.checked}})} /> Gmail</label>
				<label class="check"><input type="checkbox" checked={settings.marking.outlook} onChange={e => void update({marking: {...settings.marking, outlook: e.currentTarget.checked}})} /> {t('settings_outlook')}</label>
			</fieldset>
			<fieldset>
				<legend>{t('settings_banner')}</legend>
				<label class="check"><input type="checkbox" checked={settings.banner} onChange={e => void update({banner: e.currentTarget.checked})} /> {t('settings_banner_option')}</label>
			</fieldset>
			<fieldset>
				<legend>{t('settings_other')}</legend>
				<p class="muted">{t('settings_other_note')}</p>
				{OPTIONAL_SITES.map(site => (
					<label class="check" key={site.id}>
						<input type="checkbox" checked={isOn(state, site.patterns)} onChange={e => toggleSite([...site.patterns], e.currentTarget.checked)} /> {site.name}
					</label>
				))}
				{custom.map(pattern => (
					<div class="check" key={pattern}>
						<span>{state.granted.has(pattern) ? siteName(pattern) : t('settings_not_granted', siteName(pattern))}</span>
						<button type="button" class="link-button" aria-label={t('settings_remove_site', pattern)} onClick={() => toggleSite([pattern], false)}>{t('settings_remove')}</button>
					</div>
				))}
				<form class="add-site" onSubmit={addOrigin}>
					<label for="site-origin">{t('settings_any_site')}</label>
					<input id="site-origin" type="text" inputMode="url" placeholder="roundcube.example.org" value={origin} onInput={e => setOrigin(e.currentTarget.value)} />
					<button type="submit">{t('settings_enable')}</button>
				</form>
			</fieldset>
			<ResolverSetting state={state} />
			{state.keptLocally && (
				<p role="status" class="notice">{t('settings_kept_locally')}</p>
			)}
			{message && <p role="status" class="error">{message}</p>}
		</section>
	);
}
