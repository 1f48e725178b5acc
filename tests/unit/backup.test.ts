import fc from 'fast-check';
import { loadDefaultGuide } from '../../src/app/defaultGuide';
import { EMPTY_PROFILE, type PlannerSnapshot } from '../../src/domain/profile';
import {
  applyPlan,
  BACKUP_FORMAT,
  backupFileName,
  parseBackup,
  planImport,
  previewImport,
  type Backup,
  type BackupProfile,
  type ImportMode,
  type ImportPreview,
} from '../../src/storage/backup';
import v1BackupText from '../fixtures/backups/v1-backup.json?raw';
import {
  arbitraryGuideData,
  closeAll,
  dumpContents,
  dumpDatabase,
  emptyBackup,
  freshDbName,
  inReadingOrder,
  openStorage,
  writeGuideData,
} from '../fixtures/backups/backupTestKit';

const guide = loadDefaultGuide();
const GUIDE_ID = guide.id;
const EXPORTED = new Date('2025-06-01T12:00:00.000Z');
const data = arbitraryGuideData(guide);
const mode = fc.constantFrom<ImportMode>('replace', 'merge');

afterEach(() => closeAll());

function parsed(text: string): Backup {
  const result = parseBackup(text, guide);
  if (!result.ok) throw new Error(`Expected a valid backup, got: ${result.message}`);
  return result.backup;
}

/** A backup as `exportBackup` would give it, from data written in any order. */
function asExported(backup: Backup): Backup {
  return {
    ...backup,
    exportedAt: EXPORTED.toISOString(),
    ratings: [...backup.ratings].sort((a, b) => (a.skillId < b.skillId ? -1 : 1)),
    history: inReadingOrder(backup.history),
    checkIns: inReadingOrder(backup.checkIns),
    metricEntries: inReadingOrder(backup.metricEntries),
  };
}

/** Opens storage on a new database holding `contents` (written straight with Dexie). */
async function databaseWith(...contents: Backup[]) {
  const name = freshDbName();
  for (const backup of contents) await writeGuideData(name, backup);
  return { name, storage: await openStorage(name) };
}

const profile = (patch: Partial<BackupProfile> = {}): BackupProfile => ({
  ...EMPTY_PROFILE,
  onboarded: true,
  yearsOfExperience: 3,
  updatedAt: 100,
  ...patch,
});
const backupOf = (patch: Partial<Backup>): Backup => ({ ...emptyBackup(GUIDE_ID), ...patch });
const rating = (skillId: string, level: number | null, updatedAt: number, note = '') => ({
  skillId,
  level,
  note,
  updatedAt,
});

