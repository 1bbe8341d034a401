// Settings, DNS checks: which DNS-over-HTTPS resolver a check asks — Google's or Cloudflare's, or one the
// person types (any https URL of a JSON API, validated by parseCustomResolver). Nothing is sent from
// here: the resolver's host is asked for, and the names sent, only when "Check DNS" is pressed.
import {useState} from 'preact/hooks';
import {chosenResolver, customResolver, parseCustomResolver, RESOLVERS, type ResolverId} from '../shared/resolvers';
import type {SettingsState} from './use-settings';
import {t, type MessageKey} from '../shared/i18n';

/** Why a typed resolver URL is refused, by parseCustomResolver's reason. */
const REFUSAL: Record<Exclude<ReturnType<typeof parseCustomResolver>, {ok: true}>['error'], MessageKey> = {
	url: 'resolver_bad_url',
	https: 'resolver_bad_https',
	credentials: 'resolver_bad_credentials',
	host: 'resolver_bad_host',
	query: 'resolver_bad_query',
};

export function ResolverSetting({state}: {state: SettingsState}) {
	const {settings, update} = state;
	const custom = customResolver(settings.customResolver);
	const [typed, setTyped] = useState<string | undefined>(undefined);
	const [message, setMessage] = useState('');
	const active = chosenResolver(settings);

	const useCustom = (event: Event) => {
		event.preventDefault();
		const parsed = parseCustomResolver(typed ?? settings.customResolver);
		if (!parsed.ok) {
			setMessage(t(REFUSAL[parsed.error]));
			return;
		}
		setMessage('');
		setTyped(undefined);
		void update({resolver: 'custom', customResolver: parsed.url});
	};

	return (
		<fieldset>
			<legend>{t('dns_title')}</legend>
			<label class="resolver">
				{t('dns_resolver')}{' '}
				<select id="dns-resolver" value={active.id} onChange={e => void update({resolver: e.currentTarget.value as ResolverId})}>
					{RESOLVERS.map(r => <option key={r.id} value={r.id}>{r.name} ({new URL(r.url).host})</option>)}
					{custom && <option value="custom">{custom.url}</option>}
				</select>
			</label>
			<form class="add-site custom-resolver" onSubmit={useCustom}>
				<label for="resolver-url">{t('resolver_own')}</label>
				<input id="resolver-url" type="text" inputMode="url" spellcheck={false} autocomplete="off" placeholder="https://doh.example/dns-query"
					value={typed ?? settings.customResolver} onInput={e => setTyped(e.currentTarget.value)} />
				<button type="submit">{t('resolver_use')}</button>
			</form>
			{message && <p role="status" class="error resolver-error">{message}</p>}
			<p class="muted">{t('resolver_note', t('card_check_dns'), new URL(active.url).host)}</p>
		</fieldset>
	);
}
