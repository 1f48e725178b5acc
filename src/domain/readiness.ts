import { normalizeYears } from './experience';
import { computeSkillGaps, sumLevels } from './gaps';
import type { Guide } from './guide/schema';
import { bottomLevel } from './scale';
import { getTier } from './tierLookup';
import type { Ratings } from './types';

/** Points of the 100 that come from skills. Skills dominate: the guide defines tiers mostly by them. */
export const SKILL_WEIGHT = 80;
/** Points of the 100 that come from experience. */
export const EXPERIENCE_WEIGHT = 20;
/** The highest score; only reachable when every requirement is met. */
export const MAX_READINESS = SKILL_WEIGHT + EXPERIENCE_WEIGHT;

// Fractional years can make an exact whole sum (e.g. 40) come out as 39.999999999999996;
// a tolerance far below one point keeps floor() from taking a point the person earned.
const ROUNDING_TOLERANCE = 1e-9;

export interface Readiness {
  readonly tierId: string;
  /** Whole number from 0 to 100; 100 exactly when `ready`. */
  readonly score: number;
  /** Share of required skill levels reached, 0–1. */
  readonly skillsFraction: number;
  /** Share of the tier's minimum years reached, 0–1. */
  readonly experienceFraction: number;
  /** SKILL_WEIGHT × skillsFraction, not rounded. */
  readonly skillPoints: number;
  /** EXPERIENCE_WEIGHT × experienceFraction, not rounded. */
  readonly experiencePoints: number;
  /** Every skill requirement met and the minimum years reached. */
  readonly ready: boolean;
  /** The tier's minimum years. */
  readonly yearsRequired: number;
  /** Skills not yet at their required level (unrated ones that require something included). */
  readonly unmetSkillCount: number;
  /** Levels above the bottom of the scale reached, each capped at its requirement. */
  readonly achievedLevels: number;
  /** Levels above the bottom of the scale the tier requires, summed over its skills. */
  readonly requiredLevels: number;
}

/**
 * How ready a person is for a tier, as a score out of 100 (see docs/readiness-and-gaps.md).
 * Levels beyond a requirement earn nothing, so strength in one skill cannot hide a gap in another.
 */
export function computeReadiness(
  guide: Guide,
  ratings: Ratings,
  yearsOfExperience: number,
  tierId: string,
): Readiness {
  const tier = getTier(guide, tierId);
  const years = normalizeYears(yearsOfExperience);
  const gaps = computeSkillGaps(guide, ratings, tierId);
  const { achievedLevels, requiredLevels } = sumLevels(gaps, bottomLevel(guide));
  const unmetSkillCount = gaps.filter((g) => g.status !== 'met').length;
  const yearsRequired = tier.experience.minYears;

  const skillsFraction = requiredLevels === 0 ? 1 : achievedLevels / requiredLevels;
  const experienceFraction = yearsRequired <= 0 ? 1 : Math.min(years / yearsRequired, 1);
  // Multiply whole numbers before dividing: 80 × n / n is exactly 80, so a full skill set
  // scores exactly 80 rather than 79.99999999999999.
  const skillPoints = requiredLevels === 0 ? SKILL_WEIGHT : (SKILL_WEIGHT * achievedLevels) / requiredLevels;
  const experiencePoints = EXPERIENCE_WEIGHT * experienceFraction;
  const ready = unmetSkillCount === 0 && years >= yearsRequired;

  const floored = Math.floor(skillPoints + experiencePoints + ROUNDING_TOLERANCE);
  // The exact sum is below 100 whenever anything is unmet; only rounding could make it 100.
  const capped = ready ? floored : Math.min(floored, MAX_READINESS - 1);
  const score = Math.min(MAX_READINESS, Math.max(0, capped));

  return {
    tierId,
    score,
    skillsFraction,
    experienceFraction,
    skillPoints,
    experiencePoints,
    ready,
    yearsRequired,
    unmetSkillCount,
    achievedLevels,
    requiredLevels,
  };
}

/** The readiness rule in plain English, for the UI and the docs. */
export function explainReadinessRule(guide: Guide): string[] {
  const bottom = guide.scale.levels.find((l) => l.level === bottomLevel(guide));
  const bottomName = bottom ? `level ${bottom.level} (${bottom.label})` : 'the bottom level';
  return [
    `Readiness is a score from 0 to ${MAX_READINESS}: up to ${SKILL_WEIGHT} points for skills and up to ${EXPERIENCE_WEIGHT} for experience.`,
    `Skills: each skill the tier asks for counts your level up to the required level and no further; a skill you have not rated counts as ${bottomName}. Skill points are ${SKILL_WEIGHT} × the levels you reach ÷ the levels required.`,
    `Experience: experience points are ${EXPERIENCE_WEIGHT} × your years ÷ the tier’s minimum years, capped at ${EXPERIENCE_WEIGHT}; a tier with no minimum gives all ${EXPERIENCE_WEIGHT}.`,
    `The total is rounded down, so ${MAX_READINESS} means every requirement is met.`,
    'You are ready for a tier when every skill is at or above its required level and you have at least the tier’s minimum years.',
    'This scoring is the app’s own; the guide sets the required levels and years, not the weights.',
  ];
}
