// What every corpus score is made of: ratios of right answers, and the mistakes behind them.
export const SHARED = new URL('../../shared/', import.meta.url);

export interface Ratio {
	ok: number;
	total: number;
}
export const ratio = (): Ratio => ({ok: 0, total: 0});
export const tally = (r: Ratio, ok: boolean): void => {
	r.total++;
	if (ok) r.ok++;
};
export const pct = (r: Ratio): number => (r.total ? (100 * r.ok) / r.total : 100);
export const fmt = (r: Ratio): string => `${r.ok}/${r.total}`.padStart(9) + `  ${pct(r).toFixed(1).padStart(5)}%`;

export interface Mistake {
	id: string;
	source: string;
	field: string;
	expected: string;
	got: string;
	diagnostic?: string;
}
