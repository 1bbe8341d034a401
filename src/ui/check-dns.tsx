// "Check DNS" on a card's action row (the card's `actions`), where DNS can answer what the code is about
// (the core's dnsTopic): the surface that shows the card opens the DNS page; nothing is sent from here.
import {CARD_LABELS as L} from './labels';

export function CheckDnsButton({onClick}: {onClick: (event?: Event) => void}) {
	return <button type="button" class="bd-check-dns" onClick={onClick}>{L.checkDns}</button>;
}
