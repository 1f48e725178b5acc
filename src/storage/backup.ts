import type { PlannerDatabase } from './db';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupCheckInSchema,
  BackupHistoryEntrySchema,
  BackupMetricEntrySchema,
  BackupProfileSchema,
  BackupRatingSchema,
  planImport,
  type Backup,
  type ImportMode,
  type ImportPreview,
} from './backupFormat';
import {
  guideEntries,
  profileForGuide,
  readCheckIns,
  readHistory,
  readMetricEntries,
  readProfileRecord,
  readRatingRecords,
} from './guideData';

export * from './backupFormat';

/**
 * Backups in the database: everything stored for a guide out as one object, and an
 * import in as one transaction. The file format and the rules of an import are in
 * backupFormat.ts, which touches no database. PlannerStorage exposes both.
 */

const allTables = (db: PlannerDatabase) => [
  db.profile,
  db.ratings,
  db.history,
  db.checkIns,
  db.metricEntries,
];

/** Everything stored for the guide (to be called inside a transaction over all tables). */
async function readBackup(db: PlannerDatabase, guideId: string, exportedAt: Date): Promise<Backup> {
  const [stored, ratings, history, checkIns, metricEntries] = await Promise.all([
    readProfileRecord(db),
    readRatingRecords(db, guideId),
    readHistory(db, guideId),
    readCheckIns(db, guideId),
    readMetricEntries(db, guideId),
  ]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    guideId,
    profile: stored ? { ...profileForGuide(stored, guideId), updatedAt: stored.updatedAt } : null,
    ratings: ratings.map(({ skillId, level, note, updatedAt }) => ({ skillId, level, note, updatedAt })),
    history,
    checkIns: checkIns.map(({ at, note, ratings }) => ({ at, note, ratings })),
    metricEntries: metricEntries.map(({ metricId, at, value }) => ({ metricId, at, value })),
  };
}

/** Everything stored for the guide, as a backup made at `now`. */
export function exportBackup(db: PlannerDatabase, guideId: string, now: Date = new Date()): Promise<Backup> {
  return db.transaction('r', allTables(db), () => readBackup(db, guideId, now));
}

/**
 * Imports a backup read by `parseBackup`, in one transaction over every table: if any
 * write fails, the transaction is aborted and nothing stored changes. Each record is
 * checked again as it is written. Resolves with what was done.
 */
export function applyImport(db: PlannerDatabase, backup: Backup, mode: ImportMode): Promise<ImportPreview> {
  if (backup.format !== BACKUP_FORMAT || backup.version !== BACKUP_VERSION) {
    return Promise.reject(new Error('applyImport takes a backup read by parseBackup.'));
  }
  const { guideId } = backup;
  return db.transaction('rw', allTables(db), async () => {
    const current = await readBackup(db, guideId, new Date(0));
    const plan = planImport(current, backup, mode);
    if (plan.replaceAll) {
      await db.ratings.where('guideId').equals(guideId).delete();
      await guideEntries(db.history, guideId).delete();
      await guideEntries(db.checkIns, guideId).delete();
      await guideEntries(db.metricEntries, guideId).delete();
    }
    if (plan.profile.action === 'put') {
      await db.profile.put({ id: 'me', guideId, ...BackupProfileSchema.parse(plan.profile.profile) });
    } else if (plan.profile.action === 'clear') {
      await db.profile.delete('me');
    }
    await db.ratings.bulkPut(plan.ratings.map((r) => ({ guideId, ...BackupRatingSchema.parse(r) })));
    await db.history.bulkAdd(plan.history.map((h) => ({ guideId, ...BackupHistoryEntrySchema.parse(h) })));
    await db.checkIns.bulkAdd(plan.checkIns.map((c) => ({ guideId, ...BackupCheckInSchema.parse(c) })));
    await db.metricEntries.bulkAdd(
      plan.metricEntries.map((m) => ({ guideId, ...BackupMetricEntrySchema.parse(m) })),
    );
    return plan.preview;
  });
}
