import type { Guide } from './guide/schema';

/** The lowest level on the guide's scale ("no ability yet"); requirements at or below it ask for nothing. */
export function bottomLevel(guide: Guide): number {
  return Math.min(...guide.scale.levels.map((l) => l.level));
}

/** The highest level on the guide's scale. */
export function topLevel(guide: Guide): number {
  return Math.max(...guide.scale.levels.map((l) => l.level));
}
