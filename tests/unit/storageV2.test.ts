import { loadDefaultGuide } from '../../src/app/defaultGuide';
import { EMPTY_PROFILE } from '../../src/domain/profile';
import { createPlannerStore, type PlannerStore } from '../../src/state/plannerStore';
import { parseBackup, type Backup } from '../../src/storage/backup';
import { PlannerDatabase } from '../../src/storage/db';
import type { PlannerStorage } from '../../src/storage/plannerStorage';
import {
  closeAll,
  dumpDatabase,
  emptyBackup,
  freshDbName,
  openStorage,
  writeGuideData,
} from '../fixtures/backups/backupTestKit';
import { V1_CONTENTS, V1_GUIDE_ID, writeV1Database } from '../fixtures/db/writeV1Database';

const guide = loadDefaultGuide();
const GUIDE_ID = guide.id;

afterEach(() => closeAll());

function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Writes records straight into a table, skipping every check: what a damaged database may hold. */
async function writeRaw(name: string, table: 'checkIns' | 'metricEntries', records: unknown[]) {
  const db = new PlannerDatabase(name);
  try {
    await db.table(table).bulkAdd(records);
  } finally {
    db.close();
  }
}

describe('schema version 2', () => {
  it('adds a check-in table and a metric entry table, numbered by the database and indexed by guide and time', async () => {
    const name = freshDbName();
    (await openStorage(name)).close();
    const db = await openRaw(name);
    try {
      expect(db.version).toBe(20);
      expect([...db.objectStoreNames].sort()).toEqual([
        'checkIns',
        'history',
        'metricEntries',
        'profile',
        'ratings',
      ]);
      const tx = db.transaction(['checkIns', 'metricEntries'], 'readonly');
      const checkIns = tx.objectStore('checkIns');
      expect(checkIns.keyPath).toBe('id');
      expect(checkIns.autoIncrement).toBe(true);
      expect([...checkIns.indexNames]).toEqual(['[guideId+at]']);
      const metrics = tx.objectStore('metricEntries');
      expect(metrics.keyPath).toBe('id');
      expect(metrics.autoIncrement).toBe(true);
      expect([...metrics.indexNames].sort()).toEqual(['[guideId+at]', '[guideId+metricId+at]']);
      expect(metrics.index('[guideId+metricId+at]').keyPath).toEqual(['guideId', 'metricId', 'at']);
    } finally {
      db.close();
    }
  });

  it('takes check-ins and metric entries in a database upgraded from version 1, next to what it held', async () => {
    const name = freshDbName();
    await writeV1Database(name);
    const storage = await openStorage(name);
    await storage.addCheckIn(V1_GUIDE_ID, { at: 5, note: 'First', ratings: { 'active-listening': 3 } });
    await storage.addMetricEntry(V1_GUIDE_ID, { metricId: 'customer-satisfaction', at: 6, value: 88 });
    const snapshot = await storage.load(V1_GUIDE_ID);
    expect(snapshot.history).toHaveLength(V1_CONTENTS.history.length);
    expect(snapshot.ratings['active-listening']).toBe(3);
    expect(snapshot.checkIns).toEqual([{ id: 1, at: 5, note: 'First', ratings: { 'active-listening': 3 } }]);
    expect(snapshot.metricEntries).toEqual([{ id: 1, metricId: 'customer-satisfaction', at: 6, value: 88 }]);
  });
});

