import { EMPTY_PROFILE } from '../../src/domain/profile';
import { PlannerDatabase } from '../../src/storage/db';
import { classifyStorageError, type StorageProblem } from '../../src/storage/errors';
import { openPlannerStorage, type PlannerStorage } from '../../src/storage/plannerStorage';
import {
  readRawStore,
  V1_CONTENTS,
  V1_GUIDE_ID,
  V1_NATIVE_VERSION,
  writeV1Database,
} from '../fixtures/db/writeV1Database';

let counter = 0;
/** Schema version 2, as the browser numbers it (Dexie multiplies by 10). */
const V2_NATIVE_VERSION = 20;
const freshName = () => `storage-test-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

const opened: PlannerStorage[] = [];
async function open(name: string): Promise<PlannerStorage> {
  const storage = await openPlannerStorage(name);
  opened.push(storage);
  return storage;
}

afterEach(() => {
  for (const storage of opened.splice(0)) storage.close();
});

async function nativeVersion(name: string): Promise<number> {
  const databases = await indexedDB.databases();
  return databases.find((d) => d.name === name)?.version ?? -1;
}

async function historyOf(name: string) {
  const db = new PlannerDatabase(name);
  try {
    return await db.history.orderBy('id').toArray();
  } finally {
    db.close();
  }
}

describe('a database written by schema version 1', () => {
  it('opens with everything in it', async () => {
    const name = freshName();
    await writeV1Database(name);
    const warn = vi.spyOn(console, 'warn');

    const storage = await open(name);
    const snapshot = await storage.load(V1_GUIDE_ID);

    expect(snapshot).toEqual({
      // Written before goals existed: they come back empty.
      profile: {
        yearsOfExperience: 4.5,
        currentTierId: 'mid',
        targetTierId: 'senior',
        onboarded: true,
        goals: EMPTY_PROFILE.goals,
      },
      ratings: { 'active-listening': 3, 'customer-empathy': 4, 'crm-software-proficiency': 1 },
      notes: {
        'active-listening': 'Top QA score in March.',
        'crm-software-proficiency': 'Salesforce course booked.',
        'time-management': 'Ask for a calendar review.',
      },
      history: V1_CONTENTS.history.map(({ skillId, level, previousLevel, at }) => ({
        skillId,
        level,
        previousLevel,
        at,
      })),
      // Tables added by schema version 2: empty after the upgrade.
      checkIns: [],
      metricEntries: [],
    });
    // Dexie warns (and silently patches the database) when the stored schema differs from the declared one.
    expect(warn).not.toHaveBeenCalled();
  });

  it('is upgraded to version 2 without rewriting anything, and the new tables start empty', async () => {
    const name = freshName();
    await writeV1Database(name);
    const before = await Promise.all(['profile', 'ratings', 'history'].map((s) => readRawStore(name, s)));
    expect(await nativeVersion(name)).toBe(V1_NATIVE_VERSION);

    const storage = await open(name);
    await storage.load(V1_GUIDE_ID);
    storage.close();

    expect(await nativeVersion(name)).toBe(V2_NATIVE_VERSION);
    const after = await Promise.all(['profile', 'ratings', 'history'].map((s) => readRawStore(name, s)));
    expect(after).toEqual(before);
    expect(before[2]).toHaveLength(V1_CONTENTS.history.length);
    expect(await readRawStore(name, 'checkIns')).toEqual([]);
    expect(await readRawStore(name, 'metricEntries')).toEqual([]);
  });

  it('takes a new rating by appending to the history, leaving old entries and the note alone', async () => {
    const name = freshName();
    await writeV1Database(name);
    const oldHistory = await readRawStore(name, 'history');

    const storage = await open(name);
    await storage.saveRating(V1_GUIDE_ID, {
      skillId: 'active-listening',
      level: 4,
      previousLevel: 3,
      at: 1_800_000_000_000,
    });

    const history = await historyOf(name);
    expect(history.slice(0, oldHistory.length)).toEqual(oldHistory);
    expect(history.slice(oldHistory.length)).toEqual([
      {
        id: oldHistory.length + 1,
        guideId: V1_GUIDE_ID,
        skillId: 'active-listening',
        level: 4,
        previousLevel: 3,
        at: 1_800_000_000_000,
      },
    ]);
    const snapshot = await storage.load(V1_GUIDE_ID);
    expect(snapshot.ratings['active-listening']).toBe(4);
    expect(snapshot.notes['active-listening']).toBe('Top QA score in March.');
    expect(snapshot.ratings['customer-empathy']).toBe(4);
  });

  it('keeps each guide’s data apart', async () => {
    const name = freshName();
    await writeV1Database(name);
    const storage = await open(name);

    const other = await storage.load('other-role');
    expect(other.ratings).toEqual({ 'active-listening': 1 });
    expect(other.notes).toEqual({ 'active-listening': 'Other' });
    // The profile was saved for another guide: its tiers mean nothing here.
    expect(other.profile).toEqual({
      yearsOfExperience: 4.5,
      currentTierId: null,
      targetTierId: null,
      onboarded: true,
      goals: EMPTY_PROFILE.goals,
    });
  });
});

describe('damaged records', () => {
  const rating = (skillId: unknown, fields: Record<string, unknown>) => ({
    guideId: V1_GUIDE_ID,
    skillId,
    level: 2,
    note: '',
    updatedAt: 1,
    ...fields,
  });

  it('are repaired field by field, or dropped, instead of breaking the load', async () => {
    const name = freshName();
    await writeV1Database(name, {
      profile: [
        {
          id: 'me',
          guideId: V1_GUIDE_ID,
          yearsOfExperience: -5,
          currentTierId: 42,
          targetTierId: 'senior',
          onboarded: true,
          updatedAt: 'yesterday',
        },
      ],
      ratings: [
        rating('active-listening', { level: 'abc', note: 'Kept although the level is broken.' }),
        rating('customer-empathy', { level: 2.5 }),
        rating('time-management', { level: 99 }),
        rating('crm-software-proficiency', { note: 12345 }),
        rating(42, { level: 3 }),
        rating('x'.repeat(200), { level: 3 }),
        rating('written-communication', { level: 3, note: 'Fine.' }),
      ],
      history: [],
    });

    const storage = await open(name);
    const snapshot = await storage.load(V1_GUIDE_ID);

    expect(snapshot.profile).toEqual({
      yearsOfExperience: null,
      currentTierId: null,
      targetTierId: 'senior',
      onboarded: true,
      goals: EMPTY_PROFILE.goals,
    });
    expect(snapshot.ratings).toEqual({ 'crm-software-proficiency': 2, 'written-communication': 3 });
    expect(snapshot.notes).toEqual({
      'active-listening': 'Kept although the level is broken.',
      'written-communication': 'Fine.',
    });

    // A repaired skill can be rated again, and the repair sticks.
    await storage.saveRating(V1_GUIDE_ID, {
      skillId: 'active-listening',
      level: 1,
      previousLevel: null,
      at: 5,
    });
    const again = await storage.load(V1_GUIDE_ID);
    expect(again.ratings['active-listening']).toBe(1);
    expect(again.notes['active-listening']).toBe('Kept although the level is broken.');
  });

  it('a profile that cannot be trusted at all is replaced by an empty one', async () => {
    const name = freshName();
    await writeV1Database(name, {
      profile: [{ id: 'me', yearsOfExperience: 3, onboarded: true }],
      ratings: [],
      history: [],
    });
    const storage = await open(name);
    expect((await storage.load(V1_GUIDE_ID)).profile).toEqual(EMPTY_PROFILE);
  });

  it('a rating change that is itself invalid is refused before anything is written', async () => {
    const name = freshName();
    await writeV1Database(name);
    const storage = await open(name);
    await expect(
      storage.saveRating(V1_GUIDE_ID, { skillId: 'active-listening', level: -1, previousLevel: 3, at: 9 }),
    ).rejects.toThrow();
    expect((await storage.load(V1_GUIDE_ID)).ratings['active-listening']).toBe(3);
    expect(await historyOf(name)).toHaveLength(V1_CONTENTS.history.length);
  });
});

describe('several tabs', () => {
  it('a save in one tells the others, not itself', async () => {
    const name = freshName();
    const first = await open(name);
    const second = await open(name);
    const firstHeard = vi.fn();
    const secondHeard = vi.fn();
    first.onExternalChange(firstHeard);
    second.onExternalChange(secondHeard);

    await first.saveRating(V1_GUIDE_ID, {
      skillId: 'active-listening',
      level: 2,
      previousLevel: null,
      at: 1,
    });

    await vi.waitFor(() => expect(secondHeard).toHaveBeenCalledTimes(1));
    expect(firstHeard).not.toHaveBeenCalled();
    expect((await second.load(V1_GUIDE_ID)).ratings).toEqual({ 'active-listening': 2 });
  });

  it('notes and profile changes are announced too, and a listener can stop listening', async () => {
    const name = freshName();
    const first = await open(name);
    const second = await open(name);
    const heard = vi.fn();
    const stop = second.onExternalChange(heard);

    await first.saveNote(V1_GUIDE_ID, 'active-listening', 'A note', 1);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    await first.saveProfile(V1_GUIDE_ID, { ...EMPTY_PROFILE, onboarded: true }, 2);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(2));

    stop();
    const later = vi.fn();
    second.onExternalChange(later);
    await first.saveNote(V1_GUIDE_ID, 'active-listening', 'Another note', 3);
    await vi.waitFor(() => expect(later).toHaveBeenCalledTimes(1));
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('an upgrade in another tab is reported, and later writes fail as "upgraded elsewhere"', async () => {
    const name = freshName();
    const storage = await open(name);
    const problems: StorageProblem[] = [];
    storage.onProblem((problem) => problems.push(problem));

    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, V2_NATIVE_VERSION + 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    newer.close();

    expect(problems.map((p) => p.kind)).toEqual(['upgraded-elsewhere']);
    const failure = await storage
      .saveRating(V1_GUIDE_ID, { skillId: 'active-listening', level: 1, previousLevel: null, at: 1 })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(failure).not.toBeNull();
    expect(classifyStorageError(failure).kind).toBe('upgraded-elsewhere');
  });
});
