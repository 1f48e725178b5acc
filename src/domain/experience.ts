/**
 * Years of experience as the engine uses them. A value typed into a form can be empty,
 * negative or NaN; counting those as "no experience" keeps every score defined instead
 * of letting NaN leak into the UI.
 */
export function normalizeYears(years: number): number {
  return Number.isNaN(years) || years < 0 ? 0 : years;
}
