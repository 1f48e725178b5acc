import * as z from 'zod/mini';
import type { Guide } from '../domain/guide/schema';
import type { CheckIn, HistoryEntry, MetricEntry } from '../domain/history';
import { EMPTY_PROFILE, type PlannerSnapshot, type Profile } from '../domain/profile';
import {
  checkInNoteField,
  GoalsSchema,
  idField,
  levelField,
  metricValueField,
  noteField,
  timestampField,
  yearsField,
} from './records';

/**
 * The backup file format, and everything about it that needs no database: reading a file
 * (refusing anything that is not a sound backup for the guide in use, with a message that
 * says why), and working out what an import would change. src/storage/backup.ts does the
 * reading and writing in IndexedDB. docs/storage.md describes the format in plain words.
 */

export const BACKUP_FORMAT = 'career-path-planner-backup';
/** The version this app writes. Older versions are migrated when read; newer ones are refused. */
export const BACKUP_VERSION = 2;
/** Files larger than this are refused before anything is parsed. */
export const MAX_BACKUP_BYTES = 10 * 1024 * 1024;
/** Deepest nesting of objects and lists accepted (a real backup needs 4). */
export const MAX_BACKUP_DEPTH = 32;
/** Most entries accepted per list. */
export const BACKUP_LIMITS = {
  ratings: 10_000,
  history: 1_000_000,
  checkIns: 100_000,
  metricEntries: 1_000_000,
} as const;
/** Keys that could reach an object's prototype: refused anywhere in a file. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const BackupProfileSchema = z.object({
  yearsOfExperience: z.nullable(yearsField),
  currentTierId: z.nullable(idField),
  targetTierId: z.nullable(idField),
  onboarded: z.boolean(),
  goals: GoalsSchema,
  updatedAt: timestampField,
});
export const BackupRatingSchema = z.object({
  skillId: idField,
  level: z.nullable(levelField),
  note: noteField,
  updatedAt: timestampField,
});
export const BackupHistoryEntrySchema = z.object({
  skillId: idField,
  level: z.nullable(levelField),
  previousLevel: z.nullable(levelField),
  at: timestampField,
});
export const BackupCheckInSchema = z.object({
  at: timestampField,
  note: checkInNoteField,
  ratings: z.record(idField, levelField),
});
export const BackupMetricEntrySchema = z.object({
  metricId: idField,
  at: timestampField,
  value: metricValueField,
});

/** Everything after `format` and `version`, as version 2 lays it out. */
const BackupContentsSchema = z.object({
  exportedAt: z.string().check(
    z.maxLength(64),
    z.refine((value) => Number.isFinite(Date.parse(value)), 'must be a date and time'),
  ),
  guideId: idField,
  profile: z.nullable(BackupProfileSchema),
  ratings: z.array(BackupRatingSchema).check(z.maxLength(BACKUP_LIMITS.ratings)),
  history: z.array(BackupHistoryEntrySchema).check(z.maxLength(BACKUP_LIMITS.history)),
  checkIns: z.array(BackupCheckInSchema).check(z.maxLength(BACKUP_LIMITS.checkIns)),
  metricEntries: z.array(BackupMetricEntrySchema).check(z.maxLength(BACKUP_LIMITS.metricEntries)),
});

/** The profile as saved, with the time it was last changed. */
export interface BackupProfile extends Profile {
  updatedAt: number;
}
/** One skill's stored rating: the level (null once cleared) and the note. */
export interface BackupRating {
  skillId: string;
  level: number | null;
  note: string;
  updatedAt: number;
}
export type BackupCheckIn = Omit<CheckIn, 'id'>;
export type BackupMetricEntry = Omit<MetricEntry, 'id'>;

/** Everything stored for one guide. Ids given by the database are not part of it. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO date and time. */
  exportedAt: string;
  guideId: string;
  /** Null when no profile was ever saved. */
  profile: BackupProfile | null;
  ratings: readonly BackupRating[];
  history: readonly HistoryEntry[];
  checkIns: readonly BackupCheckIn[];
  metricEntries: readonly BackupMetricEntry[];
}

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; message: string };

export const BACKUP_MESSAGES = {
  notBackup: 'This file is not a Career Path Planner backup.',
  empty: 'This file is empty.',
  tooLarge: 'This file is too large to be a Career Path Planner backup (the limit is 10 MB).',
  notJson: 'This file is not a Career Path Planner backup: it is not JSON text.',
  truncated:
    'This backup is incomplete: the file ends in the middle of it. It may have been cut off while downloading or copying.',
  tooDeep: 'This file is not a Career Path Planner backup: it is nested far more deeply than a backup is.',
  noVersion: 'This backup has no valid version number, so it cannot be read.',
  unreadable: 'This file could not be read as a Career Path Planner backup.',
} as const;

