// What a reply code's standing is, in words: reply-codes.json's `status` says where a code comes
// from (RFC 5321, an extension RFC, an Experimental RFC, an expired draft, the enhanced-code
// registry's associated codes only, or common use with no RFC at all), and a card says so truly.
import type {ReplyEntry} from './types';

export interface ReplyStanding {
	/** True for a code an RFC defines (RFC 5321 or an SMTP extension's RFC, Experimental ones included). */
	inRegistry: boolean;
	notes: string[];
}

/** The RFC a source names first (`RFC 1985 …` → `RFC 1985`). */
const firstRfc = (source: string): string | undefined => /\bRFC \d{3,4}\b/.exec(source)?.[0];

export function replyStanding(entry: Pick<ReplyEntry, 'code' | 'status' | 'source'>): ReplyStanding {
	const {code, status, source} = entry;
	if (status === 'standard') return {inRegistry: true, notes: []};
	const extension = /^standard \((.+)\)$/.exec(status);
	if (extension) {
		return {inRegistry: true, notes: [`${code} is defined by ${firstRfc(source) ?? source}, the SMTP extension for ${extension[1]}, not by RFC 5321 itself: only servers that offer that extension send it.`]};
	}
	const experimental = /^experimental \((.+)\)$/.exec(status);
	if (experimental) {
		return {inRegistry: true, notes: [`${code} is defined by ${firstRfc(source) ?? source}, an Experimental RFC (the ${experimental[1]} extension) that few servers implement.`]};
	}
	if (status === 'de-facto') {
		return {inRegistry: false, notes: [`No RFC defines ${code}: this card gives the common use of the code, and the server's own words decide what it means here.`]};
	}
	if (status === 'associated-only') {
		return {inRegistry: false, notes: [`${code} is no reply code of RFC 5321: the IANA enhanced status code registry only lists it as the reply code that goes with an enhanced code. The server's own words say more.`]};
	}
	if (status.startsWith('draft')) {
		return {inRegistry: false, notes: [`No RFC defines ${code}: it comes from an Internet-Draft that never became an RFC. The server's own words say more.`]};
	}
	return {inRegistry: false, notes: [`${code} is not defined by an RFC (${status}).`]};
}
