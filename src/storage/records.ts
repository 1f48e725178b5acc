import * as z from 'zod/mini';

/**
 * What is kept in IndexedDB, as zod schemas: records are validated when read, so a
 * record damaged by an old bug, a browser extension or a hand edit is dropped (or its
 * broken field reset) instead of breaking the app. Same idea as a restore step.
 */

const id = z.string().check(z.minLength(1), z.maxLength(80));
const level = z.int().check(z.minimum(0), z.maximum(20));
const timestamp = z.number().check(z.minimum(0));

const GoalsRecordSchema = z.object({
  targetDate: z.catch(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))), null),
  skillTargets: z.catch(z.record(id, level), {}),
  currentSalary: z.catch(z.nullable(z.number().check(z.minimum(0), z.maximum(1e9))), null),
  yearlyRaisePercent: z.catch(z.nullable(z.number().check(z.minimum(-50), z.maximum(100))), null),
});

const EMPTY_GOALS_RECORD = {
  targetDate: null,
  skillTargets: {},
  currentSalary: null,
  yearlyRaisePercent: null,
};

export const ProfileRecordSchema = z.object({
  id: z.literal('me'),
  guideId: id,
  yearsOfExperience: z.catch(z.nullable(z.number().check(z.minimum(0), z.maximum(80))), null),
  currentTierId: z.catch(z.nullable(id), null),
  targetTierId: z.catch(z.nullable(id), null),
  onboarded: z.catch(z.boolean(), false),
  // Added after the first release without a schema version: older records get empty goals.
  goals: z.catch(GoalsRecordSchema, EMPTY_GOALS_RECORD),
  updatedAt: z.catch(timestamp, 0),
});
export type ProfileRecord = z.infer<typeof ProfileRecordSchema>;

export const RatingRecordSchema = z.object({
  guideId: id,
  skillId: id,
  level: z.catch(z.nullable(level), null),
  note: z.catch(z.string().check(z.maxLength(10_000)), ''),
  updatedAt: z.catch(timestamp, 0),
});
export type RatingRecord = z.infer<typeof RatingRecordSchema>;

export const HistoryRecordSchema = z.object({
  id: z.optional(z.int().check(z.positive())),
  guideId: id,
  skillId: id,
  level: z.nullable(level),
  previousLevel: z.nullable(level),
  at: timestamp,
});
export type HistoryRecord = z.infer<typeof HistoryRecordSchema>;

/** Keeps the records that can be trusted, dropping the rest. */
export function restoreRecords<T>(schema: z.ZodMiniType<T>, raw: readonly unknown[]): T[] {
  const kept: T[] = [];
  for (const item of raw) {
    const parsed = schema.safeParse(item);
    if (parsed.success) kept.push(parsed.data);
  }
  return kept;
}
