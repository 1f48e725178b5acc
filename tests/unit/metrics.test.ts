import fc from 'fast-check';
import {
  formatMetricChange,
  formatMetricValue,
  METRIC_MAX,
  metricTrend,
  metricUnitSymbol,
  validateMetricValue,
  type MetricEntry,
  type MetricUnit,
} from '../../src/domain';

const csat = { id: 'customer-satisfaction', unit: 'percent', higherIsBetter: true } as const;
const handleTime = { id: 'average-handle-time', unit: 'minutes', higherIsBetter: false } as const;
const seconds = { unit: 'seconds' } as const;
const count = { unit: 'count' } as const;
const score = { unit: 'score' } as const;

describe('validateMetricValue', () => {
  it.each([
    [csat, '92', 92],
    [csat, ' 92.5 ', 92.5],
    [csat, '92%', 92],
    [csat, '100', 100],
    [csat, '0', 0],
    [csat, '-0', 0],
    [csat, '.5', 0.5],
    [handleTime, '6.5', 6.5],
    [handleTime, '600', 600],
    [seconds, '390', 390],
    [seconds, '36000', 36_000],
    [count, '1000000000', 1e9],
    [score, '-20', -20],
  ])('accepts %o %j as %d', (metric, raw, value) => {
    expect(validateMetricValue(metric, raw)).toEqual({ ok: true, value });
  });

  it.each([
    [csat, '', 'Enter a number.'],
    [csat, '   ', 'Enter a number.'],
    [csat, 'abc', 'Enter a number.'],
    [csat, '1e999', 'Enter a number.'],
    [csat, '1e2', 'Enter a number.'],
    [csat, 'Infinity', 'Enter a number.'],
    [csat, 'NaN', 'Enter a number.'],
    [csat, '0x10', 'Enter a number.'],
    [csat, '1,5', 'Enter a number.'],
    [csat, '9 2', 'Enter a number.'],
    [handleTime, '6.5%', 'Enter a number.'],
    [csat, '-1', "A percentage can't be negative."],
    [handleTime, '-0.5', "A time can't be negative."],
    [count, '-3', "A count can't be negative."],
    [csat, '100.01', "A percentage can't be over 100."],
    [csat, '250%', "A percentage can't be over 100."],
    [handleTime, '601', 'Enter at most 600 minutes.'],
    [seconds, '36001', 'Enter at most 36,000 seconds.'],
    [count, '1000000001', 'Enter at most 1,000,000,000.'],
    [count, '9'.repeat(400), 'Enter a number.'],
    [score, '-1000000001', 'Enter at least -1,000,000,000.'],
  ])('refuses %o %j: %s', (metric, raw, message) => {
    expect(validateMetricValue(metric, raw)).toEqual({ ok: false, message });
  });

  it('accepts exactly the finite values within each unit’s bounds (property)', () => {
    const units: MetricUnit[] = ['percent', 'minutes', 'seconds', 'count', 'score'];
    fc.assert(
      fc.property(
        fc.constantFrom(...units),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (unit, n) => {
          const raw = n.toFixed(3);
          const result = validateMetricValue({ unit }, raw);
          const value = Number(raw) + 0;
          const min = unit === 'score' ? -1e9 : 0;
          if (/e/.test(raw) || !Number.isFinite(value)) expect(result.ok).toBe(false);
          else
            expect(result).toEqual(
              value >= min && value <= METRIC_MAX[unit]
                ? { ok: true, value }
                : expect.objectContaining({ ok: false }),
            );
        },
      ),
    );
  });
});

describe('formatMetricValue', () => {
  it.each([
    [csat, 92, '92%'],
    [csat, 92.456, '92.46%'],
    [handleTime, 6.5, '6.5 min'],
    [seconds, 390, '390 s'],
    [seconds, 36_000, '36,000 s'],
    [count, 1250, '1,250'],
    [score, -20, '-20'],
    [{ unit: 'furlongs' }, 3, '3'],
  ])('%o %d → %s', (metric, value, text) => {
    expect(formatMetricValue(metric, value)).toBe(text);
  });

  it('formats changes with a sign, percentages in points', () => {
    expect(formatMetricChange(csat, 4.5)).toBe('+4.5 percentage points');
    expect(formatMetricChange(csat, -1)).toBe('−1 percentage point');
    expect(formatMetricChange(handleTime, -0.3)).toBe('−0.3 min');
    expect(formatMetricChange(seconds, 0)).toBe('0 s');
  });

  it('gives a short unit for headings', () => {
    expect([csat, handleTime, seconds, count, score].map(metricUnitSymbol)).toEqual([
      '%',
      'min',
      's',
      '',
      '',
    ]);
  });
});

describe('metricTrend', () => {
  let nextId = 1;
  const at = (day: number) => Date.UTC(2026, 0, day);
  const e = (metricId: string, day: number, value: number): MetricEntry => ({
    id: nextId++,
    metricId,
    at: at(day),
    value,
  });

  it('is null without values and has no change with one', () => {
    expect(metricTrend(csat, [])).toBeNull();
    expect(metricTrend(csat, [e('first-contact-resolution', 1, 70)])).toBeNull();
    expect(metricTrend(csat, [e(csat.id, 1, 90)])).toMatchObject({
      latest: { value: 90 },
      previous: null,
      change: null,
      improved: null,
      direction: null,
    });
  });

  it('compares the latest value with the one before, in time order, for this metric only', () => {
    const entries = [e(csat.id, 5, 92), e(csat.id, 1, 85), e('other', 6, 10), e(csat.id, 3, 90)];
    expect(metricTrend(csat, entries)).toMatchObject({
      latest: { value: 92 },
      previous: { value: 90 },
      change: 2,
      direction: 'up',
      improved: true,
    });
  });

  it('reads a fall as an improvement when lower is better', () => {
    const trend = metricTrend(handleTime, [e(handleTime.id, 1, 6.5), e(handleTime.id, 2, 6.2)]);
    expect(trend).toMatchObject({ change: -0.3, direction: 'down', improved: true });
    expect(metricTrend(handleTime, [e(handleTime.id, 1, 6), e(handleTime.id, 2, 7)])?.improved).toBe(false);
  });

  it('calls an unchanged value neither better nor worse', () => {
    expect(metricTrend(csat, [e(csat.id, 1, 90), e(csat.id, 2, 90)])).toMatchObject({
      change: 0,
      direction: 'flat',
      improved: null,
    });
  });

  it('takes the one logged last as the latest when two share a time', () => {
    expect(metricTrend(csat, [e(csat.id, 1, 80), e(csat.id, 1, 81)])?.latest.value).toBe(81);
  });
});
