import { memo } from 'react';
import type { Guide, Skill } from '../../domain/guide';
import { usePlanner } from '../../state/PlannerStoreContext';
import { useUiStore } from '../../state/uiStore';
import { LevelSelect } from '../../ui/LevelSelect';
import { STATUS_TEXT } from './status';
import { useLevelLabel } from '../../state/useLevelLabel';
import { useSkillStanding, useTargetTierId } from './useSkillStanding';
import './skillTable.css';

interface Props {
  guide: Guide;
  hiddenSkillIds: ReadonlySet<string>;
}

const SkillRow = memo(function SkillRow({ skill, guide }: { skill: Skill; guide: Guide }) {
  const { rating, status, required } = useSkillStanding(skill.id);
  const setRating = usePlanner((s) => s.setRating);
  const selected = useUiStore((s) => s.selectedSkillId === skill.id);
  const selectSkill = useUiStore((s) => s.selectSkill);
  const levelLabel = useLevelLabel();
  const { label, symbol } = STATUS_TEXT[status];
  const gap = rating === null ? null : Math.max(0, required - rating);
  return (
    <tr className={selected ? 'is-selected' : undefined} aria-selected={selected}>
      <th scope="row">
        <button type="button" className="link-button" onClick={() => selectSkill(skill.id)}>
          {skill.name}
        </button>
      </th>
      <td>
        <LevelSelect
          aria-label={`Your level in ${skill.name}`}
          levels={guide.scale.levels}
          value={rating}
          emptyLabel="Not rated"
          onChange={(level) => setRating(skill.id, level)}
        />
      </td>
      {guide.tiers.map((tier) => (
        <td key={tier.id} className="num">
          {levelLabel(skill.requirements[tier.id] ?? null)}
        </td>
      ))}
      <td className="num">{gap === null ? '—' : gap}</td>
      <td>
        <span className={`status-badge status-badge--${status}`}>
          <span aria-hidden="true">{symbol}</span> {label}
        </span>
      </td>
    </tr>
  );
});

/** The skill map as a table: the accessible equivalent of the graph, with the same ratings. */
export function SkillTable({ guide, hiddenSkillIds }: Props) {
  const targetTierId = useTargetTierId();
  const target = guide.tiers.find((t) => t.id === targetTierId);
  return (
    <div className="skill-table-wrap" role="region" aria-label="Skill map table" tabIndex={0}>
      {guide.categories.map((category) => {
        const skills = guide.skills.filter((s) => s.categoryId === category.id && !hiddenSkillIds.has(s.id));
        if (skills.length === 0) return null;
        return (
          <table key={category.id} className="skill-table">
            <caption>
              {category.name} <span className="muted">({skills.length})</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Your rating</th>
                {guide.tiers.map((tier) => (
                  <th key={tier.id} scope="col" className="num">
                    {tier.shortTitle} needs
                  </th>
                ))}
                <th scope="col" className="num">
                  Gap to {target?.shortTitle}
                </th>
                <th scope="col">Status for {target?.shortTitle}</th>
              </tr>
            </thead>
            <tbody>
              {skills.map((skill) => (
                <SkillRow key={skill.id} skill={skill} guide={guide} />
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
