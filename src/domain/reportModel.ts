import type { GapStatus } from './gaps';
import type { SalaryKind } from './salary';

/**
 * The progress report as data: built once by `buildReport` (src/domain/report.ts) and
 * rendered as PDF, Markdown, CSV and a printable page, so every format says the same thing.
 * Money is kept as numbers with the currency; renderers format it.
 */
export interface ReportModel {
  title: string;
  /** YYYY-MM-DD, the day the report was made. */
  date: string;
  role: string;
  guideId: string;
  currency: string;
  profile: {
    yearsOfExperience: number | null;
    currentTier: string;
    currentTierInferred: boolean;
    targetTier: string;
    targetDate: string | null;
  };
  readiness: {
    score: number;
    ready: boolean;
    skillPoints: number;
    experiencePoints: number;
    yearsRequired: number;
    rule: string[];
  };
  tiers: Array<{
    id: string;
    title: string;
    experience: string;
    salary: { amount: number; kind: SalaryKind; label: string } | null;
    readiness: number;
  }>;
  /** Every skill, grouped by category in guide order. */
  ratings: Array<{
    category: string;
    skillId: string;
    skill: string;
    rating: number | null;
    ratingLabel: string;
    required: number;
    requiredLabel: string;
    gap: number;
    status: GapStatus;
    note: string;
  }>;
  focus: Array<{ skill: string; gap: number; readinessGain: number; advice: string[]; mistakes: string[] }>;
  salaryStep: {
    fromTier: string;
    toTier: string;
    from: number;
    to: number;
    toIsLowerBound: boolean;
    change: number;
    changePercent: number | null;
  } | null;
  /** Readiness for the target tier over time, one point per day with changes (from the history log). */
  progress: Array<{ date: string; readiness: number }>;
  checkIns: Array<{ date: string; note: string; readiness: number }>;
  metrics: Array<{
    id: string;
    name: string;
    unit: string;
    higherIsBetter: boolean;
    entries: Array<{ date: string; value: number }>;
  }>;
}
