// The ranked test table of everyday queries (issue 15): what people type, in each language whose
// notices the decoder reads, and what must come first — checked against the one search as the
// popup shows it (lookup) and as the CLI prints it (--search).
import {describe, expect, it} from 'vitest';
import {searchWords, type SearchHit} from '../../../src/core';
import {lookup} from '../../../src/popup/lookup';
import {searchOut} from '../../../src/cli/search';
import {cli, jsonLines} from '../../cli/helpers';

/** What a hit must be: a registry code, or a provider's rule (by provider). */
type Want = string | {provider: string};

interface Row {
	query: string;
	/** Each must be among the first `within` hits (the first one first when within is 1). */
	top: Want[];
	within?: number;
}

const TABLE: Record<string, Row[]> = {
	English: [
		{query: 'mailbox full', top: ['X.2.2']},
		{query: 'mailbox full', top: ['X.2.2', '552'], within: 3},
		{query: 'user unknown', top: ['X.1.1']},
		{query: 'no such user', top: ['X.1.1']},
		{query: 'domain not found', top: ['X.1.2']},
		{query: 'greylisted', top: [{provider: 'greylisting'}]},
		{query: 'graylisted', top: [{provider: 'greylisting'}]},
		{query: 'blacklisted', top: ['X.7.1']},
		{query: 'blocked by spamhaus', top: [{provider: 'spamhaus'}]},
		{query: 'spf', top: ['X.7.23', 'X.7.24'], within: 3},
		{query: 'message too big', top: ['X.3.4']},
		{query: 'relay denied', top: ['X.7.1']},
		{query: 'timeout', top: ['X.4.7']},
		{query: 'too many recipients', top: ['X.5.3']},
		{query: 'rdns', top: ['X.7.25']},
		{query: 'mailbx full', top: ['X.2.2']},
	],
	German: [
		{query: 'Postfach voll', top: ['X.2.2']},
		{query: 'Empfänger unbekannt', top: ['X.1.1']},
		{query: 'Empfänger unbekannt', top: ['X.1.1', '550'], within: 3},
		{query: 'Nachricht zu groß', top: ['X.3.4']},
		{query: 'Domain nicht gefunden', top: ['X.1.2']},
	],
	French: [
		{query: 'boîte pleine', top: ['X.2.2']},
		{query: 'destinataire inconnu', top: ['X.1.1']},
		{query: 'message trop volumineux', top: ['X.3.4']},
		{query: 'domaine introuvable', top: ['X.1.2']},
	],
	Spanish: [
		{query: 'buzón lleno', top: ['X.2.2']},
		{query: 'usuario desconocido', top: ['X.1.1']},
		{query: 'mensaje demasiado grande', top: ['X.3.4']},
	],
	Portuguese: [
		{query: 'caixa cheia', top: ['X.2.2']},
		{query: 'usuário desconhecido', top: ['X.1.1']},
	],
	Italian: [
		{query: 'casella piena', top: ['X.2.2']},
		{query: 'utente sconosciuto', top: ['X.1.1']},
		{query: 'messaggio troppo grande', top: ['X.3.4']},
	],
	Japanese: [
		{query: 'メールボックスがいっぱい', top: ['X.2.2']},
		{query: '宛先不明', top: ['X.1.1']},
		{query: 'サイズ超過', top: ['X.3.4']},
		{query: 'タイムアウト', top: ['X.4.7']},
		// No spaces, polite and plain forms, other words for "full", a Latin word glued to Japanese.
		{query: 'メールボックスが一杯', top: ['X.2.2']},
		{query: '受信箱がいっぱい', top: ['X.2.2', '552'], within: 3},
		{query: '容量不足', top: ['X.2.2']},
		{query: 'アドレスが存在しません', top: ['X.1.1']},
		{query: 'ユーザーが見つかりません', top: ['X.1.1', '550'], within: 3},
		{query: 'ドメインが存在しません', top: ['X.1.2']},
		{query: 'メールアドレスのドメインが見つかりません', top: ['X.1.2']},
		{query: '添付ファイルが大きすぎる', top: ['X.3.4']},
		{query: 'メール サイズ', top: ['X.3.4']},
		{query: 'spfエラー', top: ['X.7.23', 'X.7.24'], within: 3},
		{query: '逆引き', top: ['X.7.25']},
		{query: '受信拒否', top: ['X.7.1']},
		{query: '時間切れ', top: ['X.4.7']},
	],
};

/** A hit as each surface shows it: its code and, for a provider rule, the provider. */
type Shown = {code: string; provider?: string};

const is = (hit: Shown, want: Want): boolean =>
	typeof want === 'string' ? hit.code === want && !hit.provider : hit.provider === want.provider;

function check(hits: readonly Shown[], row: Row): void {
	const within = row.within ?? 1;
	const first = hits.slice(0, Math.max(within, row.top.length));
	for (const want of row.top) expect(first.some(hit => is(hit, want)), `${row.query} → ${JSON.stringify(want)} in ${JSON.stringify(first.map(h => h.code))}`).toBe(true);
	if (within === 1) expect(is(hits[0]!, row.top[0]!), `${row.query}: first is ${hits[0]?.code}`).toBe(true);
}

describe.each(Object.entries(TABLE))('everyday queries in %s', (_language, rows) => {
	it.each(rows)('$query (the core search)', row => {
		check(searchWords(row.query).hits, row);
	});

	it.each(rows)('$query (the popup)', row => {
		const result = lookup(row.query);
		expect(result.mode).toBe('list');
		if (result.mode !== 'list') return;
		// The popup's rows carry no provider id: a provider rule is known by its key.
		const hits = result.items.map(item => ({code: item.code, provider: /^provider:([^:]*):/.exec(item.key)?.[1] || undefined}));
		check(hits, row);
	});

	it.each(rows)('$query (the CLI)', row => {
		check(searchOut(row.query).hits, row);
	});
});

describe('the same search everywhere', () => {
	it('gives the popup, the core and the CLI the same ranking', () => {
		for (const query of ['mailbox full', 'Postfach voll', 'blocked by spamhaus', 'mailbx full']) {
			const core = searchWords(query, 30).hits.map(hit => `${hit.code}|${hit.title}`);
			const result = lookup(query);
			const popup = result.mode === 'list' ? result.items.map(item => `${item.code}|${item.title}`) : [];
			expect(popup, query).toEqual(core);
			expect(searchOut(query).hits.map(hit => `${hit.code}|${hit.title}`), query).toEqual(core);
		}
	});

	it('answers `--search` as a process, in words and as JSON', () => {
		const json = cli(['--search', '--json', 'Empfänger', 'unbekannt']);
		expect(json.status).toBe(0);
		const [out] = jsonLines(json.stdout) as unknown as [{query: string; hits: SearchHit[]}];
		expect(out.query).toBe('Empfänger unbekannt');
		expect(out.hits[0]?.code).toBe('X.1.1');
		const human = cli(['--search', 'mailbx', 'full']);
		expect(human.status).toBe(0);
		expect(human.stdout).toMatch(/^Showing results for “mailbox full”\n\n 1\. X\.2\.2 {2}Mailbox full {2}\(enhanced code\)/);
		expect(cli(['--search']).stderr).toMatch(/--search needs WORDS/);
		expect(cli(['--search', '--csv', 'spam']).status).toBe(2);
	});

	it('says what was searched for instead only when a word was no real word', () => {
		expect(searchWords('Postfach voll').corrected).toBeUndefined();
		expect(searchWords('auto reply').corrected).toBeUndefined();
		expect(searchWords('mailbx full').corrected).toBe('mailbox full');
	});
});
