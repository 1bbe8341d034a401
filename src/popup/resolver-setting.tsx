// Settings, DNS checks: which DNS-over-HTTPS resolver a check asks — Google's or Cloudflare's, or one the
// person types (any https URL of a JSON API, validated by parseCustomResolver). Nothing is sent from
// here: the resolver's host is asked for, and the names sent, only when "Check DNS" is pressed.
import {useState} from 'preact/hooks';
import {chosenResolver, customResolver, parseCustomResolver, RESOLVERS, type ResolverId} from '../shared/resolvers';
import type {SettingsState} from './use-settings';

/** Why a typed resolver URL is refused, by parseCustomResolver's reason. */
const REFUSAL: Record<Exclude<ReturnType<typeof parseCustomResolver>, {ok: true}>['error'], string> = {
	url: 'Type the resolver\'s full address, such as https://doh.example/dns-query.',
	https: 'Only an https:// address: the names you check must not travel in clear text.',
	credentials: 'No user name or password in the address: they would go with every query.',
	host: 'The address needs a host name (or an IPv4 address) after https://.',
	query: 'No ? or # part: the check adds ?name=…&type=… itself.',
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
			setMessage(REFUSAL[parsed.error]);
			return;
		}
		setMessage('');
		setTyped(undefined);
		void update({resolver: 'custom', customResolver: parsed.url});
	};

	return (
		<fieldset>
			<legend>DNS checks</legend>
			<label class="resolver">
				Resolver{' '}
				<select id="dns-resolver" value={active.id} onChange={e => void update({resolver: e.currentTarget.value as ResolverId})}>
					{RESOLVERS.map(r => <option key={r.id} value={r.id}>{r.name} ({new URL(r.url).host})</option>)}
					{custom && <option value="custom">{custom.url}</option>}
				</select>
			</label>
			<form class="add-site custom-resolver" onSubmit={useCustom}>
				<label for="resolver-url">Your own</label>
				<input id="resolver-url" type="text" inputMode="url" spellcheck={false} autocomplete="off" placeholder="https://doh.example/dns-query"
					value={typed ?? settings.customResolver} onInput={e => setTyped(e.currentTarget.value)} />
				<button type="submit">Use</button>
			</form>
			{message && <p role="status" class="error resolver-error">{message}</p>}
			<p class="muted">A card's Check DNS sends the names it looks up to this resolver only ({new URL(active.url).host}), after your click; its host is asked for the first time. Your own resolver must answer Google's JSON API (application/dns-json).</p>
		</fieldset>
	);
}
