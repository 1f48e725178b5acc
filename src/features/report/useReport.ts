import { useMemo, useState } from 'react';
import { buildReport, type ReportModel } from '../../domain';
import { usePlanner } from '../../state/PlannerStoreContext';

/** The report for everything stored, rebuilt only when something changes. */
export function useReport(): ReportModel {
  const guide = usePlanner((s) => s.guide);
  const profile = usePlanner((s) => s.profile);
  const ratings = usePlanner((s) => s.ratings);
  const notes = usePlanner((s) => s.notes);
  const history = usePlanner((s) => s.history);
  const checkIns = usePlanner((s) => s.checkIns);
  const metricEntries = usePlanner((s) => s.metricEntries);
  const [today] = useState(() => new Date());
  return useMemo(
    () => buildReport(guide, { profile, ratings, notes, history, checkIns, metricEntries }, today),
    [guide, profile, ratings, notes, history, checkIns, metricEntries, today],
  );
}
