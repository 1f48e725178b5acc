import { normalizeYears } from './experience';
import { toIsoDate, parseIsoDate } from './goals';
import type { Guide } from './guide/schema';
import type { CheckIn, HistoryEntry } from './history';
import { computeReadiness, EXPERIENCE_WEIGHT, MAX_READINESS, SKILL_WEIGHT } from './readiness';
import { ratingOf } from './ratings';
import { requiredLevel } from './requirements';
import { bottomLevel, topLevel } from './scale';
import { getTier } from './tierLookup';
import type { Ratings } from './types';

const DAY_MS = 86_400_000;
// Same tolerance as computeReadiness: fractional years must not cost a point through float error.
const ROUNDING_TOLERANCE = 1e-9;

/** Readiness at the end of one UTC day. */
export interface ReadinessPoint {
  /** The last millisecond of the day (UTC), so the point reflects every change made that day. */
  readonly at: number;
  /** The day, YYYY-MM-DD (UTC). */
  readonly date: string;
  readonly readiness: number;
}

export interface ReadinessOverTimeOptions {
  /**
   * Add a first point for the day before the first change, with nothing rated: where the line
   * starts from. Off by default.
   */
  readonly includeBaseline?: boolean;
}

export interface CategoryAveragesPoint {
  /** The last millisecond of the day (UTC). */
  readonly at: number;
  readonly date: string;
  /** Category id → average level of its skills that day; unrated skills count as the bottom level. */
  readonly averages: Readonly<Record<string, number>>;
}

export interface RatingMove {
  readonly skillId: string;
  /** The level before, or null when the skill was not rated. */
  readonly from: number | null;
  /** The level after, or null when the rating was cleared. */
  readonly to: number | null;
}

export interface RatingComparison {
  /** Skills whose level went up, in guide order (a first rating counts as going up). */
  readonly rose: Array<RatingMove & { readonly to: number }>;
  /** Skills whose level went down, in guide order (a cleared rating counts as going down). */
  readonly fell: Array<RatingMove & { readonly from: number }>;
  /** How many of the guide's skills did not change. rose + fell + unchanged = every skill. */
  readonly unchanged: number;
  readonly readinessBefore: number;
  readonly readinessAfter: number;
  /** readinessAfter − readinessBefore. */
  readonly readinessChange: number;
}

/** What to compare the current ratings with. */
export type ComparisonBase =
  { readonly kind: 'date'; readonly date: string } | { readonly kind: 'checkIn'; readonly checkInId: number };

/** The end of the UTC day containing `time`. */
export function endOfUtcDay(time: number): number {
  return Math.floor(time / DAY_MS) * DAY_MS + DAY_MS - 1;
}

/**
 * The history in time order, without entries whose time is not a finite number. A log read from
 * storage is already sorted, so this is a single check in the usual case; a copy is sorted
 * (stable, so same-time entries keep their order) only when needed.
 */
export function sortedHistory(history: readonly HistoryEntry[]): readonly HistoryEntry[] {
  let ok = true;
  let previous = -Infinity;
  for (const entry of history) {
    if (!Number.isFinite(entry.at) || entry.at < previous) {
      ok = false;
      break;
    }
    previous = entry.at;
  }
  if (ok) return history;
  return history.filter((e) => Number.isFinite(e.at)).sort((a, b) => a.at - b.at);
}

/**
 * The ratings as they stood at `time` (changes made at exactly `time` included), by replaying the
 * history log from the start. A cleared rating (level null) removes the skill.
 */
export function ratingsAt(history: readonly HistoryEntry[], time: number): Ratings {
  const current = new Map<string, number>();
  for (const entry of sortedHistory(history)) {
    if (entry.at > time) break;
    if (entry.level === null) current.delete(entry.skillId);
    else current.set(entry.skillId, entry.level);
  }
  // fromEntries defines own properties, so even an odd id such as "__proto__" stays a rating.
  return Object.fromEntries(current);
}

/** The ratings at the end of a UTC day given as YYYY-MM-DD, or null when the date is not valid. */
export function ratingsOnDate(history: readonly HistoryEntry[], date: string): Ratings | null {
  const day = parseIsoDate(date);
  return day ? ratingsAt(history, endOfUtcDay(day.getTime())) : null;
}

/** The ratings saved in a check-in, or null when there is no check-in with that id. */
export function ratingsOfCheckIn(checkIns: readonly CheckIn[], checkInId: number): Ratings | null {
  return checkIns.find((c) => c.id === checkInId)?.ratings ?? null;
}

/** The "before" ratings for a comparison: a day from the history log, or a check-in. */
export function ratingsForComparison(
  base: ComparisonBase,
  sources: { readonly history: readonly HistoryEntry[]; readonly checkIns: readonly CheckIn[] },
): Ratings | null {
  return base.kind === 'date'
    ? ratingsOnDate(sources.history, base.date)
    : ratingsOfCheckIn(sources.checkIns, base.checkInId);
}

