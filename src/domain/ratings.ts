import type { Guide } from './guide/schema';
import { bottomLevel, topLevel } from './scale';
import type { Ratings } from './types';

/**
 * A skill's rating as a whole level on the guide's scale, or null when not rated.
 * Ratings are stored apart from the guide and can outlive an edit to it (or come from an
 * imported file), so a value off the scale is read as the nearest level the scale has,
 * and anything that is not a finite number counts as "not rated" rather than breaking sums.
 */
export function ratingOf(guide: Guide, ratings: Ratings, skillId: string): number | null {
  // hasOwn: a skill id such as "constructor" must not pick up Object.prototype members.
  if (!Object.hasOwn(ratings, skillId)) return null;
  const value = ratings[skillId];
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.min(topLevel(guide), Math.max(bottomLevel(guide), Math.round(value)));
}

/** A copy of the ratings with one skill set to a level (used to ask "what if?"). */
export function withRating(ratings: Ratings, skillId: string, level: number): Ratings {
  return { ...ratings, [skillId]: level };
}
