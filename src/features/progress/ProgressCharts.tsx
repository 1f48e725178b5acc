import { lazy, Suspense } from 'react';
import { useProgressData } from './useProgressData';
import { Loading } from '../../ui/Loading';

const TimeSeriesChart = lazy(() => import('./charts/TimeSeriesChart'));

const fallback = <Loading>Loading chart…</Loading>;

/** Readiness and category averages over time, each with a summary and a table. */
export function ProgressCharts() {
  const { guide, targetTier, readiness, chartReadiness, categories, chartCategories } = useProgressData();
  const first = readiness.find((p) => p.readiness > 0) ?? readiness[0];
  const last = readiness.at(-1);
  const top = Math.max(...guide.scale.levels.map((l) => l.level));
  const latestAverages = categories.at(-1)?.averages ?? {};
  const strongest = [...guide.categories].sort(
    (a, b) => (latestAverages[b.id] ?? 0) - (latestAverages[a.id] ?? 0),
  )[0];

  if (!last || !first) return null;
  // The first point is the baseline (the day before the first rating), not a day with changes.
  const changedDays = readiness.length - 1;
  const readinessSummary =
    changedDays <= 1
      ? `Readiness for ${targetTier.shortTitle} is ${last.readiness} on ${last.date}; rate again on another day to see a trend.`
      : `Readiness for ${targetTier.shortTitle} went from ${first.readiness} on ${first.date} to ${last.readiness} on ${last.date}, over ${changedDays} days with changes.`;
  const categorySummary = strongest
    ? `Latest averages (0–${top}, unrated skills count as ${Math.min(...guide.scale.levels.map((l) => l.level))}): ${guide.categories
        .map((c) => `${c.name} ${(latestAverages[c.id] ?? 0).toFixed(1)}`)
        .join(', ')}.`
    : '';

  return (
    <Suspense fallback={fallback}>
      <TimeSeriesChart
        title={`Readiness for ${targetTier.shortTitle} over time`}
        summary={readinessSummary}
        series={[{ key: 'readiness', label: 'Readiness' }]}
        data={chartReadiness.map((p) => ({ date: p.date, readiness: p.readiness }))}
        yDomain={[0, 100]}
        yLabel="Readiness"
        formatValue={(v) => String(Math.round(v))}
      />
      <TimeSeriesChart
        title="Average rating per category over time"
        summary={categorySummary}
        series={guide.categories.map((c) => ({ key: c.id, label: c.name }))}
        data={chartCategories.map((p) => ({ date: p.date, ...p.averages }))}
        yDomain={[0, top]}
        yLabel="Average level"
        formatValue={(v) => v.toFixed(1)}
      />
    </Suspense>
  );
}
