import {render} from 'preact';
import {App} from './app';
import {cardCss} from '../ui/styles';
import './popup.css';
import {lang, t} from '../shared/i18n';

// The card's styles (with the shared severity colours) go into the page as text, as in a shadow root.
const style = document.createElement('style');
style.textContent = cardCss;
document.head.append(style);

// The page speaks the catalogue's language (screen readers and hyphenation follow it).
document.documentElement.lang = lang();
const params = new URLSearchParams(location.search);
// explain.html is the full-page view; index.html is the toolbar popup.
const layout = document.documentElement.dataset.layout === 'page' ? 'page' : 'popup';
const query = params.get('q') ?? '';
// A tab's title says what it explains (the first line of a pasted bounce is enough).
if (layout === 'page' && query.trim()) document.title = `${query.trim().split('\n')[0]!.slice(0, 60)} — ${t('ext_name')}`;
render(<App initialQuery={query} layout={layout} />, document.getElementById('app')!);
