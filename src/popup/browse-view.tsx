// Browse mode: every code by class and subject, driven by the same keyboard cursor as search results.
import type {BrowseGroup} from './browse';
import type {ResultItem} from './items';
import {ResultList} from './result-list';
import {t} from '../shared/i18n';

interface Props {
	groups: BrowseGroup[];
	active: number;
	onOpen(item: ResultItem): void;
	onHover(index: number): void;
}

export function BrowseView({groups, active, onOpen, onHover}: Props) {
	let offset = 0;
	return (
		<section class="browse" aria-label={t('browse_label')}>
			{groups.map(group => {
				const list = (
					<section key={group.id} class="browse-group" aria-labelledby={`g-${group.id}`}>
						<h2 class="section-title" id={`g-${group.id}`}>{group.title}</h2>
						<ResultList id={`list-${group.id}`} label={group.title} items={group.items} active={active} offset={offset} onOpen={onOpen} onHover={onHover} />
					</section>
				);
				offset += group.items.length;
				return list;
			})}
		</section>
	);
}
