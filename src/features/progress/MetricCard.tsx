import { lazy, Suspense, useId, useMemo, useState, type FormEvent } from 'react';
import { formatMetricValue, metricTrend, parseIsoDate, toIsoDate, validateMetricValue } from '../../domain';
import type { PortfolioMetric } from '../../domain/guide';
import { usePlanner } from '../../state/PlannerStoreContext';
import { Loading } from '../../ui/Loading';

const TimeSeriesChart = lazy(() => import('./charts/TimeSeriesChart'));

const UNIT_LABEL: Record<PortfolioMetric['unit'], string> = {
  percent: '%',
  minutes: 'minutes',
  seconds: 'seconds',
  count: 'count',
  score: 'score',
};

/** One portfolio metric from the guide: log values over time, see the trend. */
export function MetricCard({ metric }: { metric: PortfolioMetric }) {
  const allEntries = usePlanner((s) => s.metricEntries);
  const addMetricEntry = usePlanner((s) => s.addMetricEntry);
  const deleteMetricEntry = usePlanner((s) => s.deleteMetricEntry);
  const entries = useMemo(
    () => allEntries.filter((e) => e.metricId === metric.id).sort((a, b) => a.at - b.at),
    [allEntries, metric.id],
  );
  const [value, setValue] = useState('');
  const [date, setDate] = useState(() => toIsoDate(new Date()));
  const [error, setError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const valueId = useId();
  const dateId = useId();
  const trend = metricTrend(metric, entries);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateMetricValue(metric, value);
    const day = parseIsoDate(date);
    setError(checked.ok ? null : checked.message);
    setDateError(day ? null : 'Enter a date.');
    setSaved(null);
    if (!checked.ok || !day) return;
    // Noon UTC: the day stays the same in every time zone.
    addMetricEntry(metric.id, checked.value, day.getTime() + 12 * 3_600_000);
    setValue('');
    setSaved(`Logged ${formatMetricValue(metric, checked.value)} for ${toIsoDate(day)}.`);
  };

  return (
    <section className="card metric-card" aria-labelledby={`metric-${metric.id}`}>
      <h3 id={`metric-${metric.id}`}>{metric.name}</h3>
      <p className="muted">
        {metric.description} {metric.higherIsBetter ? 'Higher is better.' : 'Lower is better.'}
      </p>
      {trend && (
        <p>
          Latest: <strong>{formatMetricValue(metric, trend.latest.value)}</strong>
          {trend.previous && trend.change !== null && (
            <>
              {' '}
              ({trend.change >= 0 ? '+' : '−'}
              {formatMetricValue(metric, Math.abs(trend.change))} since the entry before:{' '}
              {trend.improved === null ? 'no change' : trend.improved ? '▲ better' : '▼ worse'})
            </>
          )}
        </p>
      )}
      <form onSubmit={submit} className="inline-form" noValidate>
        <div className="field">
          <label htmlFor={valueId} className="field__label">
            {metric.name} ({UNIT_LABEL[metric.unit]})
          </label>
          <input
            id={valueId}
            inputMode="decimal"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={error !== null}
            aria-describedby={error ? `${valueId}-error` : undefined}
          />
          {error && (
            <p id={`${valueId}-error`} className="field__error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={dateId} className="field__label">
            Date
          </label>
          <input
            id={dateId}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            aria-invalid={dateError !== null}
            aria-describedby={dateError ? `${dateId}-error` : undefined}
          />
          {dateError && (
            <p id={`${dateId}-error`} className="field__error" role="alert">
              {dateError}
            </p>
          )}
        </div>
        <button type="submit" className="button button--primary">
          Log {metric.name}
        </button>
      </form>
      <p role="status" className="muted">
        {saved}
      </p>
      {entries.length === 0 ? (
        <p className="muted">No values yet. Log your latest figure from your dashboard or last review.</p>
      ) : (
        <>
          {entries.length >= 2 && (
            <Suspense fallback={<Loading>Loading chart…</Loading>}>
              <TimeSeriesChart
                title={`${metric.name} over time`}
                summary={`${entries.length} values from ${toIsoDate(new Date(entries[0]!.at))} to ${toIsoDate(new Date(entries.at(-1)!.at))}; latest ${formatMetricValue(metric, entries.at(-1)!.value)}.`}
                series={[{ key: 'value', label: metric.name }]}
                data={entries.map((e) => ({ date: toIsoDate(new Date(e.at)), value: e.value }))}
                yDomain={
                  metric.unit === 'percent' ? [0, 100] : [0, Math.max(...entries.map((e) => e.value)) * 1.2]
                }
                yLabel={UNIT_LABEL[metric.unit]}
                formatValue={(v) => formatMetricValue(metric, v)}
              />
            </Suspense>
          )}
          <ul className="entry-list">
            {[...entries].reverse().map((e) => (
              <li key={e.id}>
                {toIsoDate(new Date(e.at))}: <strong>{formatMetricValue(metric, e.value)}</strong>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => deleteMetricEntry(e.id)}
                >
                  Delete{' '}
                  <span className="visually-hidden">
                    {metric.name} value of {toIsoDate(new Date(e.at))}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
