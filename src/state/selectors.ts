import {
  computeReadiness,
  getTier,
  resolveCurrentTier,
  resolveTargetTier,
  normalizeYears,
  requiredLevel,
  gapStatus,
  bottomLevel,
  type GapStatus,
} from '../domain';
import type { Guide } from '../domain/guide';
import type { PlannerState } from './plannerStore';

/**
 * Derived values shared by many components. Each is cached on the state objects it
 * reads, so hundreds of skill nodes asking for the target tier cost one computation
 * per change, not one each.
 */
function memoOn<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

export function selectYears(state: PlannerState): number {
  return normalizeYears(state.profile.yearsOfExperience ?? 0);
}

// Inferring the current tier scores every tier; cache it per ratings and profile object.
const currentTierCache = new WeakMap<object, WeakMap<object, string>>();

/** The tier the person holds: as declared, or worked out from ratings and experience. */
export function selectCurrentTierId(state: PlannerState): string {
  let byProfile = currentTierCache.get(state.ratings);
  if (!byProfile) {
    byProfile = new WeakMap();
    currentTierCache.set(state.ratings, byProfile);
  }
  let tierId = byProfile.get(state.profile);
  if (tierId === undefined) {
    tierId = resolveCurrentTier(state.guide, state.ratings, state.profile).tier.id;
    byProfile.set(state.profile, tierId);
  }
  return tierId;
}

/** The tier being planned for: as chosen, or the one after the current tier. */
export function selectTargetTierId(state: PlannerState): string {
  return resolveTargetTier(state.guide, getTier(state.guide, selectCurrentTierId(state)), state.profile).id;
}

const readinessByRatings = memoOn((_ratings: object) => new Map<string, number>());

/** Readiness score (0–100) for a tier, for the person's ratings and experience. */
export function selectReadinessScore(state: PlannerState, tierId: string): number {
  const years = selectYears(state);
  const cache = readinessByRatings(state.ratings);
  const key = `${state.guide.id}:${tierId}:${years}`;
  let score = cache.get(key);
  if (score === undefined) {
    score = computeReadiness(state.guide, state.ratings, years, tierId).score;
    cache.set(key, score);
  }
  return score;
}

export const skillsById = memoOn((guide: Guide) => new Map(guide.skills.map((s) => [s.id, s])));

export interface SkillStanding {
  rating: number | null;
  required: number;
  status: GapStatus;
}

/** One skill against the target tier: what a node or a table row shows. */
export function selectSkillStanding(state: PlannerState, skillId: string, tierId: string): SkillStanding {
  const skill = skillsById(state.guide).get(skillId);
  if (!skill) throw new Error(`Unknown skill "${skillId}"`);
  const rating = state.ratings[skillId] ?? null;
  const required = requiredLevel(state.guide, skill, tierId);
  return { rating, required, status: gapStatus(required, rating, bottomLevel(state.guide)) };
}
