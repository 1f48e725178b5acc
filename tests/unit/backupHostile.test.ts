import fc from 'fast-check';
import { loadDefaultGuide } from '../../src/app/defaultGuide';
import {
  BACKUP_FORMAT,
  BACKUP_MESSAGES,
  MAX_BACKUP_BYTES,
  parseBackup,
  type Backup,
  type ImportMode,
  type ParseBackupResult,
} from '../../src/storage/backup';
import { openPlannerStorage, type PlannerStorage } from '../../src/storage/plannerStorage';
import { dumpDatabase, freshDbName, writeGuideData, type Dump } from '../fixtures/backups/backupTestKit';

/**
 * Malformed and hostile backup files, most of them generated. For every one: parseBackup
 * does not throw, refuses it with a message, Object.prototype is untouched, and the full
 * import path (parse, then apply if accepted) leaves a populated database exactly as it was.
 */

const guide = loadDefaultGuide();
const GUIDE_ID = guide.id;
const skillIds = guide.skills.map((s) => s.id);
const metricIds = guide.portfolioMetrics.map((m) => m.id);

/** A sound backup with every kind of field filled in: the material for the mutations. */
const VALID: Backup = {
  format: BACKUP_FORMAT,
  version: 2,
  exportedAt: '2025-06-01T12:00:00.000Z',
  guideId: GUIDE_ID,
  profile: {
    yearsOfExperience: 3.5,
    currentTierId: 'mid',
    targetTierId: 'senior',
    onboarded: true,
    goals: {
      targetDate: '2026-06-30',
      skillTargets: { 'active-listening': 4, 'customer-empathy': 3 },
      currentSalary: 42000,
      yearlyRaisePercent: 3,
    },
    updatedAt: 1_740_000_000_000,
  },
  ratings: [
    { skillId: 'active-listening', level: 3, note: 'Top QA score.', updatedAt: 1_740_000_100_000 },
    { skillId: 'customer-empathy', level: null, note: 'Cleared after review.', updatedAt: 1_740_000_200_000 },
    { skillId: 'time-management', level: 2, note: '', updatedAt: 1_740_000_300_000 },
  ],
  history: [
    { skillId: 'active-listening', level: 2, previousLevel: null, at: 1_740_000_050_000 },
    { skillId: 'active-listening', level: 3, previousLevel: 2, at: 1_740_000_100_000 },
    { skillId: 'customer-empathy', level: null, previousLevel: 1, at: 1_740_000_200_000 },
    { skillId: 'time-management', level: 2, previousLevel: null, at: 1_740_000_300_000 },
  ],
  checkIns: [
    {
      at: 1_740_000_400_000,
      note: 'After my Q1 review',
      ratings: { 'active-listening': 3, 'time-management': 2 },
    },
    { at: 1_740_000_500_000, note: '', ratings: { 'active-listening': 3 } },
  ],
  metricEntries: [
    { metricId: 'customer-satisfaction', at: 1_740_000_600_000, value: 92.5 },
    { metricId: 'average-handle-time', at: 1_740_000_700_000, value: 6.5 },
    { metricId: 'first-contact-resolution', at: 1_740_000_800_000, value: 71 },
  ],
};
const VALID_TEXT = JSON.stringify(VALID);
const VALID_PRETTY = JSON.stringify(VALID, null, 2);

const clone = (): Record<string, unknown> => structuredClone(VALID) as unknown as Record<string, unknown>;
const slug = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/);

// ——— The populated database every file is thrown at ———

let dbName: string;
let storage: PlannerStorage;
let before: Dump;
let cases = 0;

beforeAll(async () => {
  dbName = freshDbName('hostile');
  await writeGuideData(dbName, {
    ...VALID,
    ratings: [{ skillId: 'written-communication', level: 1, note: 'Stored before', updatedAt: 5 }],
    history: [{ skillId: 'written-communication', level: 1, previousLevel: null, at: 5 }],
  });
  await writeGuideData(dbName, {
    ...VALID,
    guideId: 'other-role',
    profile: null,
    checkIns: [],
    metricEntries: [],
  });
  storage = await openPlannerStorage(dbName);
  before = await dumpDatabase(dbName);
  expect(before.ratings).toHaveLength(VALID.ratings.length + 1);
});

afterAll(() => storage.close());

