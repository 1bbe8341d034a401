// RFC 5321 §4.2.1: the first digit of a reply says how it went, the second which area it concerns.
// Used to explain a well-formed reply code that no RFC defines (e.g. 523, 599).

interface Part {
	title: string;
	meaning: string;
	fix: string[];
}

export const REPLY_CLASS: Record<string, Part> = {
	'2': {
		title: 'Positive completion',
		meaning: 'A 2yz reply means the server did what the command asked; nothing failed at this step.',
		fix: [],
	},
	'3': {
		title: 'Positive intermediate',
		meaning: 'A 3yz reply means the server accepted the command so far and waits for more from the client before it completes.',
		fix: [],
	},
	'4': {
		title: 'Transient negative completion',
		meaning: 'A 4yz reply means the command failed this time but may succeed later; a sending server keeps the message queued and tries again with back-off, usually for up to four or five days.',
		fix: ['Let the sending server retry; act only if the same reply keeps coming back for hours.', 'If it persists, read the server\'s text for the condition to clear and contact the receiving postmaster with the full reply line.'],
	},
	'5': {
		title: 'Permanent negative completion',
		meaning: 'A 5yz reply means the command failed and repeating it unchanged will fail again; the sending server gives up and returns the message.',
		fix: ['Read the server\'s text to see what it refused; change that (address, content, authentication, sending IP) before sending again.', 'If the text is unclear, send the complete reply line and the time of the attempt to the receiving domain\'s postmaster.'],
	},
};

export const REPLY_SUBJECT: Record<string, Part> = {
	'0': {title: 'syntax', meaning: 'The second digit 0 points at syntax: a command or parameter the server could not parse or does not implement.', fix: []},
	'1': {title: 'information', meaning: 'The second digit 1 marks an informational reply, such as status or help.', fix: []},
	'2': {title: 'connection', meaning: 'The second digit 2 concerns the transmission channel itself.', fix: []},
	'3': {title: 'unspecified', meaning: 'The second digit 3 has no assigned category in RFC 5321; authentication extensions use it.', fix: []},
	'4': {title: 'unspecified', meaning: 'The second digit 4 has no assigned category in RFC 5321.', fix: []},
	'5': {title: 'mail system', meaning: 'The second digit 5 concerns the receiving mail system: a mailbox, a limit or a policy.', fix: []},
};
