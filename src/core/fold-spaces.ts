// Whitespace folded to one space, as `text.replace(/\s+/g, ' ')` gives it, without building a new
// string when there is nothing to fold: most texts asked (a reply's words, folded already by the
// decoder) hold single spaces only, and the replace would copy them space by space.

/** A whitespace character other than a space, or a space followed by whitespace: something to fold. */
const TO_FOLD = /[^\S ]| \s/;

/** `text.replace(/\s+/g, ' ')`: each run of whitespace as one space. */
export function foldSpaces(text: string): string {
	return TO_FOLD.test(text) ? text.replace(/\s+/g, ' ') : text;
}
