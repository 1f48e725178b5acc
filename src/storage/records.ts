import * as z from 'zod/mini';

/**
 * What is kept in IndexedDB, as zod schemas: records are validated when read, so a
 * record damaged by an old bug, a browser extension or a hand edit is dropped (or its
 * broken field reset) instead of breaking the app. Same idea as a restore step.
 */

const id = z.string().check(z.minLength(1), z.maxLength(80));
const level = z.int().check(z.minimum(0), z.maximum(20));
const timestamp = z.number().check(z.minimum(0));

export const ProfileRecordSchema = z.object({
  id: z.literal('me'),
  guideId: id,
  yearsOfExperience: z.catch(z.nullable(z.number().check(z.minimum(0), z.maximum(80))), null),
  currentTierId: z.catch(z.nullable(id), null),
  targetTierId: z.catch(z.nullable(id), null),
  onboarded: z.catch(z.boolean(), false),
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
