import type { Table } from 'dexie';
import type { CheckIn, HistoryEntry, MetricEntry } from '../domain/history';
import type { PlannerSnapshot, Profile, RatingChange } from '../domain/profile';
import type { Backup, ImportMode, ImportPreview } from './backup';
import { PlannerDatabase } from './db';
import { classifyStorageError, type StorageProblem } from './errors';
import {
  profileForGuide,
  readCheckIns,
  readHistory,
  readMetricEntries,
  readProfileRecord,
  readRatingRecords,
} from './guideData';
import {
  CheckInRecordSchema,
  HistoryRecordSchema,
  MetricEntryRecordSchema,
  ProfileRecordSchema,
} from './records';

const CHANNEL = 'career-path-planner:changes';

export interface PlannerStorage {
  /**
   * Everything stored for the guide. `{ history: false }` leaves the history log out (it comes
   * back empty): the first view does not need it, and a long log takes a while to read.
   */
  load(guideId: string, options?: { history?: boolean }): Promise<PlannerSnapshot>;
  saveRating(guideId: string, change: RatingChange): Promise<void>;
  saveNote(guideId: string, skillId: string, note: string, at: number): Promise<void>;
  saveProfile(guideId: string, profile: Profile, at: number): Promise<void>;
  /** Every rating change for the guide, by time (then by the order they were made). */
  loadHistory(guideId: string): Promise<HistoryEntry[]>;
  addCheckIn(guideId: string, checkIn: Omit<CheckIn, 'id'>): Promise<CheckIn>;
  deleteCheckIn(id: number): Promise<void>;
  /** The guide's check-ins, oldest first. */
  loadCheckIns(guideId: string): Promise<CheckIn[]>;
  addMetricEntry(guideId: string, entry: Omit<MetricEntry, 'id'>): Promise<MetricEntry>;
  deleteMetricEntry(id: number): Promise<void>;
  /** The guide's logged metric values, oldest first. */
  loadMetricEntries(guideId: string): Promise<MetricEntry[]>;
  /** Everything stored for the guide, as a backup file's contents. */
  exportBackup(guideId: string, now?: Date): Promise<Backup>;
  /** Imports a backup read by parseBackup, all or nothing; resolves with what it changed. */
  applyImport(backup: Backup, mode: ImportMode): Promise<ImportPreview>;
  /** Calls back when another tab changed the stored data. */
  onExternalChange(listener: () => void): () => void;
  /** Calls back when storage stops working while the app runs (another tab upgraded it…). */
  onProblem(listener: (problem: StorageProblem) => void): () => void;
  close(): void;
}

export class StorageUnavailableError extends Error {
  constructor(readonly problem: StorageProblem) {
    super(problem.detail);
    this.name = 'StorageUnavailableError';
  }
}

/**
 * Opens the database. Rejects with a StorageUnavailableError that says why when
 * IndexedDB is missing, refused, or held at an older version by another tab.
 */
export async function openPlannerStorage(name?: string): Promise<PlannerStorage> {
  if (typeof indexedDB === 'undefined') {
    throw new StorageUnavailableError({ kind: 'unavailable', detail: 'This browser offers no IndexedDB.' });
  }
  const db = new PlannerDatabase(name);
  const problemListeners = new Set<(problem: StorageProblem) => void>();
  let blocked = false;
  // A blocked open waits until the other tab lets go, which may be never: give up and say so.
  let rejectBlocked: (error: StorageUnavailableError) => void = () => {};
  const blockedWhileOpening = new Promise<never>((_, reject) => (rejectBlocked = reject));
  db.on('blocked', () => {
    blocked = true;
    const problem: StorageProblem = {
      kind: 'blocked',
      detail: 'Another tab holds an older version of the database open.',
    };
    rejectBlocked(new StorageUnavailableError(problem));
    for (const listener of problemListeners) listener(problem);
  });
  db.on('versionchange', () => {
    // Another tab wants to upgrade: let it, and stop writing from this older tab.
    db.close();
    for (const listener of problemListeners) {
      listener({ kind: 'upgraded-elsewhere', detail: 'The app was updated in another tab.' });
    }
    return false;
  });
  try {
    await Promise.race([db.open(), blockedWhileOpening]);
  } catch (error) {
    db.close();
    if (error instanceof StorageUnavailableError) throw error;
    throw new StorageUnavailableError(
      blocked ? { kind: 'blocked', detail: String(error) } : classifyStorageError(error),
    );
  }
  return createPlannerStorage(db, problemListeners);
}

