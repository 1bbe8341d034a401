// The popup and the full-page view (explain.html): one search box for codes, words, pasted bounces
// and dropped .eml files; keyboard-first (↑ ↓ Enter Esc).
import {useEffect, useMemo, useRef, useState} from 'preact/hooks';
import {dnsPlan, explanationReading, replyVerdict, type Explanation} from '../core';
import {CheckDnsButton} from '../ui/check-dns';
import {CodeCard} from '../ui/code-card';
import browser from '../shared/browser';
import {explainUrl} from '../shared/explain-url';
import {dnsPageUrl, dnsParams} from '../shared/dns-url';
import {t, tn, tNumbers} from '../shared/i18n';
import {lookup, warmUp} from './lookup';
import {browseGroups} from './browse';
import {recentItem} from './derive';
import type {DecodeJob} from './decode-job';
import {MAX_FILE_BYTES} from './file-bytes';
import type {ResultItem} from './items';
import {addRecent, clearRecent, loadRecent, type RecentEntry} from './recent';
import {clearSession, loadSession, saveSession, type Panel} from './session';
import {usePageFallback} from './page-reading';
import {useDecode} from './use-decode';
import {useSettings} from './use-settings';
import {SearchBox} from './search-box';
import {ResultList} from './result-list';
import {BounceView} from './bounce-view';
import {BrowseView} from './browse-view';
import {RecentView} from './recent-view';
import {DetailView} from './detail-view';
import {SettingsPanel} from './settings-panel';
import {Toolbar} from './toolbar';

export type Layout = 'popup' | 'page';
/** A dropped or picked file: its bytes are read in the decode worker, never in the page. */
export interface DroppedFile {name: string; file: Blob}

/** What a screen reader hears after each change: how many results, or that a decode is running. */
function statusText(view: string, count: number, decoding: string): string {
	if (decoding === 'busy') return t('status_decoding');
	if (view === 'list' || view === 'text' || view === 'file') return tn('status_results', count);
	return '';
}

