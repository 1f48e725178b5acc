/** One rating change, as kept in the history log since the first rating. */
export interface HistoryEntry {
  skillId: string;
  /** The new level; null when the rating was cleared. */
  level: number | null;
  previousLevel: number | null;
  /** Milliseconds since the epoch. */
  at: number;
}

/** A dated snapshot of all ratings, saved on purpose, with a short note ("after my Q3 review"). */
export interface CheckIn {
  id: number;
  at: number;
  note: string;
  ratings: Readonly<Record<string, number>>;
}

/** One logged value of a portfolio metric from the guide (CSAT 92 %, average handle time 6.5 min…). */
export interface MetricEntry {
  id: number;
  metricId: string;
  at: number;
  value: number;
}