describe('check-ins in storage', () => {
  it('are numbered, read back by time for their guide only, and can be deleted', async () => {
    const storage = await openStorage(freshDbName());
    const late = await storage.addCheckIn(GUIDE_ID, {
      at: 300,
      note: 'Late',
      ratings: { 'active-listening': 2 },
    });
    const early = await storage.addCheckIn(GUIDE_ID, { at: 100, note: 'Early', ratings: {} });
    const tie = await storage.addCheckIn(GUIDE_ID, { at: 300, note: 'Same time, later', ratings: {} });
    await storage.addCheckIn('other-role', { at: 200, note: 'Other guide', ratings: {} });

    expect(late).toEqual({ id: 1, at: 300, note: 'Late', ratings: { 'active-listening': 2 } });
    expect(await storage.loadCheckIns(GUIDE_ID)).toEqual([early, late, tie]);

    await storage.deleteCheckIn(late.id);
    await storage.deleteCheckIn(999); // nothing there: nothing happens
    expect(await storage.loadCheckIns(GUIDE_ID)).toEqual([early, tie]);
    expect(await storage.loadCheckIns('other-role')).toHaveLength(1);
  });

  it('refuses a note over 500 characters or a rating off any scale, writing nothing', async () => {
    const name = freshDbName();
    const storage = await openStorage(name);
    await expect(
      storage.addCheckIn(GUIDE_ID, { at: 1, note: 'x'.repeat(501), ratings: {} }),
    ).rejects.toThrow();
    await expect(
      storage.addCheckIn(GUIDE_ID, { at: 1, note: '', ratings: { 'active-listening': -1 } }),
    ).rejects.toThrow();
    expect((await dumpDatabase(name)).checkIns).toEqual([]);
    await expect(
      storage.addCheckIn(GUIDE_ID, { at: 1, note: 'x'.repeat(500), ratings: {} }),
    ).resolves.toMatchObject({
      id: 1,
    });
  });
});

describe('metric entries in storage', () => {
  it('are numbered, read back by time for their guide only, and can be deleted', async () => {
    const storage = await openStorage(freshDbName());
    const b = await storage.addMetricEntry(GUIDE_ID, { metricId: 'average-handle-time', at: 20, value: 6.5 });
    const a = await storage.addMetricEntry(GUIDE_ID, {
      metricId: 'customer-satisfaction',
      at: 10,
      value: 91,
    });
    await storage.addMetricEntry('other-role', { metricId: 'customer-satisfaction', at: 15, value: 1 });
    expect(b).toEqual({ id: 1, metricId: 'average-handle-time', at: 20, value: 6.5 });
    expect(await storage.loadMetricEntries(GUIDE_ID)).toEqual([a, b]);
    await storage.deleteMetricEntry(a.id);
    expect(await storage.loadMetricEntries(GUIDE_ID)).toEqual([b]);
  });

  it('refuses a value that is not a finite number', async () => {
    const name = freshDbName();
    const storage = await openStorage(name);
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, 2e9]) {
      await expect(
        storage.addMetricEntry(GUIDE_ID, { metricId: 'customer-satisfaction', at: 1, value }),
      ).rejects.toThrow();
    }
    expect((await dumpDatabase(name)).metricEntries).toEqual([]);
  });
});

describe('the history in storage', () => {
  it('is read back by time, then in the order the changes were made', async () => {
    const storage = await openStorage(freshDbName());
    const change = (skillId: string, level: number, at: number) =>
      storage.saveRating(GUIDE_ID, { skillId, level, previousLevel: null, at });
    await change('active-listening', 3, 50);
    await change('customer-empathy', 1, 10);
    await change('time-management', 2, 50);
    await storage.saveRating('other-role', { skillId: 'x', level: 1, previousLevel: null, at: 20 });
    expect(await storage.loadHistory(GUIDE_ID)).toEqual([
      { skillId: 'customer-empathy', level: 1, previousLevel: null, at: 10 },
      { skillId: 'active-listening', level: 3, previousLevel: null, at: 50 },
      { skillId: 'time-management', level: 2, previousLevel: null, at: 50 },
    ]);
  });
});

