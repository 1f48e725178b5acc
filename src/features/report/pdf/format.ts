const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const DAY_MS = 86_400_000;

/** Milliseconds (UTC midnight) of a YYYY-MM-DD date; NaN when it is not one. */
export function dayMs(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** "14 June 2025" from "2025-06-14"; other text is returned as it is. */
export function longDate(date: string): string {
  const ms = dayMs(date);
  if (Number.isNaN(ms)) return date;
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "Jun 2025" (or "2025" when `yearOnly`) for an axis label. */
export function monthLabel(ms: number, yearOnly = false): string {
  const d = new Date(ms);
  if (yearOnly) return String(d.getUTCFullYear());
  return `${MONTHS[d.getUTCMonth()]?.slice(0, 3)} ${d.getUTCFullYear()}`;
}

/** "3 Mar" for an axis label. */
export function dayLabel(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]?.slice(0, 3)}`;
}

export function daysBetween(fromMs: number, toMs: number): number {
  return Math.round((toMs - fromMs) / DAY_MS);
}

/** A number with at most one decimal, no trailing zero: 6.5, 92, -0.3. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** "92%", "6.5 min", "12 calls". */
export function formatMetricValue(value: number, unit: string): string {
  const n = formatNumber(value);
  switch (unit) {
    case 'percent':
    case '%':
      return `${n}%`;
    case 'minutes':
      return `${n} min`;
    case 'seconds':
      return `${n} s`;
    case '':
      return n;
    default:
      return `${n} ${unit}`;
  }
}

/** A change in a metric: "+8 points" for percentages (percentage points), "-2.7 min" otherwise. */
export function formatMetricChange(delta: number, unit: string): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '-' : '';
  const size = Math.abs(delta);
  if (unit === 'percent' || unit === '%')
    return `${sign}${formatNumber(size)} ${size === 1 ? 'point' : 'points'}`;
  return `${sign}${formatMetricValue(size, unit)}`;
}

/** "6.5 years", "1 year", "not given". */
export function formatYears(years: number | null): string {
  if (years === null || !Number.isFinite(years)) return 'not given';
  const n = formatNumber(years);
  return `${n} ${n === '1' ? 'year' : 'years'}`;
}
