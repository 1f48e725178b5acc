import type { Guide, Skill, Tier } from './guide/schema';
import { requiredLevel } from './requirements';
import { bottomLevel } from './scale';

/**
 * The first tier on the ladder that asks for the skill at all: where it becomes part
 * of the job. Null when no tier requires it.
 */
export function tierWhereSkillBecomesEssential(guide: Guide, skill: Skill): Tier | null {
  const bottom = bottomLevel(guide);
  return guide.tiers.find((tier) => requiredLevel(guide, skill, tier.id) > bottom) ?? null;
}
