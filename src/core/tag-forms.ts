// The written forms of provider tags, in one place: the scanner (find-codes/tags.ts, char by char),
// the rule lookup (receivers/tags.ts) and typed input (parse-code.ts) build their checks from these,
// so a tag marked in a page is the tag looked up and the tag a person can type.
// Sources: Yahoo's SMTP error codes page (senders.yahooinc.com/smtp-error-codes) for [TSS04] [TS01]
// [PH01] [BL21]; Apple iCloud's replies for [CS01] [HME1] (Apple publishes no table; go-sisimai's
// rhost/for-apple.go lists them); the Outlook.com postmaster troubleshooting page and real replies
// for (S3150) (S2017062302) (AS843) AS(201806281); Spectrum's and Orange's error-code pages for the
// numbered codes.

/** Yahoo / AOL and Apple iCloud prefixes, written inside `[…]` before 1–2 digits. */
export const BRACKET_PREFIXES: readonly string[] = ['TSS', 'TS', 'PH', 'BL', 'CS', 'HME'];
export const BRACKET_DIGITS = {min: 1, max: 2} as const;
/** Outlook.com's `(S3150)`, `(S2017062302)` and Microsoft's anti-spam `(AS843)`, `(AS16012611)`. */
export const OUTLOOK_DIGITS = {min: 3, max: 10} as const;
/** Microsoft's `AS(2005)`, `AS(201806281)`: the parentheses are part of the tag. */
export const AS_PAREN_DIGITS = {min: 1, max: 12} as const;

const range = (d: {min: number; max: number}): string => `{${d.min},${d.max}}`;

/** Regex sources, no anchors or flags: a bracketed tag's inside, and `AS(n)` with the number as a group. */
export const BRACKET_TAG_SOURCE = `(?:${BRACKET_PREFIXES.join('|')})\\d${range(BRACKET_DIGITS)}|A?S\\d${range(OUTLOOK_DIGITS)}`;
export const AS_PAREN_SOURCE = `AS\\((\\d${range(AS_PAREN_DIGITS)})\\)`;

/** Legacy Hotmail tokens (Outlook.com troubleshooting page): SC-001, RP-002, DY-001, OU-002. */
export const LEGACY_TAG_SOURCE = '(?:RP|SC|DY|OU)-00\\d';

/**
 * A provider's numbered code, upper-cased: Spectrum `AUP#I-1310` / `AUP#In-1310` / `AUP#O-1010`
 * (group 1: the number) and Orange / La Poste `OFR_506`, `OFR004_506`, `LPN007_416`, `OUK_513`
 * (group 2: the cause).
 */
export const NUMBERED_TAG = /^(?:AUP#[A-Z]{0,3}-?(\d{4})|(?:OFR|LPN|OUK)(?:\d{3})?_(\d{3}))$/;