function createPlannerStorage(
  db: PlannerDatabase,
  problemListeners: Set<(problem: StorageProblem) => void>,
): PlannerStorage {
  // One channel per database: tabs hear only about the data they show.
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`${CHANNEL}:${db.name}`);
  const announce = (guideId: string) => channel?.postMessage({ type: 'changed', guideId });
  const changeListeners = new Set<() => void>();
  if (channel) {
    channel.onmessage = () => {
      for (const listener of changeListeners) listener();
    };
  }

  /** Deletes one check-in or metric value, then tells other tabs about its guide. */
  const deleteEntry = async (table: Table<{ guideId: string }, number>, id: number) => {
    const guideId = await db.transaction('rw', table, async () => {
      const existing = await table.get(id);
      await table.delete(id);
      return existing?.guideId;
    });
    if (guideId !== undefined) announce(guideId);
  };

  return {
    async load(guideId, { history: withHistory = true } = {}) {
      return db.transaction(
        'r',
        [db.profile, db.ratings, db.history, db.checkIns, db.metricEntries],
        async () => {
          const [stored, records, history, checkIns, metricEntries] = await Promise.all([
            readProfileRecord(db),
            readRatingRecords(db, guideId),
            withHistory ? readHistory(db, guideId) : Promise.resolve([]),
            readCheckIns(db, guideId),
            readMetricEntries(db, guideId),
          ]);
          const ratings: Record<string, number> = {};
          const notes: Record<string, string> = {};
          for (const record of records) {
            if (record.level !== null) ratings[record.skillId] = record.level;
            if (record.note !== '') notes[record.skillId] = record.note;
          }
          return {
            profile: profileForGuide(stored, guideId),
            ratings,
            notes,
            history,
            checkIns,
            metricEntries,
          };
        },
      );
    },

    async saveRating(guideId, change) {
      const entry = HistoryRecordSchema.parse({ guideId, ...change });
      await db.transaction('rw', db.ratings, db.history, async () => {
        const existing = await db.ratings.get([guideId, change.skillId]);
        await db.ratings.put({
          guideId,
          skillId: change.skillId,
          level: change.level,
          note: existing?.note ?? '',
          updatedAt: change.at,
        });
        await db.history.add(entry);
      });
      announce(guideId);
    },

    async saveNote(guideId, skillId, note, at) {
      await db.transaction('rw', db.ratings, async () => {
        const existing = await db.ratings.get([guideId, skillId]);
        await db.ratings.put({ guideId, skillId, level: existing?.level ?? null, note, updatedAt: at });
      });
      announce(guideId);
    },

    async saveProfile(guideId, profile, at) {
      await db.profile.put(ProfileRecordSchema.parse({ id: 'me', guideId, ...profile, updatedAt: at }));
      announce(guideId);
    },

    loadHistory: (guideId) => db.transaction('r', db.history, () => readHistory(db, guideId)),
    loadCheckIns: (guideId) => db.transaction('r', db.checkIns, () => readCheckIns(db, guideId)),
    loadMetricEntries: (guideId) =>
      db.transaction('r', db.metricEntries, () => readMetricEntries(db, guideId)),

    async addCheckIn(guideId, { at, note, ratings }) {
      const record = CheckInRecordSchema.parse({ guideId, at, note, ratings: { ...ratings } });
      // The schema would reset a note that is too long; refuse it instead of losing it quietly.
      if (record.note !== note) throw new RangeError('A check-in note is at most 500 characters.');
      const id = await db.checkIns.add(record);
      announce(guideId);
      return { id, at: record.at, note: record.note, ratings: record.ratings };
    },

    deleteCheckIn: (id) => deleteEntry(db.checkIns, id),

    async addMetricEntry(guideId, { metricId, at, value }) {
      const record = MetricEntryRecordSchema.parse({ guideId, metricId, at, value });
      const id = await db.metricEntries.add(record);
      announce(guideId);
      return { id, metricId: record.metricId, at: record.at, value: record.value };
    },

    deleteMetricEntry: (id) => deleteEntry(db.metricEntries, id),

    // Backups are rare: their code and schemas load on first use, not with the first view.
    exportBackup: async (guideId, now) => (await import('./backup')).exportBackup(db, guideId, now),

    async applyImport(backup, mode) {
      const { applyImport } = await import('./backup');
      const done = await applyImport(db, backup, mode);
      announce(backup.guideId);
      return done;
    },

    onExternalChange(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },

    onProblem(listener) {
      problemListeners.add(listener);
      return () => problemListeners.delete(listener);
    },

    close() {
      channel?.close();
      db.close();
    },
  };
}
