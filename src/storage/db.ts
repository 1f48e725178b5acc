import { Dexie, type Table } from 'dexie';
import type { CheckInRecord, HistoryRecord, MetricEntryRecord, ProfileRecord, RatingRecord } from './records';

export const DB_NAME = 'career-path-planner';

/**
 * The database and every schema version it has had. Keep old versions declared:
 * a browser may still hold a database written by any of them. docs/storage.md
 * describes each version in plain words.
 */
export class PlannerDatabase extends Dexie {
  profile!: Table<ProfileRecord, string>;
  ratings!: Table<RatingRecord, [string, string]>;
  history!: Table<HistoryRecord, number>;
  checkIns!: Table<CheckInRecord, number>;
  metricEntries!: Table<MetricEntryRecord, number>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      profile: 'id',
      ratings: '[guideId+skillId], guideId',
      history: '++id, [guideId+at], skillId',
    });
    // Two new tables; the version 1 tables are kept as they are.
    this.version(2).stores({
      checkIns: '++id, [guideId+at]',
      metricEntries: '++id, [guideId+metricId+at], [guideId+at]',
    });
  }
}
