import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import type { Plan } from '../../domain';
import { usePlanner } from '../../state/PlannerStoreContext';
import type { LevelComparison } from './charts/types';
import { Loading } from '../../ui/Loading';

const CategoryComparisonChart = lazy(() => import('./charts/CategoryComparisonChart'));
const SkillComparisonChart = lazy(() => import('./charts/SkillComparisonChart'));

/** Progress per category for the target tier, with the charts behind it. */
export function CategoryProgressCard({ plan }: { plan: Plan }) {
  const guide = usePlanner((s) => s.guide);
  const ratings = useDeferredValue(usePlanner((s) => s.ratings));
  const [bySkill, setBySkill] = useState(false);
  const tierName = plan.targetTier.shortTitle;
  const top = Math.max(...guide.scale.levels.map((l) => l.level));
  const names = useMemo(() => new Map(guide.categories.map((c) => [c.id, c.name])), [guide]);

  const byCategory = useMemo<LevelComparison[]>(
    () =>
      plan.categories.map((c) => ({
        id: c.categoryId,
        label: names.get(c.categoryId) ?? c.categoryId,
        yours: c.achievedLevels,
        required: c.requiredLevels,
      })),
    [plan.categories, names],
  );
  const skills = useMemo<LevelComparison[]>(
    () =>
      guide.skills.map((s) => ({
        id: s.id,
        label: s.name,
        yours: ratings[s.id] ?? 0,
        required: s.requirements[plan.targetTier.id] ?? 0,
      })),
    [guide, ratings, plan.targetTier],
  );
  const maxCategory = Math.max(1, ...byCategory.map((c) => c.required));

  return (
    <section className="card plan-card" aria-labelledby="categories-title">
      <h2 id="categories-title">Progress by category</h2>
      <ul className="category-progress">
        {plan.categories.map((c) => (
          <li key={c.categoryId}>
            <span className="category-progress__name">{names.get(c.categoryId)}</span>
            <span className="category-progress__figures">
              {c.metCount} of {c.total} skills met · {c.achievedLevels} of {c.requiredLevels} levels
            </span>
            <span className="meter" aria-hidden="true">
              <span className="meter__fill" style={{ width: `${Math.round(c.fraction * 100)}%` }} />
            </span>
          </li>
        ))}
      </ul>
      <div className="button-row" role="group" aria-label="Chart detail">
        <button type="button" className="button" aria-pressed={!bySkill} onClick={() => setBySkill(false)}>
          By category
        </button>
        <button type="button" className="button" aria-pressed={bySkill} onClick={() => setBySkill(true)}>
          By skill
        </button>
      </div>
      <Suspense fallback={<Loading>Loading chart…</Loading>}>
        {bySkill ? (
          <SkillComparisonChart
            title={`Your ratings against ${tierName} requirements, by skill`}
            tierName={tierName}
            data={skills}
            valueLabel={`Level (0–${top})`}
            maxValue={top}
          />
        ) : (
          <CategoryComparisonChart
            title={`Levels reached against ${tierName} requirements, by category`}
            tierName={tierName}
            data={byCategory}
            valueLabel="Levels"
            maxValue={maxCategory}
          />
        )}
      </Suspense>
    </section>
  );
}
