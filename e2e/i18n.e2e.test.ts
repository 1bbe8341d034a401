// The reader's language in real Chromium: started in German (`--lang=de`), the popup shows German
// labels and a German verdict for a pasted bounce, its settings are German, a card leads with a German
// reply line, a Gmail bounce gets a German banner whose details are German, and the welcome and DNS
// pages are German (the findings' sentences of a DNS check stay English). The words are the
// catalogue's (_locales/de/messages.json), read here, so the test fails if the browser falls back to
// English. Needs `npm run build` first.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {launch, openPopup, type Launched} from './harness';
import {banners, card, fixture, GMAIL_URL, markCenter, serveWebmail, waitForMarks} from './fixtures/webmail';

const de: Record<string, {message: string}> = JSON.parse(readFileSync(new URL('../_locales/de/messages.json', import.meta.url), 'utf8'));
const say = (key: string, ...subs: string[]): string => {
	let n = 0;
	return de[key]!.message.replace(/\$[A-Z_]+\$/g, () => subs[n++] ?? '');
};

/** A card's one line on an unknown user, as the German catalogue says it (reply_line). */
const unknownUserLine = (): string => {
	const words = say('reason_userunknown_words');
	return say('reply_line', words.charAt(0).toUpperCase() + words.slice(1), say('reason_userunknown_act'));
};

// A Postfix notice for one unknown recipient, written for this test.
const BOUNCE = [
	'This is the mail system at host mx.sender.example.',
	'',
	'I\'m sorry to have to inform you that your message could not',
	'be delivered to one or more recipients.',
	'',
	'<gone@rcpt.example>: host mx.rcpt.example[192.0.2.10] said: 550 5.1.1 <gone@rcpt.example>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)',
	'',
].join('\n');

let ext: Launched;

beforeAll(async () => {
	ext = await launch(undefined, {lang: 'de'});
	await serveWebmail(ext.context, {'mail.google.com': () => fixture('gmail-2026-11-22-thread.html')});
});

afterAll(async () => {
	await ext?.close();
});

