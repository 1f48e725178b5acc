import type { Guide } from './guide/schema';
import { ratingOf } from './ratings';
import { requiredLevel } from './requirements';
import { bottomLevel } from './scale';
import { getTier } from './tierLookup';
import type { Ratings } from './types';

/** A rated skill this many levels (or fewer) short of its requirement is "close"; more is "far". */
export const CLOSE_GAP_MAX = 1;
/** The smallest gap shown as "far". */
export const FAR_GAP_MIN = CLOSE_GAP_MAX + 1;

export type GapStatus = 'met' | 'close' | 'far' | 'not-rated';

/** Every status, in the order the UI lists them. */
export const GAP_STATUSES: readonly GapStatus[] = ['met', 'close', 'far', 'not-rated'];

export interface SkillGap {
  readonly skillId: string;
  readonly categoryId: string;
  /** The level the tier requires. */
  readonly required: number;
  /** The person's level, or null when not rated. */
  readonly rating: number | null;
  /** Levels still missing; never negative. Unrated skills are measured from the bottom of the scale. */
  readonly gap: number;
  readonly status: GapStatus;
}

export type GapSummary = Readonly<Record<GapStatus, number> & { total: number }>;

export interface CategoryProgress {
  readonly categoryId: string;
  /** Skills in the category whose requirement is met (including ones that require nothing). */
  readonly metCount: number;
  /** Skills in the category. */
  readonly total: number;
  /** Levels above the bottom of the scale that count toward requirements (capped at each requirement). */
  readonly achievedLevels: number;
  /** Levels above the bottom of the scale the tier requires across the category. */
  readonly requiredLevels: number;
  /** achievedLevels / requiredLevels, or 1 when the category requires nothing at this tier. */
  readonly fraction: number;
}

/**
 * How far a requirement is from a rating. "Nothing required" is met even when unrated, so a
 * person is never told to rate skills the tier does not ask for.
 */
export function gapStatus(required: number, rating: number | null, bottom: number): GapStatus {
  if (required <= bottom) return 'met';
  if (rating === null) return 'not-rated';
  const gap = required - rating;
  if (gap <= 0) return 'met';
  return gap <= CLOSE_GAP_MAX ? 'close' : 'far';
}

/** One entry per skill in guide order: what the target tier requires against the person's rating. */
export function computeSkillGaps(guide: Guide, ratings: Ratings, targetTierId: string): SkillGap[] {
  getTier(guide, targetTierId);
  const bottom = bottomLevel(guide);
  return guide.skills.map((skill) => {
    const required = requiredLevel(guide, skill, targetTierId);
    const rating = ratingOf(guide, ratings, skill.id);
    return {
      skillId: skill.id,
      categoryId: skill.categoryId,
      required,
      rating,
      gap: Math.max(0, required - (rating ?? bottom)),
      status: gapStatus(required, rating, bottom),
    };
  });
}

/** How many skills are in each status. */
export function summarizeGaps(gaps: readonly SkillGap[]): GapSummary {
  const counts: Record<GapStatus, number> = { met: 0, close: 0, far: 0, 'not-rated': 0 };
  for (const gap of gaps) counts[gap.status] += 1;
  return { ...counts, total: gaps.length };
}

/**
 * Required and achieved levels, counted from the bottom of the scale so that a scale starting
 * at 1 behaves like one starting at 0. Skills that require nothing are left out: they would
 * add nothing to either side. Levels are whole numbers, so the sums are exact.
 */
export function sumLevels(
  gaps: readonly SkillGap[],
  bottom: number,
): { achievedLevels: number; requiredLevels: number } {
  let achievedLevels = 0;
  let requiredLevels = 0;
  for (const { required, gap } of gaps) {
    if (required <= bottom) continue;
    requiredLevels += required - bottom;
    achievedLevels += required - bottom - gap;
  }
  return { achievedLevels, requiredLevels };
}

/** Progress toward a tier per category, in guide order. */
export function categoryProgress(guide: Guide, ratings: Ratings, tierId: string): CategoryProgress[] {
  const gaps = computeSkillGaps(guide, ratings, tierId);
  const bottom = bottomLevel(guide);
  return guide.categories.map((category) => {
    const inCategory = gaps.filter((g) => g.categoryId === category.id);
    const { achievedLevels, requiredLevels } = sumLevels(inCategory, bottom);
    return {
      categoryId: category.id,
      metCount: inCategory.filter((g) => g.status === 'met').length,
      total: inCategory.length,
      achievedLevels,
      requiredLevels,
      fraction: requiredLevels === 0 ? 1 : achievedLevels / requiredLevels,
    };
  });
}
