import { normalizeYears } from './experience';
import type { Guide } from './guide/schema';
import { ratingOf } from './ratings';
import { requiredLevel } from './requirements';
import { bottomLevel } from './scale';
import { getTier } from './tierLookup';
import type { Ratings } from './types';

/** What a person aims for; kept with the profile. */
export interface Goals {
  /** The day they want to hold the target tier, as YYYY-MM-DD; null when not set. */
  targetDate: string | null;
  /** Levels they aim for per skill; a goal can raise the bar above the tier's, never lower it. */
  skillTargets: Readonly<Record<string, number>>;
  /** Their yearly salary now, to compare with the guide's figures. */
  currentSalary: number | null;
  /** Expected yearly raise in percent, compounded; null means none. */
  yearlyRaisePercent: number | null;
}

export const EMPTY_GOALS: Goals = {
  targetDate: null,
  skillTargets: {},
  currentSalary: null,
  yearlyRaisePercent: null,
};

const DAY_MS = 86_400_000;
/** An average month: dates are far enough out that calendar months need no more precision. */
const DAYS_PER_MONTH = 365.25 / 12;

/** Parses YYYY-MM-DD as a UTC day; null when it is not a real date. */
export function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export type GoalVerdict = 'no-date' | 'past' | 'too-soon-for-experience' | 'achievable';

export interface GoalPace {
  verdict: GoalVerdict;
  /** Months from today to the target date; 0 when none or past. */
  monthsLeft: number;
  /** Levels still to gain across all skills, against the tier's requirements raised by any goals. */
  levelsNeeded: number;
  /** levelsNeeded spread over monthsLeft; null without a future date. */
  levelsPerMonth: number | null;
  /** Years of experience the person will have on the target date. */
  yearsAtTargetDate: number | null;
  yearsRequired: number;
  /** The first day the tier's experience minimum is reached (today if already reached). */
  experienceReachedOn: string;
}

/**
 * What a target date asks of a person: the pace of learning it needs, and whether the
 * tier's minimum years can be reached by then at all. Years of experience are counted from
 * today, as entered in the profile.
 */
export function computeGoalPace(
  guide: Guide,
  ratings: Ratings,
  yearsOfExperience: number,
  tierId: string,
  goals: Pick<Goals, 'targetDate' | 'skillTargets'>,
  today: Date,
): GoalPace {
  const tier = getTier(guide, tierId);
  const years = normalizeYears(yearsOfExperience);
  const bottom = bottomLevel(guide);
  const levelsNeeded = guide.skills.reduce((sum, skill) => {
    const aim = Math.max(requiredLevel(guide, skill, tierId), goals.skillTargets[skill.id] ?? bottom);
    return sum + Math.max(0, aim - (ratingOf(guide, ratings, skill.id) ?? bottom));
  }, 0);
  const yearsRequired = tier.experience.minYears;
  const yearsShort = Math.max(0, yearsRequired - years);
  const experienceReachedOn = toIsoDate(new Date(today.getTime() + yearsShort * 365.25 * DAY_MS));

  const target = goals.targetDate === null ? null : parseIsoDate(goals.targetDate);
  if (!target) {
    return {
      verdict: 'no-date',
      monthsLeft: 0,
      levelsNeeded,
      levelsPerMonth: null,
      yearsAtTargetDate: null,
      yearsRequired,
      experienceReachedOn,
    };
  }
  const days = (target.getTime() - today.getTime()) / DAY_MS;
  const monthsLeft = Math.max(0, days / DAYS_PER_MONTH);
  const yearsAtTargetDate = years + Math.max(0, days) / 365.25;
  const verdict: GoalVerdict =
    days <= 0 ? 'past' : yearsAtTargetDate + 1e-9 < yearsRequired ? 'too-soon-for-experience' : 'achievable';
  return {
    verdict,
    monthsLeft,
    levelsNeeded,
    levelsPerMonth: monthsLeft > 0 ? levelsNeeded / monthsLeft : null,
    yearsAtTargetDate,
    yearsRequired,
    experienceReachedOn,
  };
}