/** The way a file goes in: read it, and only if it is accepted, apply it. */
async function importText(text: string, mode: ImportMode): Promise<ParseBackupResult> {
  const result = parseBackup(text, guide);
  if (result.ok) await storage.applyImport(result.backup, mode);
  return result;
}

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
const originalToString = Object.prototype.toString;

/** Every generated file goes through here. Resolves with the refusal message. */
async function expectRefused(text: string, mode: ImportMode = 'replace'): Promise<string> {
  cases++;
  let result: ParseBackupResult | undefined;
  expect(() => (result = parseBackup(text, guide))).not.toThrow();
  if (!result || result.ok) throw new Error(`Accepted a file it should refuse: ${text.slice(0, 300)}`);
  expect(result.message.trim()).not.toBe('');
  // A message names what is wrong; it never repeats a huge piece of the file.
  expect(result.message.length).toBeLessThan(400);

  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.toString).toBe(originalToString);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);

  await importText(text, mode);
  expect(await dumpDatabase(dbName)).toEqual(before);
  return result.message;
}

const mode = fc.constantFrom<ImportMode>('replace', 'merge');
const runs = (numRuns: number) => ({ numRuns });

// ——— Paths into the valid backup ———

type Path = Array<string | number>;
interface Position {
  path: Path;
  value: unknown;
  /** The key is data (a skill id in a record), not a field of the format. */
  inRecord: boolean;
}

function positions(value: unknown, path: Path = [], inRecord = false): Position[] {
  const here: Position[] = path.length > 0 ? [{ path, value, inRecord }] : [];
  if (Array.isArray(value)) {
    return [...here, ...value.flatMap((v, i) => positions(v, [...path, i]))];
  }
  if (value !== null && typeof value === 'object') {
    const isRecord = path.at(-1) === 'skillTargets' || (path[0] === 'checkIns' && path.at(-1) === 'ratings');
    return [...here, ...Object.entries(value).flatMap(([k, v]) => positions(v, [...path, k], isRecord))];
  }
  return here;
}
const ALL_POSITIONS = positions(VALID);

