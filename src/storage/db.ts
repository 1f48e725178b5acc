import { Dexie, type Table } from 'dexie';
import type { HistoryRecord, ProfileRecord, RatingRecord } from './records';

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

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      profile: 'id',
      ratings: '[guideId+skillId], guideId',
      history: '++id, [guideId+at], skillId',
    });
  }
}
