// @vitest-environment happy-dom
// The welcome page (src/welcome/): its sample bounce, marked and read as the popup reads it.
import {describe, expect, it} from 'vitest';
import {render} from 'preact';
import {explainText} from '../../src/core';
import {SAMPLE_BOUNCE} from '../../src/welcome/sample';
import {SampleBounce, segmentsOf} from '../../src/welcome/sample-bounce';
import {TONE_OF_SEVERITY} from '../../src/welcome/paint';

const replies = explainText(SAMPLE_BOUNCE);

describe('the welcome page\'s sample bounce', () => {
	it('cuts the text into runs and codes that put the text back together exactly', () => {
		const segments = segmentsOf(SAMPLE_BOUNCE, replies);
		expect(segments.map(s => s.text).join('')).toBe(SAMPLE_BOUNCE);
		expect(segments.filter(s => s.reply !== undefined).map(s => s.text)).toEqual(['550', '5.1.1', '452', '4.2.2', '550', '5.7.26']);
	});

	it('reads each recipient\'s reply as the popup reads a pasted bounce: what the page teaches is true', () => {
		const read = replies.map(r => [r.explanation.code, r.explanation.reason, r.explanation.severity]);
		expect(read).toEqual([
			['550 5.1.1', 'userunknown', 'permanent'],
			['452 4.2.2', 'mailboxfull', 'transient'],
			['550 5.7.26', expect.any(String), 'permanent'],
		]);
		expect(replies[2]!.explanation.provider?.id).toBe('google');
	});

	it('gives every code a focusable mark in its reply\'s colour, and shows the first reply\'s card', () => {
		const root = document.createElement('div');
		render(<SampleBounce text={SAMPLE_BOUNCE} />, root);
		const marks = [...root.querySelectorAll<HTMLElement>('.sample-mark')];
		expect(marks.map(m => [m.textContent, m.dataset.tone, m.tabIndex])).toEqual([
			['550', 'permanent', 0], ['5.1.1', 'permanent', 0], ['452', 'transient', 0], ['4.2.2', 'transient', 0],
			['550', 'permanent', 0], ['5.7.26', 'permanent', 0],
		]);
		expect(root.querySelector('.sample-card .bd-code')?.textContent).toBe('550 5.1.1');
	});

	it('maps every severity to one of the content script\'s mark tones', () => {
		expect(Object.values(TONE_OF_SEVERITY).sort()).toEqual(['information', 'permanent', 'success', 'transient']);
	});

	it('holds only documentation addresses and IPs besides Gmail\'s own host', () => {
		const addresses = SAMPLE_BOUNCE.match(/[\w.-]+@[\w.-]+/g) ?? [];
		expect(addresses.every(a => /@example\.(?:com|net|org)$/.test(a) || a === 'chloe@gmail.com')).toBe(true);
		const ips = SAMPLE_BOUNCE.match(/\d+\.\d+\.\d+\.\d+/g) ?? [];
		expect(ips.every(ip => /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\./.test(ip))).toBe(true);
	});
});
