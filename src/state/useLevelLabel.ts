import { useMemo } from 'react';
import { usePlanner } from './PlannerStoreContext';

/** "Proficient (3)" for a level, "—" for none. */
export function useLevelLabel(): (level: number | null) => string {
  const levels = usePlanner((s) => s.guide.scale.levels);
  return useMemo(() => {
    const labels = new Map(levels.map((l) => [l.level, l.label]));
    return (level) => (level === null ? '—' : `${labels.get(level) ?? 'Level'} (${level})`);
  }, [levels]);
}
