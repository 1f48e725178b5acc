import { useDeferredValue } from 'react';
import { usePlanner } from '../../state/PlannerStoreContext';
import { TierSelect } from '../../ui/TierSelect';
import { CategoryProgressCard } from './CategoryProgressCard';
import { EmptyPlan } from './EmptyPlan';
import { FocusList } from './FocusList';
import { GapList } from './GapList';
import { GoalsCard } from './GoalsCard';
import { ReadinessCard } from './ReadinessCard';
import { SalaryCard } from './SalaryCard';
import { TopTierSummary } from './TopTierSummary';
import { usePlan } from './usePlan';
import './plan.css';

/** Plan the next step: readiness, what to work on first, when, and what it pays. Loaded on demand. */
export default function PlanView() {
  const guide = usePlanner((s) => s.guide);
  const updateProfile = usePlanner((s) => s.updateProfile);
  const plan = usePlan();
  // The score and focus list update first; the charts and long lists follow a moment later,
  // so a rating change paints without waiting for them.
  const deferredPlan = useDeferredValue(plan);
  const { targetTier, currentTier } = plan;
  const tierName = targetTier.shortTitle;
  const planningForCurrent = plan.atTopTier && targetTier.id === currentTier.id;

  return (
    <section aria-labelledby="plan-title" className="plan">
      <h1 id="plan-title">Plan your next step</h1>
      <p className="muted plan__where">
        You are at <strong>{currentTier.title}</strong>
        {plan.currentTierInferred ? ' (worked out from your ratings and experience)' : ' (as you told us)'}.
        Planning for <strong>{targetTier.title}</strong>.
      </p>
      <div className="toolbar">
        <TierSelect
          label="Plan for"
          tiers={guide.tiers}
          value={targetTier.id}
          onChange={(tierId) => updateProfile({ targetTierId: tierId })}
        />
      </div>
      {planningForCurrent && <TopTierSummary plan={plan} />}
      {plan.nothingRated ? (
        <EmptyPlan tierName={tierName} skillCount={guide.skills.length} />
      ) : (
        <div className="plan__grid">
          <ReadinessCard plan={plan} />
          <FocusList
            headingId="focus-title"
            title={`Work on these three first`}
            items={plan.focus}
            tierName={tierName}
            emptyText={`Every skill is at the level ${tierName} asks for.`}
          />
          <CategoryProgressCard plan={deferredPlan} />
          {plan.rankedGaps.length > plan.focus.length && (
            <GapList items={deferredPlan.rankedGaps} tierName={tierName} />
          )}
        </div>
      )}
      <div className="plan__grid">
        <GoalsCard plan={plan} />
        <SalaryCard plan={deferredPlan} />
      </div>
    </section>
  );
}
