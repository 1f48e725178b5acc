import { normalizeYears } from './experience';
import type { Guide, Tier } from './guide/schema';
import { computeReadiness } from './readiness';
import type { Ratings } from './types';

/** Position of the tier in the guide's progression (0 = first), or -1 when the guide has no such tier. */
export function tierIndex(guide: Guide, tierId: string): number {
  return guide.tiers.findIndex((t) => t.id === tierId);
}

/** The tier after this one, or null at the top. */
export function nextTier(guide: Guide, tierId: string): Tier | null {
  const index = tierIndex(guide, tierId);
  if (index === -1) throw new Error(`Unknown tier "${tierId}" in guide "${guide.id}"`);
  return guide.tiers[index + 1] ?? null;
}

/**
 * The tier whose experience range contains these years: the last one whose minimum is
 * reached. Uses minimums only, because guides write ranges that touch ("0–2", "2–5") and
 * minimums are always ordered; before the first tier's minimum it is still the first tier.
 */
export function tierForYears(guide: Guide, yearsOfExperience: number): Tier {
  const years = normalizeYears(yearsOfExperience);
  const reached = guide.tiers.filter((t) => t.experience.minYears <= years);
  // A parsed guide has at least one tier.
  return reached.at(-1) ?? guide.tiers[0]!;
}

/**
 * Where a person stands: the highest tier whose minimum years are reached and whose skill
 * requirements are all met. Both are asked for because a title is earned by doing the work
 * for long enough, and because years alone would place a person by seniority they may not
 * have. Never lower than the first tier: everyone starts somewhere.
 */
export function inferCurrentTier(guide: Guide, ratings: Ratings, yearsOfExperience: number): Tier {
  const met = guide.tiers.filter((t) => computeReadiness(guide, ratings, yearsOfExperience, t.id).ready);
  return met.at(-1) ?? guide.tiers[0]!;
}

/** The tier to plan for by default: the next one, or the current one when already at the top. */
export function defaultTargetTier(guide: Guide, currentTierId: string): Tier {
  return nextTier(guide, currentTierId) ?? guide.tiers[tierIndex(guide, currentTierId)]!;
}

/** "0–2 years", "8+ years", "1 year". */
export function formatExperienceRange(tier: Tier): string {
  const { minYears, maxYears } = tier.experience;
  if (maxYears === null) return `${minYears}+ years`;
  if (maxYears === minYears) return `${minYears} ${minYears === 1 ? 'year' : 'years'}`;
  return `${minYears}–${maxYears} years`;
}