describe('in a German browser', () => {
	test('the popup’s labels are German, and its page says so', async () => {
		const page = await openPopup(ext);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
		expect(await page.locator('.toolbar button').allTextContents()).toEqual([say('toolbar_browse'), say('toolbar_settings')]);
		expect(await page.locator('label[for="eml-file"]').textContent()).toBe(say('toolbar_open_file'));
		expect(await page.locator('#q').getAttribute('placeholder')).toBe(say('search_placeholder'));
		expect(await page.locator('.start .hint').textContent()).toContain(say('hint_keys'));
		await page.locator('.toolbar button', {hasText: say('toolbar_settings')}).click();
		expect(await page.locator('#settings-title').textContent()).toBe(say('settings_title'));
		expect(await page.locator('.settings legend').allTextContents()).toEqual(expect.arrayContaining([say('settings_mark_in'), say('settings_banner'), say('settings_other')]));
		await page.locator('.settings .link-button', {hasText: say('settings_done')}).click();
		await page.close();
	});

	test('a pasted bounce gets a German verdict', async () => {
		const page = await openPopup(ext);
		await page.locator('#q').fill(BOUNCE);
		const summary = page.locator('.bounce-summary');
		await summary.waitFor();
		const sentence = say('sentence_failed_codes', 'gone@rcpt.example', say('reason_userunknown_words'), '550 5.1.1');
		expect(sentence).toBe('Nicht zugestellt an gone@rcpt.example: die Adresse existiert nicht (550 5.1.1).');
		expect(await summary.textContent()).toBe(`${say('outcome_failed')}: ${sentence}`);
		expect(await page.locator('.recipient .bd-badge').textContent()).toBe(say('outcome_failed'));
		expect(await page.locator('.recipient-advice').textContent()).toBe(say('reason_userunknown_advice'));
		expect(await page.locator('#codes-found').textContent()).toBe(say('codes_found', '1'));
		expect(await page.locator('.bounce-source').textContent()).toBe(say('bounce_source', say('source_pasted')));
		await page.close();
	});

	test('a typed code’s badge and card labels are German; its explanation stays English', async () => {
		const page = await openPopup(ext);
		await page.locator('#q').fill('550');
		const badge = page.locator('.detail .bd-badge').first();
		await badge.waitFor();
		expect(await badge.textContent()).toBe(say('severity_permanent'));
		// The card's own words are German too (ui/labels.ts); the code's title and meaning stay English.
		expect(await page.locator('.detail .bd-open-full').textContent()).toBe(say('card_open_full'));
		expect(await page.locator('.detail dt').first().textContent()).toBe(say('card_who_acts'));
		await page.close();
	});

	test('a card leads with the reply’s verdict in German', async () => {
		const page = await openPopup(ext);
		await page.locator('#q').fill('550 5.1.1');
		const line = page.locator('.detail .bd-verdict').first();
		await line.waitFor();
		expect(unknownUserLine()).toBe('Die Adresse existiert nicht — prüfen Sie sie auf Tippfehler, oder entfernen Sie sie aus Ihrer Liste');
		expect(await line.textContent()).toBe(unknownUserLine());
		await page.close();
	});

	test('a Gmail bounce gets a German banner', async () => {
		const page = await ext.context.newPage();
		await page.goto(GMAIL_URL);
		await expect.poll(() => banners(page).then(b => Object.keys(b).sort()), {timeout: 15_000}).toEqual(['msg-gmail-bounce', 'msg-postfix-bounce']);
		const lines = await banners(page);
		expect(lines['msg-gmail-bounce']).toEqual([`${say('sentence_failed_codes', 'nobody@example.org', say('reason_userunknown_words'), '550 5.1.1')} ${say('reason_userunknown_advice')}`]);
		expect(await page.evaluate(() => document.querySelector('[data-bounce-decoder="banner"]')!.shadowRoot!.querySelector('.bd-dismiss')!.getAttribute('aria-label'))).toBe(say('banner_dismiss'));
		await page.close();
	});

	test('the banner’s details are German: the returned message’s fields, each server and stage, the copy button', async () => {
		const page = await ext.context.newPage();
		await page.goto(GMAIL_URL);
		const gmail = page.locator('#msg-gmail-bounce [data-bounce-decoder="banner"]');
		await gmail.locator('summary').click();
		expect(await gmail.locator('summary').textContent()).toBe(say('banner_details'));
		expect(await gmail.locator('dl.bd-about').getAttribute('aria-label')).toBe(say('about_label'));
		expect(await gmail.locator('dl.bd-about dt').allTextContents()).toEqual([say('about_subject'), say('about_sent')]);
		expect(await gmail.locator('.bd-copy').textContent()).toBe(say('copy_suppress_one'));
		const postfix = page.locator('#msg-postfix-bounce [data-bounce-decoder="banner"]');
		await postfix.locator('summary').click();
		const places = await postfix.locator('.bd-server-stage').allTextContents();
		expect(places.length).toBeGreaterThan(0);
		for (const place of places) expect(place).toMatch(new RegExp(`^${say('recipient_server', '[a-z0-9.-]+')} · ${say('recipient_stage', say('stage_rcpt')).replace(/[()]/g, '\\$&')}$`));
		expect(await postfix.textContent()).not.toMatch(/\b(?:Details|Subject|Sent|Stage|the recipient)\b/);
		await page.close();
	});

	test('a marked code’s hover card leads with the German reply line', async () => {
		const page = await ext.context.newPage();
		await page.goto(GMAIL_URL);
		await waitForMarks(page, byMessage => (byMessage['msg-postfix-bounce'] ?? []).length > 0);
		const at = await markCenter(page, '5.1.1', '#msg-postfix-bounce');
		await page.mouse.move(at.x, at.y);
		await expect.poll(() => card(page).then(c => c.visible)).toBe(true);
		await expect.poll(() => page.evaluate(() => document.querySelector('[data-bounce-decoder="card"]')!.shadowRoot!.querySelector('.bd-verdict')?.textContent)).toBe(unknownUserLine());
		expect((await card(page)).text).toContain(say('card_open_full'));
		await page.close();
	});

	test('the welcome page is German: its title, headings, legend, commands and its card’s line', async () => {
		const page = await ext.context.newPage();
		await page.goto(`chrome-extension://${ext.extensionId}/src/welcome/welcome.html`);
		await page.locator('.sample-mark').first().waitFor();
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
		expect(await page.title()).toBe(say('welcome_page_title'));
		expect(await page.locator('h1').textContent()).toBe(say('welcome_ready'));
		expect(await page.locator('h2').allTextContents()).toEqual(expect.arrayContaining([say('welcome_sample_title'), say('welcome_legend_title'), say('welcome_where_title'), say('welcome_keys_title'), say('welcome_privacy_title')]));
		expect(await page.locator('.legend dd').first().textContent()).toBe(say('legend_permanent'));
		await expect.poll(() => page.locator('.shortcuts tr').count()).toBe(3);
		expect(await page.locator('.shortcuts').textContent()).toContain(say('shortcut_open'));
		expect(await page.locator('.sample-card .bd-verdict').textContent()).toBe(unknownUserLine());
		expect(await page.locator('.settings legend').allTextContents()).toEqual(expect.arrayContaining([say('settings_mark_in'), say('dns_title')]));
		const text = await page.locator('main').evaluate(main => {
			const copy = main.cloneNode(true) as HTMLElement;
			copy.querySelector('.sample')?.remove();
			return copy.textContent ?? '';
		});
		expect(text).not.toMatch(/Bounce Decoder is ready|What the colours mean|Where it works|Private by design|not set|DNS checks|Your own/);
		await page.close();
	});

	test('the DNS page is German: heading, fields, resolver, the note on what is sent, the button', async () => {
		const page = await ext.context.newPage();
		await page.goto(`chrome-extension://${ext.extensionId}/src/popup/dns.html?ip=203.0.113.7&reason=blocked&provider=spamhaus`);
		await page.locator('h1').waitFor();
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
		expect(await page.title()).toBe(`Bounce Decoder — ${say('dns_title')}`);
		expect(await page.locator('h1').textContent()).toBe(say('dns_title'));
		expect(await page.locator('.dns-field > span').allTextContents()).toEqual([say('dns_domain'), say('dns_ip'), say('dns_recipient_domain'), say('dns_selector'), say('dns_resolver')]);
		expect(await page.locator('.dns-context').textContent()).toContain(say('dns_topic_block_list'));
		expect(await page.locator('.dns-run').textContent()).toBe(say('card_check_dns'));
		expect(await page.locator('.dns-form .muted b').textContent()).toBe(say('card_check_dns'));
		expect(await page.locator('main').textContent()).not.toMatch(/DNS checks|Sender's domain|Sending IP|Nothing has been sent/);
		expect(await page.locator('input[name="ip"]').inputValue()).toBe('203.0.113.7');
		await page.close();
	});
});
