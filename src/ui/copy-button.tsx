// A button that copies a text and says so ("Copied", or "Could not copy" with the text still
// selectable on the card), then goes back to its label.
import {useEffect, useRef, useState} from 'preact/hooks';
import {copyText} from './copy';
import {t} from '../shared/i18n';

interface Props {
	label: string;
	/** The text to copy, built when clicked. */
	text: () => string;
}

const SAID_FOR_MS = 1500;

export function CopyButton({label, text}: Props) {
	const [said, setSaid] = useState<'' | 'copied' | 'failed'>('');
	const ref = useRef<HTMLButtonElement>(null);
	useEffect(() => {
		if (!said) return;
		const timer = setTimeout(() => setSaid(''), SAID_FOR_MS);
		return () => clearTimeout(timer);
	}, [said]);
	const onClick = () => {
		const root = ref.current?.getRootNode();
		void copyText(text(), root instanceof ShadowRoot ? root : document.body).then(ok => setSaid(ok ? 'copied' : 'failed'));
	};
	return (
		<button ref={ref} type="button" class="bd-copy" data-said={said || undefined} onClick={onClick}>
			{said === 'copied' ? t('copy_done') : said === 'failed' ? t('copy_failed') : label}
		</button>
	);
}
