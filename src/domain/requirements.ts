import type { Guide, Skill } from './guide/schema';
import { bottomLevel } from './scale';

/**
 * The level a skill requires at a tier. A validated guide states every requirement; the
 * fallback to the bottom level ("nothing required") only keeps a half-edited guide usable.
 */
export function requiredLevel(guide: Guide, skill: Skill, tierId: string): number {
  return skill.requirements[tierId] ?? bottomLevel(guide);
}
