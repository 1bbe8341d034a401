// Codes in the plain form the code scanner writes them (`550`, `5.1.1`), told by their chars: every
// code of this form is one parseCode reads as it is and accepts, so explain.ts may read a scanned
// reply's codes without building a string and parsing it back (a test holds the two together).

import {isDigit} from './find-codes/guards';

const isDigitAt = (code: string, i: number): boolean => isDigit(code.charCodeAt(i));

/** A reply code of 2–5, 0–5 and a digit (`550`): RFC 5321 §4.2.1's form, as parseCode checks it. */
export function plainReply(code: string): boolean {
	const a = code.charCodeAt(0);
	const b = code.charCodeAt(1);
	return code.length === 3 && a >= 50 && a <= 53 && b >= 48 && b <= 53 && isDigitAt(code, 2);
}

/** An enhanced code of class 2, 4 or 5, subject 0–7 and a detail of 1–3 digits without a leading zero (RFC 3463 §3.1). */
export function plainEnhanced(code: string): boolean {
	const n = code.length;
	const k = code.charCodeAt(0);
	const s = code.charCodeAt(2);
	if (n < 5 || n > 7 || (k !== 50 && k !== 52 && k !== 53) || code.charCodeAt(1) !== 46 || s < 48 || s > 55 || code.charCodeAt(3) !== 46) return false;
	for (let i = 4; i < n; i++) if (!isDigitAt(code, i)) return false;
	return n === 5 || code.charCodeAt(4) !== 48;
}
