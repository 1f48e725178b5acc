import type { PortfolioMetric } from './guide/schema';
import type { MetricEntry } from './history';

export type MetricUnit = PortfolioMetric['unit'];

export type MetricValidation = { ok: true; value: number } | { ok: false; message: string };

/**
 * The largest value accepted per unit. Above these a value is a typing slip, not a measurement:
 * a percentage cannot pass 100, an average contact of more than 10 hours (600 minutes,
 * 36,000 seconds) is not a handle time, and a count or score beyond a billion is not a tally
 * a person keeps by hand.
 */
export const METRIC_MAX: Readonly<Record<MetricUnit, number>> = {
  percent: 100,
  minutes: 600,
  seconds: 36_000,
  count: 1e9,
  score: 1e9,
};

/**
 * The smallest value accepted per unit. Only a score may be negative: scores such as the Net
 * Promoter Score run from −100 to 100.
 */
export const METRIC_MIN: Readonly<Record<MetricUnit, number>> = {
  percent: 0,
  minutes: 0,
  seconds: 0,
  count: 0,
  score: -1e9,
};

const UNIT_NOUN: Readonly<Record<MetricUnit, string>> = {
  percent: 'A percentage',
  minutes: 'A time',
  seconds: 'A time',
  count: 'A count',
  score: 'A score',
};

// Plain decimal notation only: "92", "6.5", ".5", "-3". No exponents ("1e3"), no "Infinity",
// no thousands separators, which read differently across locales.
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

const groupedNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function unitOf(metric: { readonly unit: string }): MetricUnit | null {
  return Object.hasOwn(METRIC_MAX, metric.unit) ? (metric.unit as MetricUnit) : null;
}

/**
 * Reads a value typed for a metric. Surrounding spaces are ignored, and a percentage may be
 * typed with its "%" sign. Returns the number, or a message that says what to fix.
 */
export function validateMetricValue(
  metric: Pick<PortfolioMetric, 'unit'> | { readonly unit: string },
  raw: string,
): MetricValidation {
  const unit = unitOf(metric) ?? 'score';
  let text = String(raw ?? '').trim();
  if (unit === 'percent' && text.endsWith('%')) text = text.slice(0, -1).trimEnd();
  if (text === '' || !DECIMAL.test(text)) return { ok: false, message: 'Enter a number.' };
  // "-0" is zero; `+ 0` turns -0 into 0.
  const value = Number(text) + 0;
  if (!Number.isFinite(value)) return { ok: false, message: 'Enter a number.' };
  if (value < METRIC_MIN[unit]) {
    return unit === 'score'
      ? { ok: false, message: `Enter at least ${groupedNumber.format(METRIC_MIN[unit])}.` }
      : { ok: false, message: `${UNIT_NOUN[unit]} can't be negative.` };
  }
  if (value > METRIC_MAX[unit]) {
    switch (unit) {
      case 'percent':
        return { ok: false, message: "A percentage can't be over 100." };
      case 'minutes':
        return { ok: false, message: `Enter at most ${groupedNumber.format(METRIC_MAX.minutes)} minutes.` };
      case 'seconds':
        return { ok: false, message: `Enter at most ${groupedNumber.format(METRIC_MAX.seconds)} seconds.` };
      default:
        return { ok: false, message: `Enter at most ${groupedNumber.format(METRIC_MAX[unit])}.` };
    }
  }
  return { ok: true, value };
}

/** "92%", "6.5 min", "390 s", "1,250"; at most two decimals. An unknown unit shows the bare number. */
export function formatMetricValue(metric: { readonly unit: string }, value: number): string {
  const number = groupedNumber.format(value);
  switch (unitOf(metric)) {
    case 'percent':
      return `${number}%`;
    case 'minutes':
      return `${number} min`;
    case 'seconds':
      return `${number} s`;
    default:
      return number;
  }
}

/**
 * A change between two values, signed: "+4.5 percentage points" (a change in a percentage is not
 * itself a percentage), "−0.3 min", "+12 s", "0".
 */
export function formatMetricChange(metric: { readonly unit: string }, change: number): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  const size = Math.abs(change);
  if (unitOf(metric) === 'percent') {
    return `${sign}${groupedNumber.format(size)} percentage ${size === 1 ? 'point' : 'points'}`;
  }
  return `${sign}${formatMetricValue(metric, size)}`;
}

/** The short unit for a column heading: "%", "min", "s", or "" for counts and scores. */
export function metricUnitSymbol(metric: { readonly unit: string }): string {
  switch (unitOf(metric)) {
    case 'percent':
      return '%';
    case 'minutes':
      return 'min';
    case 'seconds':
      return 's';
    default:
      return '';
  }
}

/** A logged value, as far as a trend needs it. */
export type MetricPoint = Pick<MetricEntry, 'at' | 'value'> & { readonly metricId?: string };

export interface MetricTrend {
  /** The most recent value. */
  readonly latest: MetricPoint;
  /** The value logged before it, or null when there is at most one. */
  readonly previous: MetricPoint | null;
  /** latest − previous (rounded to 6 decimals, so 6.5 − 6.2 is 0.3), or null without two values. */
  readonly change: number | null;
  /** Whether the change is for the better given `higherIsBetter`; null without a change. */
  readonly improved: boolean | null;
  readonly direction: 'up' | 'down' | 'flat' | null;
}

/**
 * The latest value of a metric against the one before it, or null when no value is logged. Entries for other metrics (by
 * `metricId`) are ignored; the rest are ordered by time, and entries at the same time keep their
 * order, so the one logged last is the latest.
 */
export function metricTrend(
  metric: Pick<PortfolioMetric, 'id' | 'higherIsBetter'>,
  entries: readonly MetricPoint[],
): MetricTrend | null {
  const mine = entries
    .filter((e) => (e.metricId === undefined || e.metricId === metric.id) && Number.isFinite(e.value))
    .sort((a, b) => a.at - b.at);
  const latest = mine.at(-1);
  if (!latest) return null;
  const previous = mine.at(-2) ?? null;
  if (!previous) return { latest, previous, change: null, improved: null, direction: null };
  const change = Math.round((latest.value - previous.value) * 1e6) / 1e6 + 0;
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
  const improved = change === 0 ? null : change > 0 === metric.higherIsBetter;
  return { latest, previous, change, improved, direction };
}
