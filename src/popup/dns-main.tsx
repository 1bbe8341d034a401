import {render} from 'preact';
import {cardCss} from '../ui/styles';
import {DnsView, initialFromParams} from './dns-view';
import './popup.css';
import './dns.css';

const style = document.createElement('style');
style.textContent = cardCss;
document.head.append(style);

render(<DnsView initial={initialFromParams(new URLSearchParams(location.search))} />, document.getElementById('app')!);
