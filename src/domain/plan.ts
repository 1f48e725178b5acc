import { normalizeYears } from './experience';
import {
  categoryProgress,
  computeSkillGaps,
  summarizeGaps,
  type CategoryProgress,
  type GapSummary,
} from './gaps';
import { computeGoalPace, type GoalPace } from './goals';
import type { Guide, Tier } from './guide/schema';
import { recommendFocus, type FocusItem } from './focus';
import type { Profile } from './profile';
import { computeReadiness, type Readiness } from './readiness';
import {
  projectSalary,
  salaryForTier,
  salaryStep,
  type SalaryProjectionPoint,
  type SalaryStep,
  type TierSalary,
} from './salary';
import { defaultTargetTier, inferCurrentTier, tierIndex } from './tiers';
import type { Ratings } from './types';

/** How many skills the plan puts first. */
export const FOCUS_COUNT = 3;
/** Years the salary projection looks ahead when no target date says otherwise. */
export const DEFAULT_PROJECTION_YEARS = 10;

export interface Plan {
  currentTier: Tier;
  /** True when the current tier was worked out, not declared by the person. */
  currentTierInferred: boolean;
  targetTier: Tier;
  /** The person holds the last tier of the guide. */
  atTopTier: boolean;
  nothingRated: boolean;
  years: number;
  readiness: Readiness;
  gapSummary: GapSummary;
  categories: CategoryProgress[];
  /** Every unmet skill for the target tier, most worth working on first. */
  rankedGaps: FocusItem[];
  focus: FocusItem[];
  currentSalary: TierSalary | null;
  targetSalary: TierSalary | null;
  /** From the current tier to the target; null when the guide lacks a figure or they are the same tier. */
  step: SalaryStep | null;
  projection: SalaryProjectionPoint[];
  pace: GoalPace;
}

/** The tier the person holds: as declared in the profile, or worked out from ratings and years. */
export function resolveCurrentTier(
  guide: Guide,
  ratings: Ratings,
  profile: Profile,
): { tier: Tier; inferred: boolean } {
  const declared = profile.currentTierId
    ? guide.tiers.find((t) => t.id === profile.currentTierId)
    : undefined;
  if (declared) return { tier: declared, inferred: false };
  return {
    tier: inferCurrentTier(guide, ratings, normalizeYears(profile.yearsOfExperience ?? 0)),
    inferred: true,
  };
}

/** The tier being planned for: as chosen in the profile, or the one after the current tier. */
export function resolveTargetTier(guide: Guide, currentTier: Tier, profile: Profile): Tier {
  const chosen = profile.targetTierId ? guide.tiers.find((t) => t.id === profile.targetTierId) : undefined;
  return chosen ?? defaultTargetTier(guide, currentTier.id);
}

/**
 * Everything the plan view (and later the progress report) shows, from the guide, the
 * ratings and the profile. One pure function, so the screen and the report can never
 * disagree about a number.
 */
export function buildPlan(guide: Guide, ratings: Ratings, profile: Profile, today: Date): Plan {
  const years = normalizeYears(profile.yearsOfExperience ?? 0);
  const { tier: currentTier, inferred } = resolveCurrentTier(guide, ratings, profile);
  const targetTier = resolveTargetTier(guide, currentTier, profile);
  const atTopTier = tierIndex(guide, currentTier.id) === guide.tiers.length - 1;

  const rankedGaps = recommendFocus(guide, ratings, years, targetTier.id, Number.MAX_SAFE_INTEGER);
  const pace = computeGoalPace(guide, ratings, years, targetTier.id, profile.goals, today);
  const horizon =
    pace.yearsAtTargetDate === null
      ? DEFAULT_PROJECTION_YEARS
      : Math.max(DEFAULT_PROJECTION_YEARS, Math.ceil(pace.yearsAtTargetDate - years) + 1);
  const { currentSalary, yearlyRaisePercent } = profile.goals;

  return {
    currentTier,
    currentTierInferred: inferred,
    targetTier,
    atTopTier,
    nothingRated: Object.values(ratings).every((r) => r === undefined),
    years,
    readiness: computeReadiness(guide, ratings, years, targetTier.id),
    gapSummary: summarizeGaps(computeSkillGaps(guide, ratings, targetTier.id)),
    categories: categoryProgress(guide, ratings, targetTier.id),
    rankedGaps,
    focus: rankedGaps.slice(0, FOCUS_COUNT),
    currentSalary: salaryForTier(guide, currentTier.id),
    targetSalary: salaryForTier(guide, targetTier.id),
    step: currentTier.id === targetTier.id ? null : salaryStep(guide, currentTier.id, targetTier.id),
    projection: projectSalary(guide, {
      yearsOfExperience: years,
      horizonYears: horizon,
      ...(currentSalary === null ? {} : { currentSalary }),
      ...(yearlyRaisePercent === null ? {} : { yearlyRaisePercent }),
    }),
    pace,
  };
}
