import { useMemo } from 'react';
import { computeSkillGaps, GAP_STATUSES, summarizeGaps } from '../../domain';
import { usePlanner } from '../../state/PlannerStoreContext';
import { STATUS_TEXT } from './status';
import { useTargetTierId } from './useSkillStanding';

/** How many skills are met, close, far or unrated for the target tier. */
export function GapCounts() {
  const guide = usePlanner((s) => s.guide);
  const ratings = usePlanner((s) => s.ratings);
  const targetTierId = useTargetTierId();
  const summary = useMemo(
    () => summarizeGaps(computeSkillGaps(guide, ratings, targetTierId)),
    [guide, ratings, targetTierId],
  );
  const target = guide.tiers.find((t) => t.id === targetTierId);
  return (
    <p className="gap-counts" aria-live="polite">
      <span className="gap-counts__title">For {target?.shortTitle}:</span>
      {GAP_STATUSES.map((status) => (
        <span key={status} className={`status-badge status-badge--${status}`}>
          <span aria-hidden="true">{STATUS_TEXT[status].symbol}</span> {summary[status]}{' '}
          {STATUS_TEXT[status].label.toLowerCase()}
        </span>
      ))}
    </p>
  );
}