/** The readiness score from its parts, exactly as computeReadiness works it out. */
function scoreFrom(
  achievedLevels: number,
  requiredLevels: number,
  unmetSkillCount: number,
  years: number,
  yearsRequired: number,
): number {
  const skillPoints = requiredLevels === 0 ? SKILL_WEIGHT : (SKILL_WEIGHT * achievedLevels) / requiredLevels;
  const experiencePoints = EXPERIENCE_WEIGHT * (yearsRequired <= 0 ? 1 : Math.min(years / yearsRequired, 1));
  const ready = unmetSkillCount === 0 && years >= yearsRequired;
  const floored = Math.floor(skillPoints + experiencePoints + ROUNDING_TOLERANCE);
  const capped = ready ? floored : Math.min(floored, MAX_READINESS - 1);
  return Math.min(MAX_READINESS, Math.max(0, capped));
}

/**
 * A rating from the log as the engine reads it (the same rule as ratingOf, without building a
 * Ratings object per entry): null, or the nearest whole level on the scale.
 */
function levelReader(guide: Guide): (level: unknown) => number | null {
  const bottom = bottomLevel(guide);
  const top = topLevel(guide);
  return (level) =>
    typeof level === 'number' && Number.isFinite(level)
      ? Math.min(top, Math.max(bottom, Math.round(level)))
      : null;
}

/**
 * Readiness for a tier over time, from the history log: one point per UTC day with at least one
 * change, each the readiness at the end of that day. Experience is held at `years` (today's
 * value) throughout, so the line shows what ratings alone did.
 *
 * One pass over the log: each skill's contribution to the achieved levels and to the count of
 * unmet skills is kept up to date as entries are replayed, and the score is worked out once per
 * day with the same formula as computeReadiness (a property test checks they agree).
 */
export function readinessOverTime(
  guide: Guide,
  history: readonly HistoryEntry[],
  years: number,
  tierId: string,
  options: ReadinessOverTimeOptions = {},
): ReadinessPoint[] {
  const tier = getTier(guide, tierId);
  const yearsNow = normalizeYears(years);
  const yearsRequired = tier.experience.minYears;
  const bottom = bottomLevel(guide);
  const levelOf = levelReader(guide);

  const index = new Map<string, number>();
  const required: number[] = [];
  const achieved: number[] = [];
  const unmet: boolean[] = [];
  let requiredLevels = 0;
  let achievedLevels = 0;
  let unmetCount = 0;
  guide.skills.forEach((skill, i) => {
    const level = requiredLevel(guide, skill, tierId);
    index.set(skill.id, i);
    required.push(level);
    achieved.push(0);
    // Nothing rated yet: a skill is unmet exactly when the tier asks for something.
    unmet.push(level > bottom);
    if (level > bottom) {
      requiredLevels += level - bottom;
      unmetCount += 1;
    }
  });

  const score = () => scoreFrom(achievedLevels, requiredLevels, unmetCount, yearsNow, yearsRequired);
  const point = (day: number): ReadinessPoint => {
    const at = day * DAY_MS + DAY_MS - 1;
    return { at, date: toIsoDate(new Date(at)), readiness: score() };
  };

  const sorted = sortedHistory(history);
  const points: ReadinessPoint[] = [];
  if (sorted.length === 0) return points;
  let day = Math.floor(sorted[0]!.at / DAY_MS);
  if (options.includeBaseline) points.push(point(day - 1));

  for (const entry of sorted) {
    const entryDay = Math.floor(entry.at / DAY_MS);
    if (entryDay !== day) {
      points.push(point(day));
      day = entryDay;
    }
    const i = index.get(entry.skillId);
    if (i === undefined) continue; // a skill this guide does not have
    const req = required[i]!;
    if (req <= bottom) continue; // asks for nothing: never counts, always met
    const level = levelOf(entry.level);
    const nowAchieved = Math.min(level ?? bottom, req) - bottom;
    const nowUnmet = level === null || level < req;
    achievedLevels += nowAchieved - achieved[i]!;
    achieved[i] = nowAchieved;
    if (nowUnmet !== unmet[i]) unmetCount += nowUnmet ? 1 : -1;
    unmet[i] = nowUnmet;
  }
  points.push(point(day));
  return points;
}

/**
 * The average level per category over time, one point per UTC day with changes (end of day).
 * Unrated skills count as the bottom of the scale, so an average only rises when something is
 * rated higher; a category without skills averages the bottom level. One pass, like
 * readinessOverTime.
 */
