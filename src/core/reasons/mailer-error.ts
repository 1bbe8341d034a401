import type {ReasonRule} from './types';

/** A local delivery program (pipe, procmail, filter) failed; Postfix `x-unix`, Sendmail "unknown mailer error". */
export const mailerError: ReasonRule = {
	id: 'mailererror',
	title: 'A local delivery program failed',
	pseudo: '939',
	phrases: [
		'mailer error',
		'mailer-error',
		'unknown mailer error',
		'command died with status',
		'command failed',
		'pipe to',
		'procmail',
		'exit code',
		'exited with',
		'returned code',
		'x-unix',
		'local delivery failed',
		'child process',
		'signal ',
		'sh: ',
		'permission denied',
		'command output',
	],
};
