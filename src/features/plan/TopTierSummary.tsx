import type { Plan } from '../../domain';
import { usePlanner } from '../../state/PlannerStoreContext';
import { useMoney } from './usePlan';

/** At the last tier there is no next step: show what keeps a person there and the top of the pay range. */
export function TopTierSummary({ plan }: { plan: Plan }) {
  const salary = usePlanner((s) => s.guide.salary);
  const money = useMoney();
  const { readiness, currentTier, rankedGaps } = plan;
  return (
    <section className="card plan-card" aria-labelledby="top-tier-title">
      <h2 id="top-tier-title">You are at the top of this ladder: {currentTier.title}</h2>
      <p>
        There is no further tier in this guide. What keeps you here is holding every {currentTier.shortTitle}{' '}
        requirement:{' '}
        {readiness.ready
          ? 'you meet all of them.'
          : `${rankedGaps.length} ${rankedGaps.length === 1 ? 'skill is' : 'skills are'} still below it (listed below).`}
      </p>
      <p>
        The top of the guide&apos;s salary range is <strong>{money(salary.range.max)}</strong>
        {salary.figures
          .filter((f) => f.kind === 'lowerBound')
          .map((f) => (
            <span key={f.id}>
              ; {f.label.toLowerCase()} earn from <strong>{money(f.amount)}+</strong> (a lower bound, not a
              median)
            </span>
          ))}
        .
      </p>
    </section>
  );
}
