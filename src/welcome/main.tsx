import {render} from 'preact';
import browser from '../shared/browser';
import {lang, t} from '../shared/i18n';
import highlightCss from '../../assets/content-highlights.css?inline';
import {cardCss} from '../ui/styles';
import {WelcomeApp} from './welcome-app';
import '../popup/popup.css';
import './welcome.css';

// The card's styles and the marks' colours go into the page as text, as the content script injects them.
for (const css of [cardCss, highlightCss]) {
	const style = document.createElement('style');
	style.textContent = css;
	document.head.append(style);
}

// The page speaks the catalogue's language, and its tab says so.
document.documentElement.lang = lang();
document.title = t('welcome_page_title');

const isFirefox = browser.runtime.getURL('').startsWith('moz-extension:');
render(<WelcomeApp isFirefox={isFirefox} />, document.getElementById('app')!);
