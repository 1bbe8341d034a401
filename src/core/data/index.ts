// Typed accessors over the JSON tables. No logic beyond indexing: the tables are the facts.
import type {ClassEntry, EnhancedEntry, ReplyEntry, SubjectEntry} from '../types';
import enhancedJson from './enhanced-codes.json';
import replyJson from './reply-codes.json';
import classesJson from './classes.json';
import subjectsJson from './subjects.json';

export const enhancedCodes = enhancedJson as EnhancedEntry[];
export const replyCodes = replyJson as ReplyEntry[];
export const classes = classesJson as ClassEntry[];
export const subjects = subjectsJson as SubjectEntry[];

const byCode = <T extends {code: string}>(rows: T[]): Map<string, T> => new Map(rows.map(row => [row.code, row]));

const enhancedIndex = byCode(enhancedCodes);
const replyIndex = byCode(replyCodes);
const classIndex = byCode(classes);
const subjectIndex = byCode(subjects);

/** Registry entry for `5.1.1` / `4.1.1` / `X.1.1`. */
export function enhancedEntry(code: string): EnhancedEntry | undefined {
	return enhancedIndex.get('X' + code.slice(code.indexOf('.')));
}

export function replyEntry(code: string): ReplyEntry | undefined {
	return replyIndex.get(code);
}

/** Class entry by its digit ('2', '4', '5'). */
export function classEntry(digit: string): ClassEntry | undefined {
	return classIndex.get(`${digit}.XXX.YYY`);
}

/** Subject entry by its number ('0'..'7'). */
export function subjectEntry(subject: string): SubjectEntry | undefined {
	return subjectIndex.get(`X.${subject}.YYY`);
}
