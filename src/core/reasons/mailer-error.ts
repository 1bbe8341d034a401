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
		// Sendmail's texts for the sysexits(3) codes a local mailer exits with (sendmail/sysexits.c,
		// SysExMsg): EX_OSERR 71 "451 4.0.0 Operating system error", EX_CANTCREAT 73 "Can't create output".
		'operating system error',
		"can't create output",
	],
};