describe('a backup', () => {
  it('is named after the day it was made', () => {
    expect(backupFileName(new Date(2025, 0, 5, 23, 59))).toBe('career-path-planner-backup-2025-01-05.json');
    expect(backupFileName(new Date(2024, 11, 31, 0, 0))).toBe('career-path-planner-backup-2024-12-31.json');
  });

  it('holds everything stored for the guide, and nothing of another guide', async () => {
    const { storage } = await databaseWith(
      { ...backupOf({ ratings: [rating('active-listening', 1, 5, 'other')] }), guideId: 'other-role' },
      backupOf({
        profile: profile({ currentTierId: 'mid' }),
        ratings: [
          rating('customer-empathy', 2, 10, 'Kind words'),
          rating('active-listening', null, 9, 'Cleared'),
        ],
        history: [
          { skillId: 'customer-empathy', level: 2, previousLevel: null, at: 10 },
          { skillId: 'active-listening', level: 1, previousLevel: null, at: 3 },
        ],
        checkIns: [{ at: 11, note: 'After Q3', ratings: { 'customer-empathy': 2 } }],
        metricEntries: [{ metricId: 'customer-satisfaction', at: 12, value: 92.5 }],
      }),
    );
    const backup = await storage.exportBackup(GUIDE_ID, EXPORTED);
    expect(backup).toEqual({
      format: BACKUP_FORMAT,
      version: 2,
      exportedAt: '2025-06-01T12:00:00.000Z',
      guideId: GUIDE_ID,
      profile: profile({ currentTierId: 'mid' }),
      ratings: [
        rating('active-listening', null, 9, 'Cleared'),
        rating('customer-empathy', 2, 10, 'Kind words'),
      ],
      history: [
        { skillId: 'active-listening', level: 1, previousLevel: null, at: 3 },
        { skillId: 'customer-empathy', level: 2, previousLevel: null, at: 10 },
      ],
      checkIns: [{ at: 11, note: 'After Q3', ratings: { 'customer-empathy': 2 } }],
      metricEntries: [{ metricId: 'customer-satisfaction', at: 12, value: 92.5 }],
    });
    // The file is plain JSON that reads back as the same backup.
    expect(parsed(JSON.stringify(backup, null, 2))).toEqual(backup);
  });

  it('survives export, the file, and a replace into an empty database, field for field', async () => {
    await fc.assert(
      fc.asyncProperty(data, async (stored) => {
        const source = await databaseWith(stored);
        const backup = await source.storage.exportBackup(GUIDE_ID, EXPORTED);
        expect(backup).toEqual(asExported(stored));

        const restored = parsed(JSON.stringify(backup));
        const target = await databaseWith();
        await target.storage.applyImport(restored, 'replace');

        expect(await dumpContents(target.name)).toEqual(await dumpContents(source.name));
        // The app sees the same, but for the ids the new database numbered itself.
        const withoutIds = ({ checkIns, metricEntries, ...rest }: PlannerSnapshot) => ({
          ...rest,
          checkIns: checkIns.map(({ id: _id, ...c }) => c),
          metricEntries: metricEntries.map(({ id: _id, ...m }) => m),
        });
        expect(withoutIds(await target.storage.load(GUIDE_ID))).toEqual(
          withoutIds(await source.storage.load(GUIDE_ID)),
        );
        expect(await target.storage.exportBackup(GUIDE_ID, EXPORTED)).toEqual(backup);
        closeAll();
      }),
      { numRuns: 40 },
    );
  });

  it('replaces the guide’s data in a database that holds some, leaving other guides alone', async () => {
    const otherGuide = (backup: Backup): Backup => ({ ...backup, guideId: 'other-role', profile: null });
    await fc.assert(
      fc.asyncProperty(data, data, data, async (incoming, existing, other) => {
        const target = await databaseWith(otherGuide(other), existing);
        await target.storage.applyImport(parsed(JSON.stringify(incoming)), 'replace');

        // What a database holding the other guide's data and then the backup's would hold.
        const expected = await databaseWith(otherGuide(other), asExported(incoming));
        const [after, wanted] = await Promise.all([dumpContents(target.name), dumpContents(expected.name)]);
        expect(after).toEqual(wanted);
        closeAll();
      }),
      { numRuns: 25 },
    );
  });

  it('reads a version 1 backup, which had no check-ins or metric entries', async () => {
    const backup = parsed(v1BackupText);
    expect(backup.version).toBe(2);
    expect(backup.checkIns).toEqual([]);
    expect(backup.metricEntries).toEqual([]);
    expect(backup.history).toHaveLength(5);

    const { storage } = await databaseWith();
    await storage.applyImport(backup, 'replace');
    const snapshot = await storage.load(GUIDE_ID);
    expect(snapshot.profile).toEqual({
      yearsOfExperience: 2.5,
      currentTierId: 'junior',
      targetTierId: 'mid',
      onboarded: true,
      goals: {
        targetDate: '2026-01-31',
        skillTargets: { 'active-listening': 3 },
        currentSalary: 38000,
        yearlyRaisePercent: 3,
      },
    });
    expect(snapshot.ratings).toEqual({ 'active-listening': 2, 'customer-empathy': 3 });
    expect(snapshot.notes).toEqual({
      'active-listening': 'QA scores up since January.',
      'time-management': 'Ask for a calendar review.',
    });
    // Read back by time, whatever order the file listed them in.
    expect(snapshot.history.map((h) => h.at)).toEqual([
      1741500000000, 1741600000000, 1741700000000, 1741800000000, 1741900000000,
    ]);
    expect(snapshot.checkIns).toEqual([]);
    expect(snapshot.metricEntries).toEqual([]);
  });
});

