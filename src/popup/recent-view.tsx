// The start screen: recent lookups (this device only) and what can be typed.
import type {ResultItem} from './items';
import {ResultList} from './result-list';

interface Props {
	items: ResultItem[];
	active: number;
	onOpen(item: ResultItem): void;
	onHover(index: number): void;
	onClear(): void;
}

export function RecentView({items, active, onOpen, onHover, onClear}: Props) {
	return (
		<section class="start" aria-label="Start">
			{items.length > 0 && (
				<>
					<div class="section-head">
						<h2 class="section-title">Recent lookups</h2>
						<button type="button" class="link-button" onClick={onClear}>Clear</button>
					</div>
					<ResultList id="recent-list" label="Recent lookups" items={items} active={active} onOpen={onOpen} onHover={onHover} />
				</>
			)}
			<div class="hint">
				<p>Type a code — <code>550</code>, <code>5.7.26</code>, <code>550 5.1.1</code>, <code>TSS04</code> — or words such as <em>mailbox full</em> or <em>spf</em>.</p>
				<p>Paste a whole bounce, or drop an <code>.eml</code> file here, to get a verdict per recipient.</p>
				<p class="muted">↑ ↓ move · Enter opens · Esc clears</p>
			</div>
		</section>
	);
}