function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
  let parent: Record<string | number, unknown> = root;
  for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
}
function deleteAt(root: Record<string, unknown>, path: Path): void {
  let parent: Record<string | number, unknown> = root;
  for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
  delete parent[path.at(-1)!];
}
function renameKey(root: Record<string, unknown>, path: Path, to: string): void {
  const parentPath = path.slice(0, -1);
  let parent: Record<string | number, unknown> = root;
  for (const part of parentPath) parent = parent[part] as Record<string | number, unknown>;
  const renamed = Object.fromEntries(Object.entries(parent).map(([k, v]) => [k === path.at(-1) ? to : k, v]));
  setAt(root, parentPath, renamed);
}
const pathText = (path: Path) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`)).join('');

/** A value of another JSON type than `value`, never one the field could accept. */
function otherTypes(value: unknown): unknown[] {
  if (value === null) return [true, [], {}];
  if (Array.isArray(value)) return [5, 'x', true, {}, null];
  switch (typeof value) {
    case 'number':
      return ['3', true, [], {}];
    case 'string':
      return [7, false, [], {}];
    case 'boolean':
      return [1, 'true', [], null];
    default:
      return [5, 'x', true, []];
  }
}

// ——— The files ———

describe('a hostile or broken backup file', () => {
  it('cut off anywhere is refused as incomplete', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        mode,
        async (pretty, at, how) => {
          const full = pretty ? VALID_PRETTY : VALID_TEXT;
          const cut = full.slice(0, Math.floor(at * full.length));
          const message = await expectRefused(cut, how);
          expect(message).toBe(cut.trim() === '' ? BACKUP_MESSAGES.empty : BACKUP_MESSAGES.truncated);
        },
      ),
      runs(60),
    );
  });

  it('made of any other JSON value, or of any text, is refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.json(),
        ),
        mode,
        async (text, how) => {
          await expectRefused(text, how);
        },
      ),
      runs(40),
    );
  });

  it('with a field of the wrong type anywhere is refused, naming the field', async () => {
    const fields = ALL_POSITIONS.filter((p) => p.path.length > 0);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), fc.nat(), mode, async ({ path, value }, pick, how) => {
        const replacements = otherTypes(value);
        const file = clone();
        setAt(file, path, replacements[pick % replacements.length]);
        const message = await expectRefused(JSON.stringify(file), how);
        if (path.length > 1) expect(message).toContain(pathText(path));
      }),
      runs(70),
    );
  });

  it('with a field left out is refused', async () => {
    const fields = ALL_POSITIONS.filter((p) => !p.inRecord);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), mode, async ({ path }, how) => {
        const file = clone();
        if (typeof path.at(-1) === 'number') {
          // An entry of a list: leave out one of its fields instead.
          const entry = ALL_POSITIONS.find(
            (p) => p.path.length === path.length + 1 && pathText(p.path).startsWith(pathText(path)),
          );
          if (!entry) return;
          deleteAt(file, entry.path);
        } else {
          deleteAt(file, path);
        }
        await expectRefused(JSON.stringify(file), how);
      }),
      runs(40),
    );
  });

  it('with "__proto__", "constructor" or "prototype" as a key at any depth is refused, and pollutes nothing', async () => {
    const containers =
      ALL_POSITIONS.filter((p) => p.value !== null && typeof p.value === 'object').length + 1;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          target: fc.integer({ min: 0, max: containers - 1 }),
          key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
          nesting: fc.array(slug, { maxLength: 6 }),
          payload: fc.constantFrom(
            '{"polluted":"yes"}',
            '{"toString":"x","polluted":1}',
            '[]',
            '1',
            'null',
            '"x"',
          ),
          first: fc.boolean(),
        }),
        mode,
        async ({ target, key, nesting, payload, first }, how) => {
          // JSON.stringify cannot write a "__proto__" key: the text is built by hand.
          let member = `${JSON.stringify(key)}:${payload}`;
          for (const wrapper of [...nesting].reverse()) member = `${JSON.stringify(wrapper)}:{${member}}`;
          const text = stringifyInjecting(VALID, target, member, first);
          expect(text).toContain(`"${key}"`);
          const message = await expectRefused(text, how);
          expect(message).toContain(`"${key}"`);
        },
      ),
      runs(50),
    );
  });

  it('nested absurdly deep is refused before it is parsed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 33, max: 200_000 }),
        fc.constantFrom('list', 'object', 'inside', 'unclosed'),
        async (depth, shape) => {
          let text: string;
          if (shape === 'list') text = '['.repeat(depth) + ']'.repeat(depth);
          else if (shape === 'object') text = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
          else if (shape === 'unclosed') text = '[{"a":'.repeat(depth);
          else {
            const file = clone();
            setAt(file, ['checkIns', 0, 'note'], '__DEEP__');
            text = JSON.stringify(file).replace('"__DEEP__"', '['.repeat(depth) + ']'.repeat(depth));
          }
          expect(await expectRefused(text)).toBe(BACKUP_MESSAGES.tooDeep);
        },
      ),
      runs(15),
    );
  });

  it('with an oversized string is refused, naming the field', async () => {
    const fieldsWithLimits: Array<[Path, number]> = [
      [['ratings', 0, 'note'], 10_000],
      [['checkIns', 1, 'note'], 500],
      [['ratings', 2, 'skillId'], 80],
      [['history', 1, 'skillId'], 80],
      [['metricEntries', 0, 'metricId'], 80],
      [['profile', 'currentTierId'], 80],
      [['exportedAt'], 64],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fieldsWithLimits),
        fc.integer({ min: 1, max: 50_000 }),
        fc.constantFrom('a', 'é', '€', '😀'),
        async ([path, limit], extra, char) => {
          const file = clone();
          // Limits count characters (code points), not UTF-16 units.
          setAt(file, path, char.repeat(limit + extra));
          const message = await expectRefused(JSON.stringify(file));
          expect(message).toContain(pathText(path));
        },
      ),
      runs(15),
    );
  });

  const skillPositions = ALL_POSITIONS.filter((p) => p.inRecord || p.path.at(-1) === 'skillId');
  it('with a skill this guide does not have is refused, naming it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...skillPositions),
        slug.filter((id) => !skillIds.includes(id)),
        async ({ path, inRecord }, unknown) => {
          const file = clone();
          if (inRecord) renameKey(file, path, unknown);
          else setAt(file, path, unknown);
          const message = await expectRefused(JSON.stringify(file));
          expect(message).toContain('skills that this guide does not have');
          expect(message).toContain(`"${unknown}"`);
        },
      ),
      runs(20),
    );
  });

  it('with a portfolio metric this guide does not have is refused, naming it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: VALID.metricEntries.length - 1 }),
        slug.filter((id) => !metricIds.includes(id)),
        async (index, unknown) => {
          const file = clone();
          setAt(file, ['metricEntries', index, 'metricId'], unknown);
          const message = await expectRefused(JSON.stringify(file));
          expect(message).toContain(`portfolio metrics that this guide does not have: "${unknown}"`);
        },
      ),
      runs(10),
    );
  });

  const levelPositions = ALL_POSITIONS.filter(
    (p) =>
      typeof p.value === 'number' &&
      (p.inRecord || ['level', 'previousLevel'].includes(String(p.path.at(-1)))),
  );
  it('with a level off the guide’s scale is refused, naming where', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...levelPositions),
        fc.oneof(
          fc.integer({ min: 5, max: 20 }),
          fc.integer({ min: 21, max: 1_000_000 }),
          fc.integer({ min: -1_000_000, max: -1 }),
          fc.double({ min: 0.01, max: 3.99, noNaN: true }).filter((n) => !Number.isInteger(n)),
        ),
        async ({ path }, level) => {
          const file = clone();
          setAt(file, path, level);
          const message = await expectRefused(JSON.stringify(file));
          expect(message).toContain(pathText(path));
        },
      ),
      runs(20),
    );
  });

  it('made by a newer version of the app is refused as such', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 2 ** 40 }), async (version) => {
        const message = await expectRefused(JSON.stringify({ ...VALID, version }));
        expect(message).toContain('made by a newer version of the app');
        expect(message).toContain(`backup version ${version}`);
      }),
      runs(10),
    );
  });

  it('of another format, or with no version, is refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .string()
            .filter((s) => s !== BACKUP_FORMAT)
            .map((format) => ({ ...VALID, format })),
          fc.jsonValue().map((format) => ({ ...VALID, format })),
          fc.constantFrom(0, -1, 1.5, '2', null, true).map((version) => ({ ...VALID, version })),
        ),
        async (file) => {
          const message = await expectRefused(JSON.stringify(file));
          expect([BACKUP_MESSAGES.notBackup, BACKUP_MESSAGES.noVersion]).toContain(message);
        },
      ),
      runs(15),
    );
  });

  it('for another guide is refused, saying which guide it is for', async () => {
    await fc.assert(
      fc.asyncProperty(
        slug.filter((id) => id !== GUIDE_ID),
        fc.constantFrom(1, 2),
        async (guideId, version) => {
          const message = await expectRefused(JSON.stringify({ ...VALID, version, guideId }));
          expect(message).toContain(`another career guide ("${guideId}")`);
          expect(message).toContain(guide.role.title);
        },
      ),
      runs(10),
    );
  });

  it('over 10 MB is refused before it is parsed', async () => {
    const padding = (bytes: number) => ' '.repeat(bytes);
    const files = [
      // Valid JSON, padded past the limit.
      VALID_TEXT + padding(MAX_BACKUP_BYTES - VALID_TEXT.length + 1),
      // Fewer than 10 million characters, more than 10 MB in UTF-8.
      JSON.stringify({ ...VALID, exportedAt: '€'.repeat(3_500_000) }),
      '😀'.repeat(2_700_000),
      // Not JSON at all.
      'x'.repeat(MAX_BACKUP_BYTES + 1),
    ];
    for (const text of files) {
      expect(await expectRefused(text)).toBe(BACKUP_MESSAGES.tooLarge);
    }
  });

  it('with a rating listed twice, or a date that is not one, is refused', async () => {
    const twice = clone();
    setAt(twice, ['ratings', 2, 'skillId'], 'active-listening');
    expect(await expectRefused(JSON.stringify(twice))).toBe(
      'This backup is damaged: ratings[2].skillId: "active-listening" is rated twice.',
    );
    const badDate = clone();
    setAt(badDate, ['exportedAt'], 'yesterday');
    expect(await expectRefused(JSON.stringify(badDate))).toBe(
      'This backup is damaged: exportedAt must be a date and time.',
    );
    const badTarget = clone();
    setAt(badTarget, ['profile', 'goals', 'targetDate'], '30/06/2026');
    expect(await expectRefused(JSON.stringify(badTarget))).toBe(
      'This backup is damaged: profile.goals.targetDate must be a date written YYYY-MM-DD.',
    );
  });

  it('was thrown at the database at least 200 times, and changed nothing', async () => {
    expect(cases).toBeGreaterThanOrEqual(200);
    expect(await dumpDatabase(dbName)).toEqual(before);
  });
});

describe('the messages', () => {
  const refuse = (text: string) => {
    const result = parseBackup(text, guide);
    return result.ok ? 'accepted' : result.message;
  };

  it('say in plain words what is wrong', () => {
    expect(refuse('')).toBe('This file is empty.');
    expect(refuse('Dear diary')).toBe('This file is not a Career Path Planner backup: it is not JSON text.');
    expect(refuse('{"format": }')).toBe(
      'This file is not a Career Path Planner backup: it is not JSON text.',
    );
    expect(refuse(VALID_TEXT.slice(0, 100))).toBe(
      'This backup is incomplete: the file ends in the middle of it. It may have been cut off while downloading or copying.',
    );
    expect(refuse('[1, 2]')).toBe(
      'This file is not a Career Path Planner backup. It holds a list rather than a backup.',
    );
    expect(refuse('{"format": "something-else"}')).toBe('This file is not a Career Path Planner backup.');
    expect(refuse(JSON.stringify({ ...VALID, version: 3 }))).toBe(
      'This backup was made by a newer version of the app (backup version 3). This version reads backups up to version 2: update the app, then try again.',
    );
    expect(refuse(JSON.stringify({ ...VALID, guideId: 'software-engineer' }))).toBe(
      'This backup is for another career guide ("software-engineer"), not for Customer Care Representative ("customer-care-representative"). Open that guide to restore it.',
    );
    expect(refuse(`{"__proto__": {"polluted": true}, ${VALID_TEXT.slice(1)}`)).toBe(
      'This file is not a safe Career Path Planner backup: it contains the key "__proto__", which a backup never has.',
    );
    expect(refuse(VALID_TEXT.replace('"goals":{', '"goals":{"constructor":{"prototype":{}},'))).toBe(
      'This file is not a safe Career Path Planner backup: it contains the key "constructor" (in profile.goals), which a backup never has.',
    );

    const file = clone();
    setAt(file, ['history', 2, 'level'], 7);
    expect(refuse(JSON.stringify(file))).toBe(
      'This backup is damaged: history[2].level: 7 is not a level on this guide’s scale (0 to 4).',
    );
    setAt(file, ['history', 2, 'level'], 'high');
    setAt(file, ['history', 3, 'at'], -1);
    expect(refuse(JSON.stringify(file))).toBe(
      'This backup is damaged: history[2].level must be a level on this guide’s scale (0 to 4) or null, not text (and 1 more problem).',
    );
    deleteAt(file, ['ratings']);
    expect(refuse(JSON.stringify(file))).toMatch(
      /^This backup is damaged: ratings is missing \(and 2 more problems\)\.$/,
    );

    const unknown = clone();
    setAt(unknown, ['ratings', 0, 'skillId'], 'juggling');
    setAt(unknown, ['history', 0, 'skillId'], 'fire-breathing');
    setAt(unknown, ['history', 1, 'skillId'], 'unicycling');
    setAt(unknown, ['history', 2, 'skillId'], 'knife-throwing');
    expect(refuse(JSON.stringify(unknown))).toBe(
      'This backup has skills that this guide does not have: "juggling", "fire-breathing", "unicycling" and 1 more. It may have been made with another version of the guide.',
    );
  });
});

/**
 * JSON text of `value` with `member` ("key": value) added to the `target`-th object or list
 * (counted depth first, the root being 0): as the first or last member of an object, or in
 * an object of its own at the start or end of a list.
 */
function stringifyInjecting(value: unknown, target: number, member: string, first: boolean): string {
  let index = 0;
  const place = (items: string[], extra: string) => (first ? [extra, ...items] : [...items, extra]);
  const write = (v: unknown): string => {
    if (Array.isArray(v)) {
      const mine = index++;
      const items = v.map(write);
      return `[${(mine === target ? place(items, `{${member}}`) : items).join(',')}]`;
    }
    if (v !== null && typeof v === 'object') {
      const mine = index++;
      const members = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${write(x)}`);
      return `{${(mine === target ? place(members, member) : members).join(',')}}`;
    }
    return JSON.stringify(v);
  };
  return write(value);
}
