import type { FocusItem } from '../../domain';
import { usePlanner } from '../../state/PlannerStoreContext';
import { useLevelLabel } from '../../state/useLevelLabel';
import { LevelSelect } from '../../ui/LevelSelect';
import { useOpenSkill } from './usePlan';

/** Every gap to the target tier, most worth working on first, each with the guide's advice and a goal. */
export function GapList({ items, tierName }: { items: readonly FocusItem[]; tierName: string }) {
  const levels = usePlanner((s) => s.guide.scale.levels);
  const skillTargets = usePlanner((s) => s.profile.goals.skillTargets);
  const updateGoals = usePlanner((s) => s.updateGoals);
  const levelLabel = useLevelLabel();
  const yours = (level: number | null) => (level === null ? 'not rated' : levelLabel(level));
  const openSkill = useOpenSkill();

  const setGoal = (skillId: string, level: number | null) => {
    const next = { ...skillTargets };
    if (level === null) delete next[skillId];
    else next[skillId] = level;
    updateGoals({ skillTargets: next });
  };

  return (
    <section className="card plan-card" aria-labelledby="gaps-title">
      <h2 id="gaps-title">
        All gaps to {tierName} <span className="muted">({items.length})</span>
      </h2>
      <p className="muted">
        Most worth working on first: ordered by the readiness points each would add, then by the size of the
        gap.
      </p>
      <ol className="gap-list">
        {items.map(({ skill, gap, readinessGain, advice, mistakes }) => (
          <li key={skill.id}>
            <details>
              <summary>
                <span className="gap-list__name">{skill.name}</span>{' '}
                <span className="muted">
                  {yours(gap.rating)} → {levelLabel(gap.required)} · {gap.gap}{' '}
                  {gap.gap === 1 ? 'level' : 'levels'}
                  {readinessGain > 0 && ` · +${readinessGain} points`}
                </span>
              </summary>
              <div className="gap-list__body">
                {advice.map((a) => (
                  <p key={a.id}>
                    <strong>Advice:</strong> {a.text}
                  </p>
                ))}
                {mistakes.map((m) => (
                  <p key={m.id}>
                    <strong>Avoid:</strong> {m.text}
                  </p>
                ))}
                {advice.length === 0 && mistakes.length === 0 && (
                  <p className="muted">The guide gives no specific advice for this skill.</p>
                )}
                <div className="button-row">
                  <label className="toolbar__field">
                    <span>Your goal for {skill.name}</span>
                    <LevelSelect
                      levels={levels}
                      value={skillTargets[skill.id] ?? null}
                      emptyLabel={`What ${tierName} needs`}
                      above={gap.required}
                      onChange={(level) => setGoal(skill.id, level)}
                    />
                  </label>
                  <button type="button" className="link-button" onClick={() => openSkill(skill.id)}>
                    Rate {skill.name}
                  </button>
                </div>
              </div>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
