import type { ProficiencyLevel } from '../domain/guide';

interface Props {
  levels: readonly ProficiencyLevel[];
  value: number | null;
  onChange(level: number | null): void;
  /** The choice that means "no level": "Not rated", or "What Mid-Level needs" for a goal. */
  emptyLabel: string;
  /** Only levels above this are offered (goals can raise the bar, not lower it). */
  above?: number;
  'aria-label'?: string;
}

/** A select of the scale's levels, "Working (2)" style, with an empty choice. */
export function LevelSelect({ levels, value, onChange, emptyLabel, above, ...aria }: Props) {
  return (
    <select
      {...aria}
      value={value === null ? '' : String(value)}
      onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
    >
      <option value="">{emptyLabel}</option>
      {levels
        .filter((level) => above === undefined || level.level > above)
        .map((level) => (
          <option key={level.level} value={level.level}>
            {level.label} ({level.level})
          </option>
        ))}
    </select>
  );
}
