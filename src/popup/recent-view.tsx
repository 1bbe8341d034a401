// The start screen: recent lookups (this device only) and what can be typed.
import type {ResultItem} from './items';
import {ResultList} from './result-list';
import {t} from '../shared/i18n';
import {Said} from '../ui/said';

interface Props {
	items: ResultItem[];
	active: number;
	onOpen(item: ResultItem): void;
	onHover(index: number): void;
	onClear(): void;
}

export function RecentView({items, active, onOpen, onHover, onClear}: Props) {
	return (
		<section class="start" aria-label={t('start_label')}>
			{items.length > 0 && (
				<>
					<div class="section-head">
						<h2 class="section-title">{t('recent_title')}</h2>
						<button type="button" class="link-button" onClick={onClear}>{t('recent_clear')}</button>
					</div>
					<ResultList id="recent-list" label={t('recent_title')} items={items} active={active} onOpen={onOpen} onHover={onHover} />
				</>
			)}
			<div class="hint">
				<p><Said name="hint_type" slots={[<><code>550</code>, <code>5.7.26</code>, <code>550 5.1.1</code>, <code>TSS04</code></>, <em>{t('hint_words')}</em>]} /></p>
				<p><Said name="hint_paste" slots={[<code>.eml</code>]} /></p>
				<p class="muted">{t('hint_keys')}</p>
			</div>
		</section>
	);
}