describe('damaged version 2 records', () => {
  it('are repaired field by field, or dropped, instead of breaking the load', async () => {
    const name = freshDbName();
    (await openStorage(name)).close();
    await writeRaw(name, 'checkIns', [
      { guideId: GUIDE_ID, at: 1, note: 'Fine', ratings: { 'active-listening': 2 } },
      { guideId: GUIDE_ID, at: 2, note: 12345, ratings: {} }, // note reset
      { guideId: GUIDE_ID, at: 3, note: 'x', ratings: { 'active-listening': 'high' } }, // dropped
      { guideId: GUIDE_ID, at: 'yesterday', note: 'x', ratings: {} }, // dropped
      { guideId: GUIDE_ID, at: 4, note: 'x'.repeat(501), ratings: {} }, // note reset
    ]);
    await writeRaw(name, 'metricEntries', [
      { guideId: GUIDE_ID, metricId: 'customer-satisfaction', at: 1, value: 90 },
      { guideId: GUIDE_ID, metricId: 'customer-satisfaction', at: 2, value: 'ninety' }, // dropped
      { guideId: GUIDE_ID, metricId: 42, at: 3, value: 1 }, // dropped
      { guideId: GUIDE_ID, metricId: 'customer-satisfaction', at: -4, value: 1 }, // dropped
    ]);
    const storage = await openStorage(name);
    const snapshot = await storage.load(GUIDE_ID);
    expect(snapshot.checkIns).toEqual([
      { id: 1, at: 1, note: 'Fine', ratings: { 'active-listening': 2 } },
      { id: 2, at: 2, note: '', ratings: {} },
      { id: 5, at: 4, note: '', ratings: {} },
    ]);
    expect(snapshot.metricEntries).toEqual([{ id: 1, metricId: 'customer-satisfaction', at: 1, value: 90 }]);
    // What was kept can be exported and restored.
    const backup = await storage.exportBackup(GUIDE_ID);
    expect(parseBackup(JSON.stringify(backup), guide).ok).toBe(true);
  });
});

describe('several tabs', () => {
  it('hear about every new kind of write', async () => {
    const name = freshDbName();
    const first = await openStorage(name);
    const second = await openStorage(name);
    const heard = vi.fn();
    second.onExternalChange(heard);

    const checkIn = await first.addCheckIn(GUIDE_ID, { at: 1, note: '', ratings: {} });
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    await first.deleteCheckIn(checkIn.id);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(2));
    const entry = await first.addMetricEntry(GUIDE_ID, {
      metricId: 'customer-satisfaction',
      at: 1,
      value: 1,
    });
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(3));
    await first.deleteMetricEntry(entry.id);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(4));
    await first.applyImport(emptyBackup(GUIDE_ID), 'merge');
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(5));
  });
});

// ——— The store ———

function storeAt(time: { now: number }): PlannerStore {
  return createPlannerStore({ guide, now: () => time.now });
}

async function connected(name = freshDbName()) {
  const time = { now: 1_000 };
  const store = storeAt(time);
  const storage = await openStorage(name);
  await store.getState().connect(storage);
  return { store, storage, time, name };
}

const quotaExceeded = () =>
  Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

