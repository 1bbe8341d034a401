import {render} from 'preact';
import {cardCss} from '../ui/styles';
import {chosenResolver, resolverOrigin} from '../shared/resolvers';
import {loadSettings} from '../shared/settings';
import {lang, t} from '../shared/i18n';
import {lockConnectSrc} from './connect-policy';
import {DnsView, initialFromParams} from './dns-view';
import './popup.css';
import './dns.css';

const style = document.createElement('style');
style.textContent = cardCss;
document.head.append(style);

// The page speaks the catalogue's language, and its tab says so.
document.documentElement.lang = lang();
document.title = `${t('ext_name')} — ${t('dns_title')}`;

// The page's connect-src is locked to the chosen resolver before the page can send anything.
const settings = await loadSettings();
const resolver = chosenResolver(settings);
lockConnectSrc(resolverOrigin(resolver));
render(<DnsView initial={initialFromParams(new URLSearchParams(location.search))} resolver={resolver} customUrl={settings.customResolver} />, document.getElementById('app')!);
