import { useId } from 'react';
import { parseIsoDate, type Plan } from '../../domain';
import { usePlanner } from '../../state/PlannerStoreContext';

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const formatDay = (iso: string) => {
  const date = parseIsoDate(iso);
  return date ? dateFormat.format(date) : iso;
};

/** " (about one level every 3 months)" for slow paces; nothing when it is a level a month or more. */
function paceInMonths(levelsPerMonth: number): string {
  if (levelsPerMonth >= 1) return '';
  const months = Math.round(1 / levelsPerMonth);
  return ` (about one level every ${months} ${months === 1 ? 'month' : 'months'})`;
}

/** A target date for the target tier, the pace it needs, and plain words when it cannot work. */
export function GoalsCard({ plan }: { plan: Plan }) {
  const targetDate = usePlanner((s) => s.profile.goals.targetDate);
  const updateGoals = usePlanner((s) => s.updateGoals);
  const id = useId();
  const { pace, targetTier } = plan;
  const tier = targetTier.shortTitle;

  return (
    <section className="card plan-card" aria-labelledby="goals-title">
      <h2 id="goals-title">When can you get there?</h2>
      <div className="field">
        <label htmlFor={id} className="field__label">
          Target date for {targetTier.title}
        </label>
        <input
          id={id}
          type="date"
          value={targetDate ?? ''}
          onChange={(e) => updateGoals({ targetDate: parseIsoDate(e.target.value) ? e.target.value : null })}
        />
      </div>
      <p>
        {pace.levelsNeeded === 0
          ? `You have every level ${tier} asks for.`
          : `You have ${pace.levelsNeeded} ${pace.levelsNeeded === 1 ? 'level' : 'levels'} to gain across your gaps (counting any goals you set above ${tier}'s requirement).`}
      </p>
      <div role="status" aria-live="polite">
        {pace.verdict === 'no-date' && (
          <p className="muted">
            Set a date to see the pace it needs.{' '}
            {pace.yearsRequired > plan.years
              ? `${tier} expects ${pace.yearsRequired} years of experience: you reach that on ${formatDay(pace.experienceReachedOn)}.`
              : `You already have the ${pace.yearsRequired} years ${tier} expects.`}
          </p>
        )}
        {pace.verdict === 'past' && (
          <p className="status-text status-text--far">✕ That date has passed. Choose a date in the future.</p>
        )}
        {pace.verdict === 'too-soon-for-experience' && (
          <p className="status-text status-text--far">
            ✕ Not realistic: on {formatDay(targetDate!)} you will have about{' '}
            {pace.yearsAtTargetDate!.toFixed(1)} years of experience, and {tier} expects at least{' '}
            {pace.yearsRequired}. The earliest date your experience allows is{' '}
            {formatDay(pace.experienceReachedOn)}.
          </p>
        )}
        {pace.verdict === 'achievable' && pace.levelsPerMonth !== null && (
          <p className="status-text status-text--met">
            ✓ Your experience will meet {tier}&apos;s minimum by then. That leaves{' '}
            {pace.monthsLeft.toFixed(1)} months:{' '}
            {pace.levelsNeeded === 0
              ? 'no skill levels left to gain.'
              : `a pace of ${pace.levelsPerMonth.toFixed(2)} levels a month across your gaps${paceInMonths(pace.levelsPerMonth)}.`}
          </p>
        )}
      </div>
      {targetDate && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => updateGoals({ targetDate: null })}
        >
          Clear target date
        </button>
      )}
    </section>
  );
}