describe('merging a backup', () => {
  const current = backupOf({
    profile: profile({ yearsOfExperience: 6, currentTierId: 'senior' }),
    ratings: [
      rating('active-listening', 2, 100, 'mine'),
      rating('customer-empathy', 3, 500, 'newer here'),
      rating('time-management', 1, 300),
    ],
    history: [
      { skillId: 'active-listening', level: 2, previousLevel: null, at: 100 },
      { skillId: 'customer-empathy', level: 3, previousLevel: null, at: 500 },
    ],
    checkIns: [{ at: 200, note: 'Q1', ratings: { 'active-listening': 2 } }],
    metricEntries: [{ metricId: 'customer-satisfaction', at: 150, value: 90 }],
  });
  const incoming = backupOf({
    profile: profile({ yearsOfExperience: 1, currentTierId: 'junior' }),
    ratings: [
      rating('active-listening', 3, 200, 'theirs'), // newer: wins
      rating('customer-empathy', 1, 400, 'older there'), // older: loses
      rating('time-management', 4, 300), // same time: the current one stays
      rating('written-communication', 2, 50), // new
    ],
    history: [
      { skillId: 'active-listening', level: 2, previousLevel: 1, at: 100 }, // same at+skill+level: a duplicate
      { skillId: 'active-listening', level: 3, previousLevel: 2, at: 200 },
      { skillId: 'written-communication', level: 2, previousLevel: null, at: 50 },
    ],
    checkIns: [
      { at: 200, note: 'Q1', ratings: { 'active-listening': 1 } }, // same at+note: a duplicate
      { at: 250, note: 'Q1', ratings: {} },
    ],
    metricEntries: [
      { metricId: 'customer-satisfaction', at: 150, value: 90 }, // duplicate
      { metricId: 'customer-satisfaction', at: 150, value: 91 },
      { metricId: 'average-handle-time', at: 150, value: 90 },
    ],
  });

  it('keeps the newer rating, unites the logs without duplicates, and keeps a profile already there', async () => {
    const { storage } = await databaseWith(current);
    const done = await storage.applyImport(incoming, 'merge');
    const after = await storage.exportBackup(GUIDE_ID, EXPORTED);

    expect(after.profile).toEqual(current.profile);
    expect(after.ratings).toEqual([
      rating('active-listening', 3, 200, 'theirs'),
      rating('customer-empathy', 3, 500, 'newer here'),
      rating('time-management', 1, 300),
      rating('written-communication', 2, 50),
    ]);
    expect(after.history).toEqual([
      { skillId: 'written-communication', level: 2, previousLevel: null, at: 50 },
      { skillId: 'active-listening', level: 2, previousLevel: null, at: 100 },
      { skillId: 'active-listening', level: 3, previousLevel: 2, at: 200 },
      { skillId: 'customer-empathy', level: 3, previousLevel: null, at: 500 },
    ]);
    expect(after.checkIns).toEqual([
      { at: 200, note: 'Q1', ratings: { 'active-listening': 2 } },
      { at: 250, note: 'Q1', ratings: {} },
    ]);
    expect(after.metricEntries).toEqual([
      { metricId: 'customer-satisfaction', at: 150, value: 90 },
      { metricId: 'customer-satisfaction', at: 150, value: 91 },
      { metricId: 'average-handle-time', at: 150, value: 90 },
    ]);
    expect(done).toEqual<ImportPreview>({
      mode: 'merge',
      profileChanged: false,
      ratings: { added: 1, changed: 1, removed: 0 },
      history: { added: 2, changed: 0, removed: 0 },
      checkIns: { added: 1, changed: 0, removed: 0 },
      metricEntries: { added: 2, changed: 0, removed: 0 },
    });
  });

  it('takes the backup’s profile when none has been entered', async () => {
    for (const currentProfile of [null, { ...EMPTY_PROFILE, updatedAt: 5 }]) {
      const { storage } = await databaseWith({ ...current, profile: currentProfile });
      const done = await storage.applyImport(incoming, 'merge');
      expect(done.profileChanged).toBe(true);
      expect((await storage.exportBackup(GUIDE_ID)).profile).toEqual(incoming.profile);
    }
  });

  it('keeps the current profile when the backup has none', async () => {
    const { storage } = await databaseWith(current);
    const done = await storage.applyImport({ ...incoming, profile: null }, 'merge');
    expect(done.profileChanged).toBe(false);
    expect((await storage.exportBackup(GUIDE_ID)).profile).toEqual(current.profile);
  });

  it('of the same data changes nothing at all, and says so', async () => {
    await fc.assert(
      fc.asyncProperty(data, async (stored) => {
        const { name, storage } = await databaseWith(stored);
        const before = await dumpDatabase(name);
        const done = await storage.applyImport(await storage.exportBackup(GUIDE_ID), 'merge');
        expect(await dumpDatabase(name)).toEqual(before);
        expect(done).toEqual<ImportPreview>({
          mode: 'merge',
          profileChanged: false,
          ratings: { added: 0, changed: 0, removed: 0 },
          history: { added: 0, changed: 0, removed: 0 },
          checkIns: { added: 0, changed: 0, removed: 0 },
          metricEntries: { added: 0, changed: 0, removed: 0 },
        });
        closeAll();
      }),
      { numRuns: 20 },
    );
  });

  it('twice is the same as once', async () => {
    await fc.assert(
      fc.asyncProperty(data, data, async (stored, backup) => {
        const { name, storage } = await databaseWith(stored);
        await storage.applyImport(backup, 'merge');
        const once = await dumpDatabase(name);
        await storage.applyImport(backup, 'merge');
        expect(await dumpDatabase(name)).toEqual(once);
        closeAll();
      }),
      { numRuns: 20 },
    );
  });
});