export function App({initialQuery = '', layout = 'popup'}: {initialQuery?: string; layout?: Layout}) {
	const [query, setQuery] = useState(initialQuery);
	const [file, setFile] = useState<DroppedFile>();
	const [detail, setDetail] = useState<Explanation>();
	// The reply the open card's code was found in (its evidence), when opened from a text.
	const [detailReply, setDetailReply] = useState<string>();
	const [panel, setPanel] = useState<Panel>('none');
	const [cursor, setCursor] = useState({list: '', index: -1});
	const [recent, setRecent] = useState<RecentEntry[]>([]);
	const [dragging, setDragging] = useState(false);
	const [fileError, setFileError] = useState('');
	const settings = useSettings();
	// The popup's tab is a webmail page whose classes changed: say its marks came from a fallback reading.
	const pageFallback = usePageFallback(layout === 'popup');

	useEffect(() => void loadRecent().then(setRecent), []);
	// The popup reopens where it was left (session.ts); the full-page view opens on its own query.
	const remembers = layout === 'popup' && !initialQuery;
	const [restored, setRestored] = useState(!remembers);
	// Anything the user does before the stored state arrives wins over it.
	const touched = useRef(false);
	useEffect(() => {
		if (!remembers) return;
		void loadSession().then(state => {
			if (state && !touched.current) {
				setQuery(state.query);
				setPanel(state.panel);
				setDetail(state.detail);
				setDetailReply(state.reply);
				// Selected, so typing a new query replaces the old one (as an address bar does).
				requestAnimationFrame(() => (document.getElementById('q') as HTMLTextAreaElement | null)?.select());
			}
			setRestored(true);
		});
	}, []);
	useEffect(() => {
		if (remembers && restored) saveSession({query: file ? '' : query, panel, detail, reply: detailReply});
	}, [query, panel, detail, detailReply, file, restored]);
	useEffect(() => {
		const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
		idle(() => warmUp());
	}, []);

	const look = useMemo(() => lookup(query), [query]);
	// A file, a pasted bounce, or a text too long to explain on a keystroke: the decode worker's job.
	const job = useMemo((): DecodeJob | undefined => file ? {kind: 'file', file: file.file}
		: look.mode === 'text' && (look.bounce || look.deferred) ? {kind: 'text', text: query, decode: look.bounce} : undefined, [file, look, query]);
	const decode = useDecode(job);
	// The answer on screen: the job's own, or a text's last one while the next runs (never another kind's).
	const shown = decode.status === 'done' ? decode.result : decode.status === 'busy' ? decode.previous : undefined;
	const decoded = job && shown?.from === job.kind ? shown : undefined;
	const groups = useMemo(() => panel === 'browse' ? browseGroups() : [], [panel]);

	const view = detail ? 'detail' : panel === 'settings' ? 'settings' : file ? 'file' : look.mode === 'empty' ? (panel === 'browse' ? 'browse' : 'start') : look.mode;
	const items: ResultItem[] = useMemo(() => {
		switch (view) {
			case 'file': return decode.status === 'done' ? decode.result.codes : [];
			// A pasted bounce, once decoded: its replies read with the recipients' providers. A long
			// text keeps its last answer on screen while the next one is worked out.
			case 'text': return decoded?.codes ?? (look.mode === 'text' ? look.items : []);
			case 'list': return look.mode === 'list' ? look.items : [];
			case 'browse': return groups.flatMap(group => group.items);
			case 'start': return recent.map(recentItem);
			default: return [];
		}
	}, [view, look, groups, recent, decode, decoded]);

	// The cursor belongs to the list it was set on: a new list starts with nothing selected (so typing
	// never jumps it around), while a re-render that rebuilds the same rows keeps it.
	const list = items.map(item => item.key).join('\n');
	const active = cursor.list === list ? cursor.index : -1;
	const setActive = (index: number) => setCursor({list, index});
	useEffect(() => document.getElementById(`result-${active}`)?.scrollIntoView({block: 'nearest'}), [active]);

	// A code typed and left there counts as a lookup.
	useEffect(() => {
		if (look.mode !== 'code') return;
		const timer = setTimeout(() => void addRecent(look.explanation.code, look.explanation.title).then(setRecent), 1200);
		return () => clearTimeout(timer);
	}, [look]);

	const open = (item: ResultItem) => {
		const e = item.explain();
		if (!e) return;
		setDetail(e);
		setDetailReply(item.reply);
		void addRecent(item.query, e.title).then(setRecent);
	};
	const lookupCode = (code: string) => {
		setDetail(undefined);
		setFile(undefined);
		setPanel('none');
		setQuery(code);
	};
	const clear = () => {
		setDetail(undefined);
		setFile(undefined);
		setFileError('');
		setQuery('');
	};
	const openFull = (e: Explanation) => () => void browser.tabs.create({url: explainUrl(e.code)});
	/** "Check DNS" where the code is about authentication, reverse DNS or a block list: the DNS page, prefilled from the reply. */
	const checkDns = (e: Explanation, reply?: string) => {
		const reading = explanationReading(e, reply);
		const plan = dnsPlan(reading);
		return plan ? () => void browser.tabs.create({url: dnsPageUrl(dnsParams(plan, reading))}) : undefined;
	};
	const checkDnsButton = (e: Explanation) => {
		const onClick = checkDns(e);
		return onClick && <CheckDnsButton onClick={onClick} />;
	};

	const onKey = (event: KeyboardEvent) => {
		// Arrows and Enter belong to the search box; in settings fields they keep their own meaning.
		const inSearch = (event.target as HTMLElement | null)?.id === 'q';
		if (!inSearch && event.key !== 'Escape') return;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			if (items.length === 0) return;
			event.preventDefault();
			const step = event.key === 'ArrowDown' ? 1 : -1;
			setActive(active < 0 ? (step > 0 ? 0 : items.length - 1) : (active + step + items.length) % items.length);
		} else if (event.key === 'Enter' && !event.shiftKey) {
			event.preventDefault();
			const item = items[active] ?? (view === 'list' ? items[0] : undefined);
			if (item) open(item);
			else if (look.mode === 'code') void addRecent(look.explanation.code, look.explanation.title).then(setRecent);
		} else if (event.key === 'Escape') {
			if (!detail && panel === 'none' && !query && !file) return; // let the browser close the popup
			event.preventDefault();
			if (detail) setDetail(undefined);
			else if (panel !== 'none') setPanel('none');
			else clear();
		}
	};

	const readFile = (picked: File | undefined) => {
		if (!picked) return;
		if (picked.size > MAX_FILE_BYTES) {
			setFileError(t('file_too_large', picked.name, Math.round(picked.size / 1048576)));
			return;
		}
		setFileError('');
		setDetail(undefined);
		setPanel('none');
		setFile({name: picked.name, file: picked});
	};

	return (
		<div
			class={`app app-${layout}${dragging ? ' dragging' : ''}`}
			onKeyDown={event => {
				touched.current = true;
				onKey(event);
			}}
			onInput={() => {
				touched.current = true;
			}}
			onPointerDown={() => {
				touched.current = true;
			}}
			onDragOver={event => {
				event.preventDefault();
				setDragging(true);
			}}
			onDragLeave={() => setDragging(false)}
			onDrop={event => {
				event.preventDefault();
				setDragging(false);
				readFile(event.dataTransfer?.files[0]);
			}}
		>
			<header class="top">
				<SearchBox
					query={file ? '' : query}
					placeholder={file ? (decoded?.refused ? t('bounce_source_refused', file.name) : t('search_decoded_file', file.name)) : undefined}
					activeId={active >= 0 ? `result-${active}` : undefined}
					onInput={value => {
						setFile(undefined);
						setDetail(undefined);
						setQuery(value);
					}}
				/>
				<Toolbar panel={panel} onPanel={next => {
					setDetail(undefined);
					setPanel(current => current === next ? 'none' : next);
				}} onFile={readFile} />
			</header>
			<main class="content" id="results-region">
				{pageFallback && <p class="muted page-note" role="note">{t('page_fallback')}</p>}
				{fileError && <p role="alert" class="error">{fileError}</p>}
				{view === 'detail' && detail && <DetailView explanation={detail} reply={detailReply} full={layout === 'page'} onBack={() => setDetail(undefined)} onOpenFull={layout === 'popup' ? openFull(detail) : undefined} onCheckDns={checkDns(detail, detailReply)} onLookup={lookupCode} />}
				{view === 'settings' && <SettingsPanel state={settings} onClose={() => setPanel('none')} />}
				{view === 'file' && file && <BounceView source={file.name} decode={decode} decoded={decoded} codes={items} active={active} onOpen={open} onHover={setActive} />}
				{view === 'text' && look.mode === 'text' && (look.bounce
					? <BounceView source={t('source_pasted')} decode={decode} decoded={decoded} codes={items} active={active} onOpen={open} onHover={setActive} />
					: (
						<section aria-label={t('codes_in_text')}>
							<h2 class="section-title">{t('codes_in_text')}</h2>
							{look.deferred && items.length === 0 && decode.status === 'busy' && <p class="muted">{t('reading_codes')}</p>}
							<ResultList id="codes-list" label={t('codes_in_text')} items={items} active={active} onOpen={open} onHover={setActive} />
							{decoded?.notes.map(note => <p key={note.say} class="muted decode-note" role="note">{tNumbers(note.say, note.numbers)}</p>)}
						</section>
					))}
				{view === 'code' && look.mode === 'code' && (
					<section class="detail" aria-label={t('explanation_of', look.explanation.code)}>
						<CodeCard explanation={look.explanation} verdict={replyVerdict(look.explanation)} full={layout === 'page'} fitViewport={layout === 'popup'} onOpenFull={layout === 'popup' ? openFull(look.explanation) : undefined} actions={checkDnsButton(look.explanation)} />
					</section>
				)}
				{view === 'list' && look.mode === 'list' && (
					<>
						{look.note && <p class="muted" role="status">{look.note}</p>}
						{look.error ? <p class="muted" role="status">{look.error}</p> : <ResultList id="search-results" label={t('matching_codes')} items={items} active={active} onOpen={open} onHover={setActive} />}
					</>
				)}
				{view === 'browse' && <BrowseView groups={groups} active={active} onOpen={open} onHover={setActive} />}
				{view === 'start' && <RecentView items={items} active={active} onOpen={open} onHover={setActive} onClear={() => void Promise.all([clearRecent(), clearSession()]).then(() => setRecent([]))} />}
			</main>
			{dragging && <div class="drop-overlay" aria-hidden="true">{t('drop_overlay')}</div>}
			<p class="visually-hidden" role="status" aria-live="polite">{statusText(view, items.length, decode.status)}</p>
		</div>
	);
}