/** The name to save a backup under: career-path-planner-backup-YYYY-MM-DD.json (local date). */
export function backupFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `career-path-planner-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/**
 * Reads a backup file's text for `guide`. Never throws: anything that is not a sound
 * backup for this guide is refused with a message that names what is wrong.
 */
export function parseBackup(text: string, guide: Guide): ParseBackupResult {
  try {
    return parseBackupText(text, guide);
  } catch {
    return refuse(BACKUP_MESSAGES.unreadable);
  }
}

function refuse(message: string): ParseBackupResult {
  return { ok: false, message };
}

function parseBackupText(text: string, guide: Guide): ParseBackupResult {
  if (typeof text !== 'string') return refuse(BACKUP_MESSAGES.notBackup);
  if (utf8LengthExceeds(text, MAX_BACKUP_BYTES)) return refuse(BACKUP_MESSAGES.tooLarge);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse(BACKUP_MESSAGES.empty);

  // Nesting is measured on the text, before JSON.parse ever sees it.
  const shape = scanJsonText(body);
  if (shape === 'too-deep') return refuse(BACKUP_MESSAGES.tooDeep);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    const opensLikeJson = /^\s*[{[]/.test(body);
    return refuse(
      shape === 'unterminated' && opensLikeJson ? BACKUP_MESSAGES.truncated : BACKUP_MESSAGES.notJson,
    );
  }

  // JSON.parse keeps "__proto__" as an own key rather than a prototype, so nothing is
  // polluted yet: refuse such keys before any of the data is copied anywhere.
  const forbidden = findForbiddenKey(raw);
  if (forbidden) {
    return refuse(
      `This file is not a safe Career Path Planner backup: it contains the key "${forbidden.key}"` +
        `${forbidden.path ? ` (in ${clip(forbidden.path, 120)})` : ''}, which a backup never has.`,
    );
  }

  if (!isPlainObject(raw)) {
    return refuse(`${BACKUP_MESSAGES.notBackup} It holds ${kindOf(raw)} rather than a backup.`);
  }
  if (raw.format !== BACKUP_FORMAT) return refuse(BACKUP_MESSAGES.notBackup);
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(BACKUP_MESSAGES.noVersion);
  }
  if (version > BACKUP_VERSION) {
    return refuse(
      `This backup was made by a newer version of the app (backup version ${version}). ` +
        `This version reads backups up to version ${BACKUP_VERSION}: update the app, then try again.`,
    );
  }
  if (typeof raw.guideId === 'string' && raw.guideId !== guide.id) {
    return refuse(
      `This backup is for another career guide ("${clip(raw.guideId)}"), not for ` +
        `${guide.role.title} ("${guide.id}"). Open that guide to restore it.`,
    );
  }

  const contents = version === 1 ? migrateV1(raw) : raw;
  const parsed = BackupContentsSchema.safeParse(contents);
  if (!parsed.success) {
    return refuse(`This backup is damaged: ${describeIssues(parsed.error.issues, contents, guide)}`);
  }
  const problem = checkAgainstGuide(parsed.data, guide);
  if (problem) return refuse(problem);
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...parsed.data };
  return { ok: true, backup };
}

/** Version 1 had no check-ins or metric entries: they start empty. */
function migrateV1(raw: Record<string, unknown>): Record<string, unknown> {
  return { ...raw, checkIns: [], metricEntries: [] };
}

/** True when the UTF-8 encoding of `text` is longer than `limit` bytes (counted, not encoded). */
function utf8LengthExceeds(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}

/** How deeply the text nests, and whether it ends inside a string, object or list. */
function scanJsonText(text: string): 'ok' | 'too-deep' | 'unterminated' {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i++; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      depth++;
      if (depth > MAX_BACKUP_DEPTH) return 'too-deep';
    } else if (code === 0x7d || code === 0x5d) {
      depth--;
    }
  }
  return inString || depth > 0 ? 'unterminated' : 'ok';
}

function findForbiddenKey(value: unknown): { key: string; path: string } | null {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.value === null || typeof item.value !== 'object') continue;
    if (Array.isArray(item.value)) {
      item.value.forEach((child, index) => stack.push({ value: child, path: [...item.path, index] }));
      continue;
    }
    for (const key of Object.keys(item.value)) {
      if (FORBIDDEN_KEYS.has(key)) return { key, path: formatPath(item.path) };
      stack.push({ value: (item.value as Record<string, unknown>)[key], path: [...item.path, key] });
    }
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** history[12].level, checkIns[0].ratings.active-listening */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = String(part);
      out += /^[\w-]+$/.test(key)
        ? `${out ? '.' : ''}${clip(key, 40)}`
        : `[${JSON.stringify(clip(key, 40))}]`;
    }
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.hasOwn(value, part)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
  null: 'null',
};

type Issue = z.core.$ZodIssue;

/** Where a level on the guide's scale belongs. */
function isLevelPath(path: readonly PropertyKey[]): boolean {
  const last = path.at(-1);
  return (
    last === 'level' ||
    last === 'previousLevel' ||
    path.at(-2) === 'skillTargets' ||
    (path[0] === 'checkIns' && path[2] === 'ratings' && path.length === 4)
  );
}

function describeIssue(issue: Issue, root: unknown, scaleText: string): string {
  const where = formatPath(issue.path) || 'the backup';
  const value = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return `${where} is missing`;
      const actual = typeof value === 'number' ? String(value) : kindOf(value);
      if (isLevelPath(issue.path)) {
        const orNull =
          issue.path.at(-1) === 'level' || issue.path.at(-1) === 'previousLevel' ? ' or null' : '';
        return `${where} must be a level on this guide’s scale (${scaleText})${orNull}, not ${actual}`;
      }
      return `${where} must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${actual}`;
    }
    case 'too_big':
    case 'too_small':
      if (typeof value === 'number' && isLevelPath(issue.path)) {
        return `${where}: ${value} is not a level on this guide’s scale (${scaleText})`;
      }
      return issue.code === 'too_big' ? describeTooBig(issue, where) : describeTooSmall(issue, where);
    case 'invalid_value':
      return `${where} must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_format':
      return issue.path.at(-1) === 'targetDate'
        ? `${where} must be a date written YYYY-MM-DD`
        : `${where} is not in the expected format`;
    case 'invalid_key':
      return `${where} has a key that is not a valid id`;
    case 'custom':
      return `${where} ${issue.message}`;
    default:
      return `${where} is not valid`;
  }
}