describe('an import, in either mode', () => {
  it('stores exactly what the plan says, and previews exactly what it does', async () => {
    await fc.assert(
      fc.asyncProperty(data, data, mode, async (stored, backup, how) => {
        const { storage } = await databaseWith(stored);
        const current = await storage.exportBackup(GUIDE_ID, EXPORTED);
        const preview = previewImport(current, backup, how);
        const expected = applyPlan(current, planImport(current, backup, how));

        const done = await storage.applyImport(backup, how);
        expect(done).toEqual(preview);
        expect(await storage.exportBackup(GUIDE_ID, EXPORTED)).toEqual(expected);

        const after = await storage.exportBackup(GUIDE_ID, EXPORTED);
        for (const kind of ['history', 'checkIns', 'metricEntries'] as const) {
          const counts = preview[kind];
          expect(after[kind].length).toBe(current[kind].length + counts.added - counts.removed);
        }
        const ratings = preview.ratings;
        expect(after.ratings.length).toBe(current.ratings.length + ratings.added - ratings.removed);
        closeAll();
      }),
      { numRuns: 30 },
    );
  });

  it('is all or nothing: a record that fails while writing leaves the database as it was', async () => {
    const stored = backupOf({
      profile: profile(),
      ratings: [rating('active-listening', 2, 1)],
      history: [{ skillId: 'active-listening', level: 2, previousLevel: null, at: 1 }],
      checkIns: [{ at: 2, note: 'x', ratings: {} }],
      metricEntries: [{ metricId: 'customer-satisfaction', at: 3, value: 80 }],
    });
    // Past parseBackup by a cast: the last table written holds a value no record may have.
    const broken = backupOf({
      profile: profile({ yearsOfExperience: 10 }),
      ratings: [rating('customer-empathy', 4, 9)],
      history: [{ skillId: 'customer-empathy', level: 4, previousLevel: null, at: 9 }],
      checkIns: [{ at: 9, note: 'y', ratings: {} }],
      metricEntries: [{ metricId: 'customer-satisfaction', at: 9, value: Number.NaN }],
    });
    for (const how of ['replace', 'merge'] as const) {
      const { name, storage } = await databaseWith(stored);
      const before = await dumpDatabase(name);
      await expect(storage.applyImport(broken, how)).rejects.toThrow();
      expect(await dumpDatabase(name)).toEqual(before);
    }
  });

  it('refuses anything but a backup read by parseBackup', async () => {
    const { name, storage } = await databaseWith(backupOf({ ratings: [rating('active-listening', 2, 1)] }));
    const before = await dumpDatabase(name);
    await expect(
      storage.applyImport({ ...emptyBackup(GUIDE_ID), version: 3 } as never, 'replace'),
    ).rejects.toThrow();
    expect(await dumpDatabase(name)).toEqual(before);
  });
});

