import type { PlannerSnapshot, Profile, RatingChange } from '../domain/profile';
import { EMPTY_PROFILE } from '../domain/profile';
import { PlannerDatabase } from './db';
import { classifyStorageError, type StorageProblem } from './errors';
import { HistoryRecordSchema, ProfileRecordSchema, RatingRecordSchema, restoreRecords } from './records';

const CHANNEL = 'career-path-planner:changes';

export interface PlannerStorage {
  load(guideId: string): Promise<PlannerSnapshot>;
  saveRating(guideId: string, change: RatingChange): Promise<void>;
  saveNote(guideId: string, skillId: string, note: string, at: number): Promise<void>;
  saveProfile(guideId: string, profile: Profile, at: number): Promise<void>;
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
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  const announce = (guideId: string) => channel?.postMessage({ type: 'changed', guideId });
  const changeListeners = new Set<() => void>();
  if (channel) {
    channel.onmessage = () => {
      for (const listener of changeListeners) listener();
    };
  }

  return {
    async load(guideId) {
      const [profileRaw, ratingsRaw] = await db.transaction('r', db.profile, db.ratings, () =>
        Promise.all([db.profile.get('me'), db.ratings.where('guideId').equals(guideId).toArray()]),
      );
      const stored = restoreRecords(ProfileRecordSchema, profileRaw ? [profileRaw] : [])[0];
      const sameGuide = stored?.guideId === guideId;
      const profile: Profile = stored
        ? {
            yearsOfExperience: stored.yearsOfExperience,
            onboarded: stored.onboarded,
            goals: sameGuide ? stored.goals : { ...EMPTY_PROFILE.goals },
            currentTierId: sameGuide ? stored.currentTierId : null,
            targetTierId: sameGuide ? stored.targetTierId : null,
          }
        : { ...EMPTY_PROFILE };
      const ratings: Record<string, number> = {};
      const notes: Record<string, string> = {};
      for (const record of restoreRecords(RatingRecordSchema, ratingsRaw)) {
        if (record.level !== null) ratings[record.skillId] = record.level;
        if (record.note !== '') notes[record.skillId] = record.note;
      }
      return { profile, ratings, notes };
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