describe('the store', () => {
  it('starts with an empty history, no check-ins and no metric entries', () => {
    const state = storeAt({ now: 0 }).getState();
    expect([state.history, state.checkIns, state.metricEntries]).toEqual([[], [], []]);
  });

  it('reads the history, check-ins and metric entries when it connects', async () => {
    const name = freshDbName();
    await writeGuideData(name, {
      ...emptyBackup(GUIDE_ID),
      history: [{ skillId: 'active-listening', level: 2, previousLevel: null, at: 5 }],
      checkIns: [{ at: 6, note: 'Q1', ratings: { 'active-listening': 2 } }],
      metricEntries: [{ metricId: 'customer-satisfaction', at: 7, value: 93 }],
    });
    const { store } = await connected(name);
    const state = store.getState();
    expect(state.history).toEqual([{ skillId: 'active-listening', level: 2, previousLevel: null, at: 5 }]);
    expect(state.checkIns).toEqual([{ id: 1, at: 6, note: 'Q1', ratings: { 'active-listening': 2 } }]);
    expect(state.metricEntries).toEqual([{ id: 1, metricId: 'customer-satisfaction', at: 7, value: 93 }]);
  });

  it('adds each rating change to the history it holds, as storage records it', async () => {
    const { store, storage, time } = await connected();
    store.getState().setRating('active-listening', 2);
    time.now = 2_000;
    store.getState().setRating('active-listening', null);
    expect(store.getState().history).toEqual([
      { skillId: 'active-listening', level: 2, previousLevel: null, at: 1_000 },
      { skillId: 'active-listening', level: null, previousLevel: 2, at: 2_000 },
    ]);
    await vi.waitFor(async () =>
      expect(await storage.loadHistory(GUIDE_ID)).toEqual(store.getState().history),
    );
  });

  it('saves a check-in of the ratings as they are, and deletes it', async () => {
    const { store, storage, time } = await connected();
    store.getState().setRating('active-listening', 3);
    time.now = 5_000;
    await store.getState().addCheckIn('After my Q3 review');
    store.getState().setRating('active-listening', 4);

    const [checkIn] = store.getState().checkIns;
    expect(checkIn).toEqual({
      id: 1,
      at: 5_000,
      note: 'After my Q3 review',
      ratings: { 'active-listening': 3 },
    });
    expect(await storage.loadCheckIns(GUIDE_ID)).toEqual([checkIn]);

    store.getState().deleteCheckIn(checkIn!.id);
    expect(store.getState().checkIns).toEqual([]);
    await vi.waitFor(async () => expect(await storage.loadCheckIns(GUIDE_ID)).toEqual([]));
  });

  it('keeps check-in notes to 500 characters', async () => {
    const { store } = await connected();
    await store.getState().addCheckIn('x'.repeat(600));
    expect(store.getState().checkIns[0]?.note).toHaveLength(500);
    expect(store.getState().storage).toEqual({ state: 'saved' });
  });

  it('logs metric values in time order, and deletes them', async () => {
    const { store, storage } = await connected();
    await store.getState().addMetricEntry('customer-satisfaction', 91, 200);
    await store.getState().addMetricEntry('average-handle-time', 6.5, 100);
    expect(store.getState().metricEntries).toEqual([
      { id: 2, metricId: 'average-handle-time', at: 100, value: 6.5 },
      { id: 1, metricId: 'customer-satisfaction', at: 200, value: 91 },
    ]);
    expect(await storage.loadMetricEntries(GUIDE_ID)).toEqual(store.getState().metricEntries);
    store.getState().deleteMetricEntry(2);
    await vi.waitFor(async () =>
      expect(await storage.loadMetricEntries(GUIDE_ID)).toEqual([
        { id: 1, metricId: 'customer-satisfaction', at: 200, value: 91 },
      ]),
    );
  });

  it('refuses a metric the guide does not have, or a value that is no number', async () => {
    const { store, name } = await connected();
    const before = await dumpDatabase(name);
    await expect(store.getState().addMetricEntry('typing-speed', 80, 1)).rejects.toThrow(RangeError);
    await expect(store.getState().addMetricEntry('customer-satisfaction', Number.NaN, 1)).rejects.toThrow(
      RangeError,
    );
    expect(store.getState().metricEntries).toEqual([]);
    expect(store.getState().storage).toEqual({ state: 'saved' });
    expect(await dumpDatabase(name)).toEqual(before);
  });

  it('shows a check-in another tab saved', async () => {
    const name = freshDbName();
    const { store } = await connected(name);
    const otherTab = await openStorage(name);
    await otherTab.addCheckIn(GUIDE_ID, { at: 9, note: 'From the other tab', ratings: {} });
    await vi.waitFor(() =>
      expect(store.getState().checkIns.map((c) => c.note)).toEqual(['From the other tab']),
    );
  });

  it('keeps a check-in in memory, under a negative id, when saving it fails', async () => {
    const time = { now: 7 };
    const store = storeAt(time);
    const real = await openStorage(freshDbName());
    const failing: PlannerStorage = { ...real, addCheckIn: quotaExceeded, addMetricEntry: quotaExceeded };
    await store.getState().connect(failing);

    await store.getState().addCheckIn('Not saved');
    expect(store.getState().storage).toMatchObject({ state: 'memory-only', problem: { kind: 'full' } });
    expect(store.getState().checkIns).toEqual([{ id: -1, at: 7, note: 'Not saved', ratings: {} }]);
    await store.getState().addMetricEntry('customer-satisfaction', 90, 8);
    expect(store.getState().metricEntries).toEqual([
      { id: -2, metricId: 'customer-satisfaction', at: 8, value: 90 },
    ]);
    store.getState().deleteCheckIn(-1);
    expect(store.getState().checkIns).toEqual([]);
    expect(await real.loadCheckIns(GUIDE_ID)).toEqual([]);
  });
});

