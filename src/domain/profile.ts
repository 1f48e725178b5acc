import { EMPTY_GOALS, type Goals } from './goals';
import type { CheckIn, HistoryEntry, MetricEntry } from './history';

/** What a person tells the app about themselves, for the guide in use. */
export interface Profile {
  yearsOfExperience: number | null;
  /** Declared by the person; null means "work it out from my ratings and experience". */
  currentTierId: string | null;
  /** Chosen by the person; null means "the tier after my current one". */
  targetTierId: string | null;
  /** The first-run step has been completed or skipped. */
  onboarded: boolean;
  goals: Goals;
}

export const EMPTY_PROFILE: Profile = {
  yearsOfExperience: null,
  currentTierId: null,
  targetTierId: null,
  onboarded: false,
  goals: EMPTY_GOALS,
};

/** Everything stored for one guide, as the app holds it in memory. */
export interface PlannerSnapshot {
  profile: Profile;
  ratings: Readonly<Record<string, number>>;
  notes: Readonly<Record<string, string>>;
  /** Every rating change, oldest first. */
  history: readonly HistoryEntry[];
  /** Saved check-ins, oldest first. */
  checkIns: readonly CheckIn[];
  /** Logged portfolio metric values, oldest first. */
  metricEntries: readonly MetricEntry[];
}

export interface RatingChange {
  skillId: string;
  level: number | null;
  previousLevel: number | null;
  at: number;
}
