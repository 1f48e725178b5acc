import fc from 'fast-check';
import minimalJson from '../fixtures/minimal-guide.json';
import { parseGuide, parseGuideJson, MAX_GUIDE_BYTES, type GuideParseResult } from '../../src/domain/guide';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Path = ReadonlyArray<string | number>;

/** A fresh, mutable copy of the minimal guide. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const minimal = (): any => structuredClone(minimalJson);

/** The minimal guide as plain JSON, for the property tests. */
const minimalData = minimalJson as unknown as Json;

const errorsOf = (result: GuideParseResult): string[] => (result.ok ? [] : result.errors);

describe('guide validation', () => {
  it('accepts the minimal guide', () => {
    const result = parseGuide(minimal());
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('fills in the optional lists with defaults', () => {
    const guide = minimal();
    for (const key of ['responsibilities', 'techStack', 'dayInTheLife', 'advice', 'commonMistakes', 'faq']) {
      delete guide[key];
    }
    const result = parseGuide(guide);
    expect(result.ok && result.guide.advice).toEqual([]);
  });

  it('reports a required level above the top of the scale', () => {
    const guide = minimal();
    guide.scale.levels.push({ level: 4, label: 'Expert', description: 'Leads others.' });
    guide.skills[1].requirements['senior-assistant'] = 7;
    expect(errorsOf(parseGuide(guide))).toEqual([
      "skills[1].requirements.senior-assistant: level 7 is above the scale's top level 4",
    ]);
  });

  it('reports a required level below the bottom of the scale', () => {
    const guide = minimal();
    guide.skills[0].requirements.assistant = -1;
    expect(errorsOf(parseGuide(guide))).toEqual([
      "skills[0].requirements.assistant: level -1 is below the scale's bottom level 0",
    ]);
  });

  it('reports an unknown category', () => {
    const guide = minimal();
    guide.skills[2].categoryId = 'music';
    expect(errorsOf(parseGuide(guide))).toEqual(['skills[2].categoryId: unknown category "music"']);
  });

  it('reports a missing tier requirement', () => {
    const guide = minimal();
    delete guide.skills[0].requirements['senior-assistant'];
    expect(errorsOf(parseGuide(guide))).toEqual([
      'skills[0].requirements: no requirement for tier "senior-assistant"',
    ]);
  });

  it('reports a missing requirement even for a tier id that is also an Object.prototype key', () => {
    const guide = minimal();
    guide.tiers[1].id = 'constructor';
    guide.salary.figures[1].tierId = 'constructor';
    for (const category of guide.categories) {
      category.rationale.constructor = category.rationale['senior-assistant'];
      delete category.rationale['senior-assistant'];
    }
    for (const skill of guide.skills) delete skill.requirements['senior-assistant'];
    expect(errorsOf(parseGuide(guide))).toEqual([
      'skills[0].requirements: no requirement for tier "constructor"',
      'skills[1].requirements: no requirement for tier "constructor"',
      'skills[2].requirements: no requirement for tier "constructor"',
    ]);
  });

  it('reports a requirement for an unknown tier', () => {
    const guide = minimal();
    guide.skills[1].requirements.director = 2;
    expect(errorsOf(parseGuide(guide))).toEqual(['skills[1].requirements.director: unknown tier "director"']);
  });

  it('reports duplicate skill ids', () => {
    const guide = minimal();
    guide.skills.push({ ...guide.skills[1], name: 'Shelving again' });
    expect(errorsOf(parseGuide(guide))).toEqual(['skills: skill id "shelving" is used more than once']);
  });

  it('reports unknown skill ids in advice and mistakes', () => {
    const guide = minimal();
    guide.advice[0].skillIds = ['helping-visitors', 'juggling'];
    guide.commonMistakes[0].skillIds = ['filing'];
    expect(errorsOf(parseGuide(guide))).toEqual([
      'advice[0].skillIds: unknown skill "juggling"',
      'commonMistakes[0].skillIds: unknown skill "filing"',
    ]);
  });

  it('reports other broken references', () => {
    const guide = minimal();
    guide.salary.figures[0].tierId = 'manager';
    guide.categories[0].leadsTo = ['archives'];
    guide.categories[1].rationale.manager = 'No such tier.';
    guide.skills[0].rubric['9'] = 'Off the scale.';
    expect(errorsOf(parseGuide(guide))).toEqual([
      'salary.figures[0].tierId: unknown tier "manager"',
      'categories[0].leadsTo: unknown category "archives"',
      'categories[1].rationale.manager: unknown tier "manager"',
      'skills[0].rubric.9: level 9 is not on the scale',
    ]);
  });

  it('reports a scale that skips a level, a reversed salary range and out-of-order tiers', () => {
    const guide = minimal();
    guide.scale.levels[2].level = 5;
    guide.salary.range = { min: 50000, max: 40000 };
    guide.tiers[1].experience = { minYears: 0, maxYears: 1 };
    guide.tiers[0].experience = { minYears: 2, maxYears: 1 };
    expect(errorsOf(parseGuide(guide))).toEqual([
      'scale.levels[2]: level 5 should follow 1 (levels are consecutive and ascending)',
      'scale.levels[3]: level 3 should follow 5 (levels are consecutive and ascending)',
      'salary.range: min 50000 is above max 40000',
      'tiers[0].experience: maxYears 1 is below minYears 2',
      "tiers[1].experience: minYears 0 is below the previous tier's 2 (tiers are ordered from first to last)",
      'skills[0].rubric.2: level 2 is not on the scale',
    ]);
  });

  it('names the path of shape errors', () => {
    const guide = minimal();
    delete guide.role.title;
    guide.skills[0].id = 'Helping Visitors';
    guide.salary.figures[1].kind = 'average';
    const errors = errorsOf(parseGuide(guide));
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^role\.title: /);
    expect(errors).toContain(
      'skills[0].id: must be lowercase words joined by hyphens, e.g. "active-listening"',
    );
    expect(errors.some((e) => e.startsWith('salary.figures[1].kind: '))).toBe(true);
  });

  it('rejects a wrong format version', () => {
    const guide = minimal();
    guide.formatVersion = 2;
    expect(errorsOf(parseGuide(guide))).toEqual([expect.stringMatching(/^formatVersion: /)]);
  });

  it('turns text that is not JSON into a message', () => {
    const result = parseGuideJson('{ "formatVersion": 1, oops');
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toEqual([expect.stringMatching(/^The file is not valid JSON \(.+\)\.$/)]);
    expect(errorsOf(parseGuideJson(''))[0]).toMatch(/^The file is not valid JSON/);
  });

  it('refuses text above the size limit without parsing it', () => {
    const errors = errorsOf(parseGuideJson(' '.repeat(MAX_GUIDE_BYTES + 1)));
    expect(errors).toEqual([expect.stringMatching(/larger than 2 MB/)]);
  });

  it('parses the minimal guide from JSON text', () => {
    expect(parseGuideJson(JSON.stringify(minimalJson)).ok).toBe(true);
  });

  it('does not let "__proto__" keys pollute Object.prototype', () => {
    const text = JSON.stringify(minimalJson)
      .replace('{', '{"__proto__":{"polluted":"top"},')
      .replace('"requirements":{', '"requirements":{"__proto__":{"polluted":"requirements"},')
      .replace('"rationale":{', '"rationale":{"__proto__":{"polluted":"rationale"},')
      .replace('"rubric":{', '"rubric":{"__proto__":{"polluted":"rubric"},');
    expect(text.match(/__proto__/g)).toHaveLength(4);
    const result = parseGuideJson(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    if (result.ok) {
      const { guide } = result;
      for (const record of [
        guide,
        guide.skills[0]!.requirements,
        guide.categories[0]!.rationale,
        guide.skills[0]!.rubric,
      ]) {
        expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
        expect((record as Record<string, unknown>).polluted).toBeUndefined();
      }
    } else {
      expect(result.errors.length).toBeGreaterThan(0);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests: parseGuide is total. Whatever it is given, it returns a result and never
// throws; a failure always carries at least one non-empty message.

function expectWellFormed(result: GuideParseResult) {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(typeof error).toBe('string');
    expect(error.trim()).not.toBe('');
  }
}

/** Every path in a JSON value, root excluded. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => [[...prefix, i], ...pathsOf(item, [...prefix, i])]);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...pathsOf(item, [...prefix, key]),
    ]);
  }
  return [];
}

type Mutation = { path: Path; op: { kind: 'delete' } | { kind: 'replace'; value: Json } };

/** Applies a mutation if its path still exists (earlier mutations may have removed it). */
function mutate(root: Json, { path, op }: Mutation): void {
  let parent: Json = root;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return;
    parent = (parent as Record<string | number, Json>)[key] ?? null;
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number' && last < parent.length) {
    if (op.kind === 'delete') parent.splice(last, 1);
    else parent[last] = op.value;
  } else if (
    parent !== null &&
    typeof parent === 'object' &&
    !Array.isArray(parent) &&
    typeof last === 'string'
  ) {
    const object = parent as JsonObject;
    if (!Object.hasOwn(object, last)) return;
    if (op.kind === 'delete') delete object[last];
    else object[last] = op.value;
  }
}

describe('guide validation properties', () => {
  const minimalPaths = pathsOf(minimalData);
  const mutation: fc.Arbitrary<Mutation> = fc.record({
    path: fc.constantFrom(...minimalPaths),
    op: fc.oneof(
      fc.constant({ kind: 'delete' as const }),
      fc.jsonValue().map((value) => ({ kind: 'replace' as const, value: value as Json })),
    ),
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(parseGuide(value));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary JSON text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        expectWellFormed(parseGuideJson(text));
      }),
      { numRuns: 300 },
    );
  });

  it('returns a result with messages for random mutations of the minimal guide', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const guide = structuredClone(minimalData);
        for (const m of mutations) mutate(guide, m);
        expectWellFormed(parseGuide(guide));
      }),
      { numRuns: 500 },
    );
  });

  it('rejects a guide with a required key deleted', () => {
    const required: Path[] = [
      ['id'],
      ['role', 'title'],
      ['tiers', 0, 'id'],
      ['skills', 1, 'requirements'],
      ['scale'],
    ];
    for (const path of required) {
      const guide = structuredClone(minimalData);
      mutate(guide, { path, op: { kind: 'delete' } });
      const result = parseGuide(guide);
      expect(result.ok, path.join('.')).toBe(false);
      expectWellFormed(result);
    }
  });
});