export function categoryAveragesOverTime(
  guide: Guide,
  history: readonly HistoryEntry[],
): CategoryAveragesPoint[] {
  const bottom = bottomLevel(guide);
  const levelOf = levelReader(guide);
  const categoryIds = guide.categories.map((c) => c.id);
  const counts = new Map<string, number>(categoryIds.map((id) => [id, 0]));
  const sums = new Map<string, number>(categoryIds.map((id) => [id, 0]));
  const skillCategory = new Map<string, string>();
  for (const skill of guide.skills) {
    if (!counts.has(skill.categoryId)) continue;
    skillCategory.set(skill.id, skill.categoryId);
    counts.set(skill.categoryId, counts.get(skill.categoryId)! + 1);
    sums.set(skill.categoryId, sums.get(skill.categoryId)! + bottom);
  }
  const levels = new Map<string, number>();

  const point = (day: number): CategoryAveragesPoint => {
    const at = day * DAY_MS + DAY_MS - 1;
    const averages: Record<string, number> = {};
    for (const id of categoryIds) {
      const count = counts.get(id)!;
      averages[id] = count === 0 ? bottom : sums.get(id)! / count;
    }
    return { at, date: toIsoDate(new Date(at)), averages };
  };

  const sorted = sortedHistory(history);
  const points: CategoryAveragesPoint[] = [];
  if (sorted.length === 0) return points;
  let day = Math.floor(sorted[0]!.at / DAY_MS);
  for (const entry of sorted) {
    const entryDay = Math.floor(entry.at / DAY_MS);
    if (entryDay !== day) {
      points.push(point(day));
      day = entryDay;
    }
    const categoryId = skillCategory.get(entry.skillId);
    if (categoryId === undefined) continue;
    const level = levelOf(entry.level) ?? bottom;
    const before = levels.get(entry.skillId) ?? bottom;
    levels.set(entry.skillId, level);
    sums.set(categoryId, sums.get(categoryId)! + level - before);
  }
  points.push(point(day));
  return points;
}

/** Orders "not rated" below every level, so a first rating is a rise and a cleared one a fall. */
const rank = (level: number | null) => (level === null ? -Infinity : level);

/**
 * What changed between two sets of ratings, skill by skill in guide order, and what it did to
 * readiness for a tier. Levels are read as the engine reads them (rounded onto the scale).
 */
export function compareRatings(
  guide: Guide,
  before: Ratings,
  after: Ratings,
  years: number,
  tierId: string,
): RatingComparison {
  const rose: RatingComparison['rose'] = [];
  const fell: RatingComparison['fell'] = [];
  let unchanged = 0;
  for (const skill of guide.skills) {
    const from = ratingOf(guide, before, skill.id);
    const to = ratingOf(guide, after, skill.id);
    // A rise always ends on a level and a fall always starts from one, since "not rated" ranks lowest.
    if (to !== null && rank(to) > rank(from)) rose.push({ skillId: skill.id, from, to });
    else if (from !== null && rank(to) < rank(from)) fell.push({ skillId: skill.id, from, to });
    else unchanged += 1;
  }
  const readinessBefore = computeReadiness(guide, before, years, tierId).score;
  const readinessAfter = computeReadiness(guide, after, years, tierId).score;
  return {
    rose,
    fell,
    unchanged,
    readinessBefore,
    readinessAfter,
    readinessChange: readinessAfter - readinessBefore,
  };
}

/**
 * At most `maxPoints` of `points` for a chart, always keeping the first and the last (and in time
 * order, as a subset of the input).
 *
 * Without `value`: evenly spaced by position. With `value`: the points between first and last are
 * cut into equal buckets and each bucket keeps its lowest and its highest point, so a peak or a
 * dip is never smoothed away (the overall highest and lowest always survive). `maxPoints` below
 * 2 is read as 2; with 3 and a `value`, the middle point is the interior's extreme furthest from
 * the first point.
 */
export function downsamplePoints<T>(
  points: readonly T[],
  maxPoints: number,
  value?: (point: T) => number,
): T[] {
  const max = Math.max(2, Math.floor(Number.isFinite(maxPoints) ? maxPoints : 2));
  const n = points.length;
  if (n <= max) return [...points];
  const first = points[0]!;
  const last = points[n - 1]!;

  if (!value) {
    const picked: T[] = [];
    for (let i = 0; i < max; i += 1) picked.push(points[Math.round((i * (n - 1)) / (max - 1))]!);
    return picked;
  }

  const interior = n - 2;
  const slots = max - 2;
  if (slots === 0) return [first, last];
  const keep: number[] = [];
  if (slots === 1) {
    const base = value(first);
    let best = 1;
    for (let i = 2; i < n - 1; i += 1) {
      if (Math.abs(value(points[i]!) - base) > Math.abs(value(points[best]!) - base)) best = i;
    }
    keep.push(best);
  } else {
    const buckets = Math.floor(slots / 2);
    for (let b = 0; b < buckets; b += 1) {
      const start = 1 + Math.floor((b * interior) / buckets);
      const end = 1 + Math.floor(((b + 1) * interior) / buckets); // exclusive
      let lo = start;
      let hi = start;
      for (let i = start + 1; i < end; i += 1) {
        const v = value(points[i]!);
        if (v < value(points[lo]!)) lo = i;
        if (v > value(points[hi]!)) hi = i;
      }
      if (lo === hi) keep.push(lo);
      else keep.push(Math.min(lo, hi), Math.max(lo, hi));
    }
  }
  return [first, ...keep.map((i) => points[i]!), last];
}
