import {
  EXPERIENCE_WEIGHT,
  explainReadinessRule,
  formatExperienceRange,
  SKILL_WEIGHT,
  type Plan,
} from '../../domain';
import { usePlanner } from '../../state/PlannerStoreContext';

function yearsText(years: number): string {
  return `${Number.isInteger(years) ? years : years.toFixed(1)} ${years === 1 ? 'year' : 'years'}`;
}

/** The readiness score, what it is made of, and the rule behind it in plain words. */
export function ReadinessCard({ plan }: { plan: Plan }) {
  const guide = usePlanner((s) => s.guide);
  const { readiness, targetTier, years, gapSummary } = plan;
  const experienceMet = years >= readiness.yearsRequired;
  return (
    <section className="card plan-card readiness-card" aria-labelledby="readiness-title">
      <h2 id="readiness-title">How ready you are for {targetTier.shortTitle}</h2>
      <p className="readiness-card__score">
        <strong>{readiness.score}</strong>
        <span> / 100</span>
        {readiness.ready && <span className="tag tag--met">✓ Ready</span>}
      </p>
      <div
        className="meter meter--large"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={readiness.score}
        aria-label={`Readiness for ${targetTier.shortTitle}`}
      >
        <div className="meter__fill" style={{ width: `${readiness.score}%` }} />
      </div>
      <dl className="fact-pairs">
        <div>
          <dt>Skills</dt>
          <dd>
            {readiness.achievedLevels} of {readiness.requiredLevels} required levels ·{' '}
            {Math.floor(readiness.skillPoints)} of {SKILL_WEIGHT} points
            <br />
            <span className="muted">
              {gapSummary.met} met, {gapSummary.close} close, {gapSummary.far} far, {gapSummary['not-rated']}{' '}
              not rated
            </span>
          </dd>
        </div>
        <div>
          <dt>Experience</dt>
          <dd>
            You have {yearsText(years)}; {targetTier.shortTitle} expects {formatExperienceRange(targetTier)} ·{' '}
            {Math.floor(readiness.experiencePoints)} of {EXPERIENCE_WEIGHT} points
            <br />
            <span className={experienceMet ? 'status-text status-text--met' : 'status-text status-text--far'}>
              {experienceMet
                ? '✓ Experience requirement met'
                : `✕ ${yearsText(readiness.yearsRequired - years)} to go`}
            </span>
          </dd>
        </div>
      </dl>
      <details className="rule">
        <summary>How the score is worked out</summary>
        <ul>
          {explainReadinessRule(guide).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="muted">
          The guide describes each tier but does not state a level per skill; the levels used here are the
          app&apos;s reading of those descriptions, and each skill on the map says why.
        </p>
      </details>
    </section>
  );
}
