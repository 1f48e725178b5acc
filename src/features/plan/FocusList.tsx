import type { FocusItem } from '../../domain';
import { usePlanner } from '../../state/PlannerStoreContext';
import { useLevelLabel } from '../../state/useLevelLabel';
import { LevelSelect } from '../../ui/LevelSelect';
import { useOpenSkill } from './usePlan';

interface Props {
  items: readonly FocusItem[];
  tierName: string;
  title: string;
  /** Shown when the list is empty. */
  emptyText: string;
  headingId: string;
}

/** Skills to work on, each with what closing the gap is worth and what the guide advises. */
export function FocusList({ items, tierName, title, emptyText, headingId }: Props) {
  const levelLabel = useLevelLabel();
  const yours = (level: number | null) => (level === null ? 'not rated' : levelLabel(level));
  const openSkill = useOpenSkill();
  const levels = usePlanner((s) => s.guide.scale.levels);
  const setRating = usePlanner((s) => s.setRating);
  return (
    <section className="card plan-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {items.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <ol className="focus-list">
          {items.map(({ skill, gap, readinessGain, advice, mistakes }) => (
            <li key={skill.id} className="focus-item">
              <h3>{skill.name}</h3>
              <p>
                You: {yours(gap.rating)} · {tierName} needs: {levelLabel(gap.required)} ·{' '}
                <strong>
                  {gap.gap} {gap.gap === 1 ? 'level' : 'levels'} to go
                </strong>
                {readinessGain > 0 && <> · +{readinessGain} readiness points when met</>}
              </p>
              {advice[0] && (
                <p>
                  <strong>Advice:</strong> {advice[0].text}
                </p>
              )}
              {mistakes[0] && (
                <p>
                  <strong>Avoid:</strong> {mistakes[0].text}
                </p>
              )}
              <div className="button-row focus-item__actions">
                <label className="toolbar__field">
                  <span>Your level in {skill.name}</span>
                  <LevelSelect
                    levels={levels}
                    value={gap.rating}
                    emptyLabel="Not rated"
                    onChange={(level) => setRating(skill.id, level)}
                  />
                </label>
                <button type="button" className="link-button" onClick={() => openSkill(skill.id)}>
                  Open {skill.name} on the skill map
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
