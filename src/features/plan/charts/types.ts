import type { SalaryProjectionPoint } from '../../../domain';

/** One bar pair: the person's levels against what the target tier requires. */
export interface LevelComparison {
  id: string;
  label: string;
  /** Levels reached, each capped at its requirement when summed over a category. */
  yours: number;
  required: number;
}

export interface ComparisonChartProps {
  title: string;
  /** e.g. "Mid-Level" */
  tierName: string;
  data: readonly LevelComparison[];
  /** Axis label for the values, e.g. "Levels (0–4)" or "Levels reached". */
  valueLabel: string;
  /** Highest value on the axis, e.g. the scale's top level. */
  maxValue: number;
}

export interface SalaryChartProps {
  points: readonly SalaryProjectionPoint[];
  /** Tier id → short title for labels and tooltips, e.g. "Mid-Level". */
  tierNames: Readonly<Record<string, string>>;
  /** Tier id → the guide's label for the figure, e.g. "Entry-Level", "Top 10% of earners". */
  figureLabels: Readonly<Record<string, string>>;
  range: { min: number; max: number };
  currency: string;
  /** Years of experience at the person's target date, when one is set. */
  targetYear: number | null;
  /** True when the person entered their own salary (points carry ownSalary). */
  showOwnSalary: boolean;
}