describe('importing a backup through the store', () => {
  const backup: Backup = {
    ...emptyBackup(GUIDE_ID),
    profile: { ...EMPTY_PROFILE, onboarded: true, yearsOfExperience: 2, updatedAt: 50 },
    ratings: [{ skillId: 'customer-empathy', level: 3, note: 'From the backup', updatedAt: 50 }],
    history: [{ skillId: 'customer-empathy', level: 3, previousLevel: null, at: 50 }],
    checkIns: [{ at: 60, note: 'Backed up', ratings: { 'customer-empathy': 3 } }],
    metricEntries: [{ metricId: 'customer-satisfaction', at: 70, value: 95 }],
  };

  it('stores it, then shows what is stored', async () => {
    const { store, storage } = await connected();
    store.getState().setRating('active-listening', 1);
    await vi.waitFor(async () =>
      expect((await storage.load(GUIDE_ID)).ratings).toEqual({ 'active-listening': 1 }),
    );

    await store.getState().importBackup(backup, 'merge');
    const stored = await storage.load(GUIDE_ID);
    const { profile, ratings, notes, history, checkIns, metricEntries } = store.getState();
    expect({ profile, ratings, notes, history, checkIns, metricEntries }).toEqual(stored);
    expect(ratings).toEqual({ 'active-listening': 1, 'customer-empathy': 3 });
    expect(checkIns).toHaveLength(1);
  });

  it('without storage, replaces or merges what is in memory', async () => {
    const store = storeAt({ now: 1_000 });
    store.getState().storageFailed({ kind: 'unavailable', detail: 'Private browsing.' });
    store.getState().setRating('active-listening', 2);

    await store.getState().importBackup(backup, 'merge');
    expect(store.getState().ratings).toEqual({ 'active-listening': 2, 'customer-empathy': 3 });
    expect(store.getState().history).toHaveLength(2);
    expect(store.getState().checkIns).toEqual([
      { id: -1, at: 60, note: 'Backed up', ratings: { 'customer-empathy': 3 } },
    ]);
    expect(store.getState().profile).toMatchObject({ onboarded: true, yearsOfExperience: 2 });

    await store.getState().importBackup(backup, 'replace');
    expect(store.getState().ratings).toEqual({ 'customer-empathy': 3 });
    expect(store.getState().notes).toEqual({ 'customer-empathy': 'From the backup' });
    expect(store.getState().history).toEqual(backup.history);
    expect(store.getState().metricEntries).toEqual([
      { id: -4, metricId: 'customer-satisfaction', at: 70, value: 95 },
    ]);
  });

  it('carries on in memory when storing the import fails, leaving storage as it was', async () => {
    const time = { now: 1 };
    const store = storeAt(time);
    const name = freshDbName();
    const real = await openStorage(name);
    await store.getState().connect({ ...real, applyImport: quotaExceeded });
    const before = await dumpDatabase(name);

    await store.getState().importBackup(backup, 'replace');
    expect(store.getState().storage).toMatchObject({ state: 'memory-only' });
    expect(store.getState().ratings).toEqual({ 'customer-empathy': 3 });
    expect(await dumpDatabase(name)).toEqual(before);
  });

  it('refuses a backup for another guide', async () => {
    const { store } = await connected();
    await expect(
      store.getState().importBackup({ ...backup, guideId: 'other-role' }, 'replace'),
    ).rejects.toThrow();
  });
});
