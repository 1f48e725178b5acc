import { useEffect, useRef } from 'react';
import { tierWhereSkillBecomesEssential } from '../../domain';
import { usePlanner } from '../../state/PlannerStoreContext';
import { skillsById } from '../../state/selectors';
import { useUiStore } from '../../state/uiStore';
import { RatingControl } from './RatingControl';
import { STATUS_TEXT } from './status';
import { useLevelLabel } from '../../state/useLevelLabel';
import { useSkillStanding, useTargetTierId } from './useSkillStanding';

/** Everything about one skill, and the place to rate it. */
export function SkillPanel({ skillId }: { skillId: string }) {
  const guide = usePlanner((s) => s.guide);
  const note = usePlanner((s) => s.notes[skillId] ?? '');
  const setRating = usePlanner((s) => s.setRating);
  const setNote = usePlanner((s) => s.setNote);
  const selectSkill = useUiStore((s) => s.selectSkill);
  const { rating, required, status } = useSkillStanding(skillId);
  const targetTierId = useTargetTierId();
  const levelLabel = useLevelLabel();
  const heading = useRef<HTMLHeadingElement>(null);

  const skill = skillsById(guide).get(skillId);
  useEffect(() => {
    heading.current?.focus();
  }, [skillId]);
  if (!skill) return null;

  const category = guide.categories.find((c) => c.id === skill.categoryId);
  const target = guide.tiers.find((t) => t.id === targetTierId);
  const essential = tierWhereSkillBecomesEssential(guide, skill);
  const advice = guide.advice.filter((a) => a.skillIds.includes(skillId));
  const mistakes = guide.commonMistakes.filter((m) => m.skillIds.includes(skillId));
  const { label, symbol } = STATUS_TEXT[status];

  return (
    <aside className="skill-panel" aria-labelledby="skill-panel-title">
      <div className="skill-panel__header">
        <div>
          <p className="muted skill-panel__category">{category?.name}</p>
          <h2 id="skill-panel-title" ref={heading} tabIndex={-1}>
            {skill.name}
          </h2>
        </div>
        <button type="button" className="button button--quiet" onClick={() => selectSkill(null)}>
          Close<span className="visually-hidden"> {skill.name}</span>
        </button>
      </div>
      <p>{skill.description}</p>
      {skill.aliases && skill.aliases.length > 0 && (
        <p className="muted skill-panel__aliases">Also listed in the guide as: {skill.aliases.join('; ')}</p>
      )}
      <p className={`status-badge status-badge--${status}`}>
        <span aria-hidden="true">{symbol}</span> {label} for {target?.shortTitle}: you{' '}
        {rating === null ? 'not rated' : levelLabel(rating)}, needs {levelLabel(required)}
      </p>
      {essential && <p className="muted">Part of the job from {essential.title}.</p>}

      <RatingControl
        skillName={skill.name}
        levels={guide.scale.levels}
        value={rating}
        onChange={(level) => setRating(skillId, level)}
      />

      <label className="field">
        <span className="field__label">Notes and evidence</span>
        <textarea
          value={note}
          rows={3}
          maxLength={10_000}
          placeholder="e.g. Handled 40 escalations last quarter; CSAT 92%"
          onChange={(event) => setNote(skillId, event.target.value)}
        />
      </label>

      <h3>What each level looks like</h3>
      <dl className="rubric">
        {guide.scale.levels.map((level) => (
          <div
            key={level.level}
            className={rating === level.level ? 'rubric__row is-current' : 'rubric__row'}
          >
            <dt>
              {level.label} ({level.level}){rating === level.level && <span className="tag">Your level</span>}
              {required === level.level && (
                <span className="tag tag--target">{target?.shortTitle} needs</span>
              )}
            </dt>
            <dd>{skill.rubric?.[String(level.level)] ?? level.description}</dd>
          </div>
        ))}
      </dl>

      {(advice.length > 0 || mistakes.length > 0) && (
        <>
          <h3>From the guide</h3>
          {advice.length > 0 && (
            <ul className="guide-tips">
              {advice.map((a) => (
                <li key={a.id}>
                  <strong>Advice:</strong> {a.text}
                </li>
              ))}
            </ul>
          )}
          {mistakes.length > 0 && (
            <ul className="guide-tips">
              {mistakes.map((m) => (
                <li key={m.id}>
                  <strong>Common mistake:</strong> {m.text}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </aside>
  );
}
