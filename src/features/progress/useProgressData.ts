import { useMemo } from 'react';
import {
  categoryAveragesOverTime,
  downsamplePoints,
  readinessOverTime,
  resolveCurrentTier,
  resolveTargetTier,
} from '../../domain';
import { usePlanner } from '../../state/PlannerStoreContext';
import { selectYears } from '../../state/selectors';

/** Points a chart draws at most; the table and the summary use every day. */
export const MAX_CHART_POINTS = 400;

/** Readiness and category averages over time for the target tier, from the history log. */
export function useProgressData() {
  const guide = usePlanner((s) => s.guide);
  const history = usePlanner((s) => s.history);
  const ratings = usePlanner((s) => s.ratings);
  const profile = usePlanner((s) => s.profile);
  const years = usePlanner(selectYears);
  const targetTier = useMemo(
    () => resolveTargetTier(guide, resolveCurrentTier(guide, ratings, profile).tier, profile),
    [guide, ratings, profile],
  );
  const readiness = useMemo(
    () => readinessOverTime(guide, history, years, targetTier.id, { includeBaseline: true }),
    [guide, history, years, targetTier],
  );
  const categories = useMemo(() => categoryAveragesOverTime(guide, history), [guide, history]);
  const chartReadiness = useMemo(
    () => downsamplePoints(readiness, MAX_CHART_POINTS, (p) => p.readiness),
    [readiness],
  );
  const chartCategories = useMemo(() => downsamplePoints(categories, MAX_CHART_POINTS), [categories]);
  return { guide, targetTier, years, readiness, categories, chartReadiness, chartCategories };
}
