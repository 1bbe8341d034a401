import {netease} from '../../../src/core/receivers/netease';
import {testTable} from './bounce';

// Replies of NetEase's MX: the code, a host tag, a session id, a time and NetEase's help link. Every
// row, its MI:… codes included, is read as a reply inside a bounce (find-codes sentenceReplyAt).
const tail = '163 mx14,QsCowAAXd1Vx0m9lmD1hBQ--.21345S2 1701765489 http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1&hostid=mx14&time=1701765489';

testTable({
	receiver: netease,
	host: '163mx01.mxmail.netease.com',
	recipient: 'neko@163.com',
	rows: [
		[`421 HL:REP ${tail}`, 'blocked', /abnormal behaviour/],
		[`421 HL:MEP ${tail}`, 'blocked', /abnormal behaviour/],
		[`421 HL:ICC ${tail}`, 'toomanyconn', /too many connections/],
		[`421 HL:IFC ${tail}`, 'toomanyconn', /too many connections/],
		[`554 HL:IHU ${tail}`, 'blocked', /suspended or not allowed/],
		[`450 WM:BLI ${tail}`, 'blocked', /suspended or not allowed/],
		[`450 DT:RBL ${tail}`, 'blocked', /block list/],
		[`451 DT:SPM ${tail}, please try again`, 'spamdetected', /spam/],
		[`554 DT:SPM ${tail}`, 'spamdetected', /spam/],
		[`550 MI:SPF ${tail}`, 'authfailure', /SPF or DMARC/],
		[`550 MI:DMA ${tail}`, 'authfailure', /SPF or DMARC/],
		[`450 MI:DMC ${tail}`, 'toomanyconn', /messages or recipients at once/],
		[`450 RP:DRC ${tail}`, 'toomanyconn', /messages or recipients at once/],
		[`550 RP:RCL ${tail}`, 'toomanyconn', /messages or recipients at once/],
		[`451 MI:SFQ ${tail}`, 'speeding', /sending limit/],
		[`451 RP:QRC ${tail}`, 'speeding', /sending limit/],
		[`554 MI:STC ${tail}`, 'speeding', /sending limit/],
		[`450 MI:CEL ${tail}`, 'syntaxerror', /SMTP commands/],
		[`450 RP:CCL ${tail}`, 'syntaxerror', /SMTP commands/],
		[`550 MI:NHD ${tail}`, 'notcompliantrfc', /HELO/],
		[`550 MI:IMF ${tail}`, 'notcompliantrfc', /HELO/],
		[`450 WM:BLU ${tail}`, 'rejected', /allowed list/],
		[`550 RP:FRL ${tail}`, 'norelaying', /relaying/],
		['451 Requested mail action not taken: too much fail authentication (163mx01.mxmail.netease.com)', 'securityerror', /login/],
		['550 User not found: neko@163.com Invalid User (163mx01.mxmail.netease.com)', 'userunknown', /no mailbox/],
	],
	lookalikes: ['550 Invalid User', '553 authentication is required', 'XDT:SPM', 'DT:SPMX', 'see http://HL:ICCX', '550 MI:XYZ unknown'],
});
