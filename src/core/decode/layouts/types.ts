// A layout is one family of human-readable bounce bodies (Postfix, Exim, …). It recognises its
// own wording and extracts failed recipients with the error lines that belong to each.

export interface LayoutHit {
	recipient: string;
	/** The remote server's words (or the MTA's own error text), folded. */
	diagnostic: string;
	command?: string;
	remoteMta?: string;
	/** 'delayed' when the layout says delivery is still being retried; 'delivered' for success notices. */
	action?: string;
	/** An enhanced status code the layout states in a field of its own (not in the diagnostic). */
	status?: string;
}

export interface Layout {
	id: string;
	/** True when the text is written in this layout (from its wording, never from a file name). */
	detect(text: string): boolean;
	parse(text: string): LayoutHit[];
}