function describeTooBig(issue: z.core.$ZodIssueTooBig, where: string): string {
  if (issue.origin === 'string') return `${where} is too long (at most ${issue.maximum} characters)`;
  if (issue.origin === 'array') {
    return `${where} has too many entries (at most ${Number(issue.maximum).toLocaleString('en')})`;
  }
  return `${where} must be at most ${issue.maximum}`;
}

function describeTooSmall(issue: z.core.$ZodIssueTooSmall, where: string): string {
  if (issue.origin === 'string') return `${where} must not be empty`;
  return `${where} must be at least ${issue.minimum}`;
}

function scaleText(guide: Guide): string {
  const levels = guide.scale.levels.map((l) => l.level);
  return `${Math.min(...levels)} to ${Math.max(...levels)}`;
}

function describeIssues(issues: readonly Issue[], root: unknown, guide: Guide): string {
  const first = issues[0];
  if (!first) return 'it does not have the shape of a backup.';
  const more = issues.length - 1;
  return `${describeIssue(first, root, scaleText(guide))}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}.`;
}

function quoteList(ids: readonly string[], max = 3): string {
  const named = ids.slice(0, max).map((id) => `"${clip(id, 40)}"`);
  const rest = ids.length - named.length;
  if (rest > 0) return `${named.join(', ')} and ${rest} more`;
  if (named.length <= 1) return named.join('');
  return `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

type BackupContents = z.output<typeof BackupContentsSchema>;

/** What the guide decides: skills, metrics and tiers it has, and the levels on its scale. */
function checkAgainstGuide(data: BackupContents, guide: Guide): string | null {
  const skills = new Set(guide.skills.map((s) => s.id));
  const metrics = new Set(guide.portfolioMetrics.map((m) => m.id));
  const tiers = new Set(guide.tiers.map((t) => t.id));
  const scale = new Set(guide.scale.levels.map((l) => l.level));

  const unknownSkills = new Set<string>();
  const skill = (id: string) => {
    if (!skills.has(id)) unknownSkills.add(id);
  };
  Object.keys(data.profile?.goals.skillTargets ?? {}).forEach(skill);
  data.ratings.forEach((r) => skill(r.skillId));
  data.history.forEach((h) => skill(h.skillId));
  data.checkIns.forEach((c) => Object.keys(c.ratings).forEach(skill));
  if (unknownSkills.size > 0) {
    return (
      `This backup has skills that this guide does not have: ${quoteList([...unknownSkills])}. ` +
      'It may have been made with another version of the guide.'
    );
  }
  const unknownMetrics = [...new Set(data.metricEntries.map((m) => m.metricId))].filter(
    (id) => !metrics.has(id),
  );
  if (unknownMetrics.length > 0) {
    return `This backup logs portfolio metrics that this guide does not have: ${quoteList(unknownMetrics)}.`;
  }
  for (const field of ['currentTierId', 'targetTierId'] as const) {
    const tierId = data.profile?.[field];
    if (tierId != null && !tiers.has(tierId)) {
      return `This backup is damaged: profile.${field}: "${clip(tierId)}" is not a tier of this guide.`;
    }
  }

  const range = scaleText(guide);
  const offScale = (path: string, level: number | null) =>
    level === null || scale.has(level)
      ? null
      : `This backup is damaged: ${path}: ${level} is not a level on this guide’s scale (${range}).`;
  const found = [
    ...Object.entries(data.profile?.goals.skillTargets ?? {}).map(([id, level]) =>
      offScale(`profile.goals.skillTargets.${id}`, level),
    ),
    ...data.ratings.map((r, i) => offScale(`ratings[${i}].level`, r.level)),
    ...data.history.flatMap((h, i) => [
      offScale(`history[${i}].level`, h.level),
      offScale(`history[${i}].previousLevel`, h.previousLevel),
    ]),
    ...data.checkIns.flatMap((c, i) =>
      Object.entries(c.ratings).map(([id, level]) => offScale(`checkIns[${i}].ratings.${id}`, level)),
    ),
  ].find((message) => message !== null);
  if (found) return found;

  const rated = new Set<string>();
  for (const [i, r] of data.ratings.entries()) {
    if (rated.has(r.skillId)) {
      return `This backup is damaged: ratings[${i}].skillId: "${r.skillId}" is rated twice.`;
    }
    rated.add(r.skillId);
  }
  return null;
}

// ——— What an import changes ———

export type ImportMode = 'replace' | 'merge';

export interface ImportCounts {
  added: number;
  changed: number;
  removed: number;
}

/** What an import will do, per kind of data, before anything is written. */
export interface ImportPreview {
  mode: ImportMode;
  profileChanged: boolean;
  ratings: ImportCounts;
  history: ImportCounts;
  checkIns: ImportCounts;
  metricEntries: ImportCounts;
}

export type ProfileAction =
  { action: 'keep' } | { action: 'put'; profile: BackupProfile } | { action: 'clear' };

/** The writes an import makes: with `replaceAll`, after the guide's data has been removed. */
export interface ImportPlan {
  guideId: string;
  replaceAll: boolean;
  profile: ProfileAction;
  /** Ratings to write over the stored ones (or to add). */
  ratings: readonly BackupRating[];
  history: readonly HistoryEntry[];
  checkIns: readonly BackupCheckIn[];
  metricEntries: readonly BackupMetricEntry[];
  preview: ImportPreview;
}

const NO_CHANGE: ImportCounts = { added: 0, changed: 0, removed: 0 };

/** Nothing entered: no profile saved, or one that still holds only the defaults. */
export function isEmptyProfile(profile: Profile | null): boolean {
  return profile === null || profileKey(profile) === profileKey(EMPTY_PROFILE);
}

function sortedEntries(record: Readonly<Record<string, number>>): Array<[string, number]> {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function profileKey(p: Profile): string {
  return JSON.stringify([
    p.yearsOfExperience,
    p.currentTierId,
    p.targetTierId,
    p.onboarded,
    p.goals.targetDate,
    sortedEntries(p.goals.skillTargets),
    p.goals.currentSalary,
    p.goals.yearlyRaisePercent,
  ]);
}

/** When two entries count as the same one while merging. */
const MERGE_KEYS = {
  history: (h: HistoryEntry) => JSON.stringify([h.at, h.skillId, h.level]),
  checkIns: (c: BackupCheckIn) => JSON.stringify([c.at, c.note]),
  metricEntries: (m: BackupMetricEntry) => JSON.stringify([m.metricId, m.at, m.value]),
};
/** When two entries are identical in every field (for counting what a replace changes). */
const FULL_KEYS = {
  history: (h: HistoryEntry) => JSON.stringify([h.at, h.skillId, h.level, h.previousLevel]),
  checkIns: (c: BackupCheckIn) => JSON.stringify([c.at, c.note, sortedEntries(c.ratings)]),
  metricEntries: MERGE_KEYS.metricEntries,
};

/** Entries of `incoming` not already in `current` (or earlier in `incoming`). */
function unionAdditions<T>(current: readonly T[], incoming: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(current.map(key));
  return incoming.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** How many entries a replace adds and removes, matching identical entries one to one. */
function multisetDifference<T>(current: readonly T[], incoming: readonly T[], key: (item: T) => string) {
  const left = new Map<string, number>();
  for (const item of current) left.set(key(item), (left.get(key(item)) ?? 0) + 1);
  let added = 0;
  for (const item of incoming) {
    const k = key(item);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else added++;
  }
  let removed = 0;
  for (const n of left.values()) removed += n;
  return { added, changed: 0, removed };
}

const sameRating = (a: BackupRating, b: BackupRating) =>
  a.level === b.level && a.note === b.note && a.updatedAt === b.updatedAt;

/**
 * What importing `incoming` over `current` (both everything stored for the guide) writes.
 * Replace: the guide's data becomes exactly the backup's. Merge: for a rating the newer
 * `updatedAt` wins (a tie keeps the current one); history, check-ins and metric entries are
 * united without duplicates; the current profile is kept unless it is empty.
 */
export function planImport(current: Backup, incoming: Backup, mode: ImportMode): ImportPlan {
  const currentRatings = new Map(current.ratings.map((r) => [r.skillId, r]));
  if (mode === 'replace') {
    const incomingSkills = new Set(incoming.ratings.map((r) => r.skillId));
    const ratings = { ...NO_CHANGE };
    for (const rating of incoming.ratings) {
      const existing = currentRatings.get(rating.skillId);
      if (!existing) ratings.added++;
      else if (!sameRating(existing, rating)) ratings.changed++;
    }
    ratings.removed = current.ratings.filter((r) => !incomingSkills.has(r.skillId)).length;
    const profile: ProfileAction = incoming.profile
      ? { action: 'put', profile: incoming.profile }
      : current.profile
        ? { action: 'clear' }
        : { action: 'keep' };
    return {
      guideId: incoming.guideId,
      replaceAll: true,
      profile,
      ratings: incoming.ratings,
      history: incoming.history,
      checkIns: incoming.checkIns,
      metricEntries: incoming.metricEntries,
      preview: {
        mode,
        profileChanged:
          profile.action === 'clear' ||
          (profile.action === 'put' &&
            (!current.profile || profileKey(current.profile) !== profileKey(profile.profile))),
        ratings,
        history: multisetDifference(current.history, incoming.history, FULL_KEYS.history),
        checkIns: multisetDifference(current.checkIns, incoming.checkIns, FULL_KEYS.checkIns),
        metricEntries: multisetDifference(
          current.metricEntries,
          incoming.metricEntries,
          FULL_KEYS.metricEntries,
        ),
      },
    };
  }

  const ratings: BackupRating[] = [];
  const ratingCounts = { ...NO_CHANGE };
  for (const rating of incoming.ratings) {
    const existing = currentRatings.get(rating.skillId);
    if (!existing) ratingCounts.added++;
    else if (rating.updatedAt > existing.updatedAt && !sameRating(existing, rating)) ratingCounts.changed++;
    else continue;
    ratings.push(rating);
  }
  const takeProfile = isEmptyProfile(current.profile) && !isEmptyProfile(incoming.profile);
  const profile: ProfileAction =
    takeProfile && incoming.profile ? { action: 'put', profile: incoming.profile } : { action: 'keep' };
  const history = unionAdditions(current.history, incoming.history, MERGE_KEYS.history);
  const checkIns = unionAdditions(current.checkIns, incoming.checkIns, MERGE_KEYS.checkIns);
  const metricEntries = unionAdditions(
    current.metricEntries,
    incoming.metricEntries,
    MERGE_KEYS.metricEntries,
  );
  const added = (n: number): ImportCounts => ({ ...NO_CHANGE, added: n });
  return {
    guideId: incoming.guideId,
    replaceAll: false,
    profile,
    ratings,
    history,
    checkIns,
    metricEntries,
    preview: {
      mode,
      profileChanged: profile.action === 'put',
      ratings: ratingCounts,
      history: added(history.length),
      checkIns: added(checkIns.length),
      metricEntries: added(metricEntries.length),
    },
  };
}

/** Counts of what importing `incoming` over `current` would add, change and remove. */
export function previewImport(current: Backup, incoming: Backup, mode: ImportMode): ImportPreview {
  return planImport(current, incoming, mode).preview;
}

const byTime = <T extends { at: number }>(entries: readonly T[]): T[] =>
  entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.at - b.entry.at || a.index - b.index)
    .map((e) => e.entry);

const sortBySkill = (ratings: readonly BackupRating[]) =>
  [...ratings].sort((a, b) => (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0));

/**
 * The guide's data once `plan` has been carried out on `current`: what the database will
 * hold, listed as it is read back (ratings by skill id, entries by time).
 */
export function applyPlan(current: Backup, plan: ImportPlan): Backup {
  const profile =
    plan.profile.action === 'put'
      ? plan.profile.profile
      : plan.profile.action === 'clear'
        ? null
        : current.profile;
  if (plan.replaceAll) {
    return {
      ...current,
      profile,
      ratings: sortBySkill(plan.ratings),
      history: byTime(plan.history),
      checkIns: byTime(plan.checkIns),
      metricEntries: byTime(plan.metricEntries),
    };
  }
  const ratings = new Map(current.ratings.map((r) => [r.skillId, r]));
  for (const rating of plan.ratings) ratings.set(rating.skillId, rating);
  return {
    ...current,
    profile,
    ratings: sortBySkill([...ratings.values()]),
    history: byTime([...current.history, ...plan.history]),
    checkIns: byTime([...current.checkIns, ...plan.checkIns]),
    metricEntries: byTime([...current.metricEntries, ...plan.metricEntries]),
  };
}

// ——— Between a backup and what the app holds in memory ———

/**
 * What the app holds in memory, as a backup: used when storage is not available. Memory
 * keeps no time per rating, so each rating takes the time of its skill's last history entry.
 */
export function snapshotToBackup(guideId: string, snapshot: PlannerSnapshot, exportedAt: Date): Backup {
  const lastChange = new Map<string, number>();
  for (const entry of snapshot.history) {
    lastChange.set(entry.skillId, Math.max(entry.at, lastChange.get(entry.skillId) ?? 0));
  }
  const skills = [...new Set([...Object.keys(snapshot.ratings), ...Object.keys(snapshot.notes)])].sort();
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    guideId,
    profile: isEmptyProfile(snapshot.profile) ? null : { ...snapshot.profile, updatedAt: 0 },
    ratings: skills.map((skillId) => ({
      skillId,
      level: Object.hasOwn(snapshot.ratings, skillId) ? (snapshot.ratings[skillId] ?? null) : null,
      note: Object.hasOwn(snapshot.notes, skillId) ? (snapshot.notes[skillId] ?? '') : '',
      updatedAt: lastChange.get(skillId) ?? 0,
    })),
    history: snapshot.history.map((h) => ({ ...h })),
    checkIns: snapshot.checkIns.map(({ at, note, ratings }) => ({ at, note, ratings: { ...ratings } })),
    metricEntries: snapshot.metricEntries.map(({ metricId, at, value }) => ({ metricId, at, value })),
  };
}

/** A backup as the app holds it in memory; `nextId` numbers check-ins and metric entries. */
export function backupToSnapshot(backup: Backup, nextId: () => number): PlannerSnapshot {
  const ratings: Record<string, number> = {};
  const notes: Record<string, string> = {};
  for (const rating of backup.ratings) {
    if (rating.level !== null) ratings[rating.skillId] = rating.level;
    if (rating.note !== '') notes[rating.skillId] = rating.note;
  }
  let profile: Profile = { ...EMPTY_PROFILE };
  if (backup.profile) {
    const { updatedAt: _updatedAt, ...rest } = backup.profile;
    profile = rest;
  }
  return {
    profile,
    ratings,
    notes,
    history: backup.history.map((h) => ({ ...h })),
    checkIns: backup.checkIns.map((c) => ({
      id: nextId(),
      at: c.at,
      note: c.note,
      ratings: { ...c.ratings },
    })),
    metricEntries: backup.metricEntries.map((m) => ({
      id: nextId(),
      metricId: m.metricId,
      at: m.at,
      value: m.value,
    })),
  };
}
