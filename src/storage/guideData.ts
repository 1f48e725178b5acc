import { Dexie, type Table } from 'dexie';
import type { CheckIn, HistoryEntry, MetricEntry } from '../domain/history';
import { EMPTY_PROFILE, type Profile } from '../domain/profile';
import type { PlannerDatabase } from './db';
import {
  CheckInRecordSchema,
  HistoryRecordSchema,
  MetricEntryRecordSchema,
  ProfileRecordSchema,
  RatingRecordSchema,
  restoreRecords,
  type ProfileRecord,
  type RatingRecord,
} from './records';

/**
 * Reading one guide's data out of the database, record by record through the zod schemas
 * (what cannot be trusted is dropped). Callers run these inside their own transaction.
 */

/** Every entry of a log table (history, check-ins, metric entries) for the guide, by its [guideId+at] index. */
export function guideEntries<T>(table: Table<T, number>, guideId: string) {
  return table.where('[guideId+at]').between([guideId, Dexie.minKey], [guideId, Dexie.maxKey], true, true);
}

const byTimeThenId = (a: { at: number; id?: number }, b: { at: number; id?: number }) =>
  a.at - b.at || (a.id ?? 0) - (b.id ?? 0);

export async function readProfileRecord(db: PlannerDatabase): Promise<ProfileRecord | undefined> {
  const raw = await db.profile.get('me');
  return restoreRecords(ProfileRecordSchema, raw ? [raw] : [])[0];
}

/**
 * The profile as the guide sees it. There is one profile for all guides: years of
 * experience carry over, but tiers and goals saved for another guide mean nothing here.
 */
export function profileForGuide(stored: ProfileRecord | undefined, guideId: string): Profile {
  if (!stored) return { ...EMPTY_PROFILE };
  const sameGuide = stored.guideId === guideId;
  return {
    yearsOfExperience: stored.yearsOfExperience,
    onboarded: stored.onboarded,
    goals: sameGuide ? stored.goals : { ...EMPTY_PROFILE.goals },
    currentTierId: sameGuide ? stored.currentTierId : null,
    targetTierId: sameGuide ? stored.targetTierId : null,
  };
}

export async function readRatingRecords(db: PlannerDatabase, guideId: string): Promise<RatingRecord[]> {
  return restoreRecords(RatingRecordSchema, await db.ratings.where('guideId').equals(guideId).toArray());
}

export async function readHistory(db: PlannerDatabase, guideId: string): Promise<HistoryEntry[]> {
  const records = restoreRecords(HistoryRecordSchema, await guideEntries(db.history, guideId).toArray());
  return records
    .filter((r) => r.guideId === guideId)
    .sort(byTimeThenId)
    .map(({ skillId, level, previousLevel, at }) => ({ skillId, level, previousLevel, at }));
}

export async function readCheckIns(db: PlannerDatabase, guideId: string): Promise<CheckIn[]> {
  const records = restoreRecords(CheckInRecordSchema, await guideEntries(db.checkIns, guideId).toArray());
  return records
    .filter((r) => r.guideId === guideId && r.id !== undefined)
    .sort(byTimeThenId)
    .map(({ id, at, note, ratings }) => ({ id: id!, at, note, ratings }));
}

export async function readMetricEntries(db: PlannerDatabase, guideId: string): Promise<MetricEntry[]> {
  const records = restoreRecords(
    MetricEntryRecordSchema,
    await guideEntries(db.metricEntries, guideId).toArray(),
  );
  return records
    .filter((r) => r.guideId === guideId && r.id !== undefined)
    .sort(byTimeThenId)
    .map(({ id, metricId, at, value }) => ({ id: id!, metricId, at, value }));
}