describe('the preview of an import', () => {
  const current = backupOf({
    profile: profile(),
    ratings: [
      rating('active-listening', 2, 100),
      rating('customer-empathy', 3, 100),
      rating('time-management', 1, 100),
    ],
    history: [
      { skillId: 'active-listening', level: 2, previousLevel: null, at: 100 },
      { skillId: 'customer-empathy', level: 3, previousLevel: null, at: 100 },
    ],
    checkIns: [{ at: 100, note: 'a', ratings: {} }],
    metricEntries: [{ metricId: 'customer-satisfaction', at: 100, value: 1 }],
  });
  const incoming = backupOf({
    profile: profile({ yearsOfExperience: 9 }),
    ratings: [
      rating('active-listening', 2, 100), // the same
      rating('customer-empathy', 4, 50), // different and older
      rating('written-communication', 1, 10), // new
    ],
    history: [
      { skillId: 'active-listening', level: 2, previousLevel: null, at: 100 },
      { skillId: 'written-communication', level: 1, previousLevel: null, at: 10 },
      { skillId: 'written-communication', level: 1, previousLevel: null, at: 10 },
    ],
    checkIns: [],
    metricEntries: [
      { metricId: 'customer-satisfaction', at: 100, value: 1 },
      { metricId: 'customer-satisfaction', at: 101, value: 1 },
    ],
  });

  it('counts what a replace adds, changes and removes', () => {
    expect(previewImport(current, incoming, 'replace')).toEqual<ImportPreview>({
      mode: 'replace',
      profileChanged: true,
      ratings: { added: 1, changed: 1, removed: 1 },
      history: { added: 2, changed: 0, removed: 1 },
      checkIns: { added: 0, changed: 0, removed: 1 },
      metricEntries: { added: 1, changed: 0, removed: 0 },
    });
  });

  it('counts what a merge adds and changes (it removes nothing)', () => {
    expect(previewImport(current, incoming, 'merge')).toEqual<ImportPreview>({
      mode: 'merge',
      profileChanged: false,
      ratings: { added: 1, changed: 0, removed: 0 },
      // The two identical entries count once.
      history: { added: 1, changed: 0, removed: 0 },
      checkIns: { added: 0, changed: 0, removed: 0 },
      metricEntries: { added: 1, changed: 0, removed: 0 },
    });
  });

  it('of a replace with the same data shows no change', () => {
    expect(previewImport(current, current, 'replace')).toEqual<ImportPreview>({
      mode: 'replace',
      profileChanged: false,
      ratings: { added: 0, changed: 0, removed: 0 },
      history: { added: 0, changed: 0, removed: 0 },
      checkIns: { added: 0, changed: 0, removed: 0 },
      metricEntries: { added: 0, changed: 0, removed: 0 },
    });
  });

  it('of a replace by an empty backup removes everything, the profile too', () => {
    expect(previewImport(current, emptyBackup(GUIDE_ID), 'replace')).toEqual<ImportPreview>({
      mode: 'replace',
      profileChanged: true,
      ratings: { added: 0, changed: 0, removed: 3 },
      history: { added: 0, changed: 0, removed: 2 },
      checkIns: { added: 0, changed: 0, removed: 1 },
      metricEntries: { added: 0, changed: 0, removed: 1 },
    });
  });
});
