// The definition bounceHosts keeps (bounce-provider.ts reads each field only where its keyword is):
// each field's pattern searched for through the whole text, field by field, in the text's order.
const FIELDS: readonly RegExp[] = [
	/\bhost[ \t]+([a-z0-9][a-z0-9.-]{0,252})(?:\[[^\]\s]{0,64}\])?[ \t]+said:/gi,
	/^[ \t]*Remote-MTA:[ \t]*(?:dns;[ \t]*)?([^\s;]{1,255})/gim,
	/\bGenerating server:[ \t]*([^\s]{1,255})/gi,
	/^[ \t]*Reporting-MTA:[ \t]*(?:dns;[ \t]*)?([^\s;]{1,255})/gim,
	/^[ \t]*Received:[ \t]+from[ \t]+([^\s]{1,255})/gim,
];

export function referenceHosts(text: string): string[] {
	const head = text.slice(0, 256 * 1024);
	return FIELDS.flatMap(pattern => [...head.matchAll(pattern)].map(m => m[1]!).filter(Boolean));
}
