import { computeSkillGaps, type SkillGap } from './gaps';
import type { Guide, LinkedText, Skill } from './guide/schema';
import { computeReadiness } from './readiness';
import { withRating } from './ratings';
import type { Ratings } from './types';

export interface FocusItem {
  readonly skill: Skill;
  readonly gap: SkillGap;
  /** Readiness points gained if this skill alone reached its requirement. */
  readonly readinessGain: number;
  /** The guide's advice that mentions this skill. */
  readonly advice: readonly LinkedText[];
  /** The guide's common mistakes that mention this skill. */
  readonly mistakes: readonly LinkedText[];
}

/**
 * The unmet skills most worth working on next for a tier. Ranked by what closing each one
 * would add to readiness, because that is the number the person sees move; ties go to the
 * larger gap (more to learn, so start sooner), then to the guide's own order of categories
 * and skills, which keeps the list stable and follows the guide's progression.
 */
export function recommendFocus(
  guide: Guide,
  ratings: Ratings,
  yearsOfExperience: number,
  tierId: string,
  limit = 3,
): FocusItem[] {
  if (!(limit > 0)) return [];
  const current = computeReadiness(guide, ratings, yearsOfExperience, tierId).score;
  const categoryOrder = new Map(guide.categories.map((c, i) => [c.id, i]));
  const skillOrder = new Map(guide.skills.map((s, i) => [s.id, i]));
  const skillsById = new Map(guide.skills.map((s) => [s.id, s]));
  const mentioning = (items: readonly LinkedText[], skillId: string) =>
    items.filter((item) => item.skillIds.includes(skillId));

  const candidates = computeSkillGaps(guide, ratings, tierId)
    .filter((gap) => gap.status !== 'met')
    .map((gap): FocusItem => {
      const raised = withRating(ratings, gap.skillId, gap.required);
      return {
        skill: skillsById.get(gap.skillId)!,
        gap,
        readinessGain: computeReadiness(guide, raised, yearsOfExperience, tierId).score - current,
        advice: mentioning(guide.advice, gap.skillId),
        mistakes: mentioning(guide.commonMistakes, gap.skillId),
      };
    });

  const order = (map: Map<string, number>, id: string) => map.get(id) ?? Number.MAX_SAFE_INTEGER;
  candidates.sort(
    (a, b) =>
      b.readinessGain - a.readinessGain ||
      b.gap.gap - a.gap.gap ||
      order(categoryOrder, a.gap.categoryId) - order(categoryOrder, b.gap.categoryId) ||
      order(skillOrder, a.gap.skillId) - order(skillOrder, b.gap.skillId),
  );
  return candidates.slice(0, limit);
}
