import * as z from 'zod/mini';

/**
 * What is kept in IndexedDB, as zod schemas: records are validated when read, so a
 * record damaged by an old bug, a browser extension or a hand edit is dropped (or its
 * broken field reset) instead of breaking the app. Same idea as a restore step.
 *
 * The field schemas below are shared with the backup format (src/storage/backupFormat.ts),
 * which uses them strictly (a wrong field refuses the file) where records repair it:
 * whatever storage accepts, a backup accepts, so an exported backup can always be restored.
 */

/** Longest note on a skill. */
export const MAX_NOTE_LENGTH = 10_000;
/** Longest note on a check-in ("after my Q3 review"). */
export const MAX_CHECK_IN_NOTE_LENGTH = 500;
/** Largest magnitude of a logged metric value. */
export const MAX_METRIC_VALUE = 1e9;
/** The last moment a JavaScript Date can represent. */
const MAX_TIME = 8.64e15;

export const idField = z.string().check(z.minLength(1), z.maxLength(80));
export const levelField = z.int().check(z.minimum(0), z.maximum(20));
export const timestampField = z.number().check(z.minimum(0), z.maximum(MAX_TIME));
export const noteField = z.string().check(z.maxLength(MAX_NOTE_LENGTH));
export const checkInNoteField = z.string().check(z.maxLength(MAX_CHECK_IN_NOTE_LENGTH));
export const metricValueField = z.number().check(z.minimum(-MAX_METRIC_VALUE), z.maximum(MAX_METRIC_VALUE));
export const yearsField = z.number().check(z.minimum(0), z.maximum(80));

const goalFields = {
  targetDate: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  skillTargets: z.record(idField, levelField),
  currentSalary: z.nullable(z.number().check(z.minimum(0), z.maximum(1e9))),
  yearlyRaisePercent: z.nullable(z.number().check(z.minimum(-50), z.maximum(100))),
};

/** Goals, strictly: every field must be right. */
export const GoalsSchema = z.object(goalFields);

const GoalsRecordSchema = z.object({
  targetDate: z.catch(goalFields.targetDate, null),
  skillTargets: z.catch(goalFields.skillTargets, {}),
  currentSalary: z.catch(goalFields.currentSalary, null),
  yearlyRaisePercent: z.catch(goalFields.yearlyRaisePercent, null),
});

const EMPTY_GOALS_RECORD = {
  targetDate: null,
  skillTargets: {},
  currentSalary: null,
  yearlyRaisePercent: null,
};

export const ProfileRecordSchema = z.object({
  id: z.literal('me'),
  guideId: idField,
  yearsOfExperience: z.catch(z.nullable(yearsField), null),
  currentTierId: z.catch(z.nullable(idField), null),
  targetTierId: z.catch(z.nullable(idField), null),
  onboarded: z.catch(z.boolean(), false),
  // Added after the first release without a schema version: older records get empty goals.
  goals: z.catch(GoalsRecordSchema, EMPTY_GOALS_RECORD),
  updatedAt: z.catch(timestampField, 0),
});
export type ProfileRecord = z.infer<typeof ProfileRecordSchema>;

export const RatingRecordSchema = z.object({
  guideId: idField,
  skillId: idField,
  level: z.catch(z.nullable(levelField), null),
  note: z.catch(noteField, ''),
  updatedAt: z.catch(timestampField, 0),
});
export type RatingRecord = z.infer<typeof RatingRecordSchema>;

const autoId = z.optional(z.int().check(z.positive()));

export const HistoryRecordSchema = z.object({
  id: autoId,
  guideId: idField,
  skillId: idField,
  level: z.nullable(levelField),
  previousLevel: z.nullable(levelField),
  at: timestampField,
});
export type HistoryRecord = z.infer<typeof HistoryRecordSchema>;

/** Schema version 2. A check-in whose ratings cannot be trusted means nothing: it is dropped. */
export const CheckInRecordSchema = z.object({
  id: autoId,
  guideId: idField,
  at: timestampField,
  note: z.catch(checkInNoteField, ''),
  ratings: z.record(idField, levelField),
});
export type CheckInRecord = z.infer<typeof CheckInRecordSchema>;

/** Schema version 2. */
export const MetricEntryRecordSchema = z.object({
  id: autoId,
  guideId: idField,
  metricId: idField,
  at: timestampField,
  value: metricValueField,
});
export type MetricEntryRecord = z.infer<typeof MetricEntryRecordSchema>;

/** Keeps the records that can be trusted, dropping the rest. */
export function restoreRecords<T>(schema: z.ZodMiniType<T>, raw: readonly unknown[]): T[] {
  const kept: T[] = [];
  for (const item of raw) {
    const parsed = schema.safeParse(item);
    if (parsed.success) kept.push(parsed.data);
  }
  return kept;
}
