import { EMPTY_GOALS, type Goals } from './goals';

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
}

export interface RatingChange {
  skillId: string;
  level: number | null;
  previousLevel: number | null;
  at: number;
}
