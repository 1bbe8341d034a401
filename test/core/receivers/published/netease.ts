// NetEase's codes (HL:…, MI:…, RP:…, DT:…, WM:…). HL:ITC, MI:SPB and RP:TRC are on the page without a meaning we could source.
import {coded, entriesOf, type PublishedList} from './types';

const tail = '163 mx14,QsCowAAXd1Vx0m9lmD1hBQ--.21345S2 1701765489 http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1&hostid=mx14&time=1701765489';
const LINES: string[] = [
	`421 HL:REP ${tail}`,
	`421 HL:MEP ${tail}`,
	`421 HL:ICC ${tail}`,
	`421 HL:IFC ${tail}`,
	`554 HL:IHU ${tail}`,
	`450 WM:BLI ${tail}`,
	`450 DT:RBL ${tail}`,
	`451 DT:SPM ${tail}, please try again`,
	`554 DT:SPM ${tail}`,
	`550 MI:SPF ${tail}`,
	`550 MI:DMA ${tail}`,
	`450 MI:DMC ${tail}`,
	`450 RP:DRC ${tail}`,
	`550 RP:RCL ${tail}`,
	`451 MI:SFQ ${tail}`,
	`451 RP:QRC ${tail}`,
	`554 MI:STC ${tail}`,
	`450 MI:CEL ${tail}`,
	`450 RP:CCL ${tail}`,
	`550 MI:NHD ${tail}`,
	`550 MI:IMF ${tail}`,
	`450 WM:BLU ${tail}`,
	`550 RP:FRL ${tail}`,
	'451 Requested mail action not taken: too much fail authentication (163mx01.mxmail.netease.com)',
	'550 User not found: neko@163.com Invalid User (163mx01.mxmail.netease.com)',
	`450 HL:ITC ${tail}`,
	`550 MI:SPB ${tail}`,
	`450 RP:TRC ${tail}`,
];

export const netease: PublishedList = {
	provider: 'netease',
	name: 'NetEase (163 / 126)',
	title: 'NetEase: 企业退信的常见问题 (common bounces)',
	source: 'https://help.163.com/09/1224/17/5RAJ4LMH00753VB8.html',
	host: '163mx01.mxmail.netease.com',
	recipient: 'neko@163.com',
	entries: entriesOf(LINES, coded(/\b[A-Z]{2}:[A-Z]{3}\b/)),
	// NetEase's page lists more codes than these (about forty); the rest have no reply form we could source.
	partOfPage: true,
};
