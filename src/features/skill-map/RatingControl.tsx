import { useId } from 'react';
import type { ProficiencyLevel } from '../../domain/guide';

interface Props {
  skillName: string;
  levels: readonly ProficiencyLevel[];
  value: number | null;
  onChange(level: number | null): void;
}

/**
 * A radio group named after the skill; native radios give arrow-key movement between
 * levels for free. Clearing is a separate button, because "no rating" is not a level.
 */
export function RatingControl({ skillName, levels, value, onChange }: Props) {
  const name = useId();
  return (
    <fieldset className="rating-control">
      <legend>Your level in {skillName}</legend>
      <div className="rating-control__options">
        {levels.map((level) => (
          <label key={level.level} className="rating-option">
            <input
              type="radio"
              name={name}
              value={level.level}
              checked={value === level.level}
              onChange={() => onChange(level.level)}
            />
            <span className="rating-option__label">
              {level.label} <span className="muted">({level.level})</span>
            </span>
          </label>
        ))}
      </div>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => onChange(null)}
        disabled={value === null}
      >
        Clear rating
      </button>
    </fieldset>
  );
}
