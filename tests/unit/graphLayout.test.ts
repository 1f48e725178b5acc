import fc from 'fast-check';
import { loadDefaultGuide } from '../../src/app/defaultGuide';
import type { Guide, GuideInput } from '../../src/domain/guide';
import {
  categoryNodeId,
  buildFlowElements,
  skillNodeId,
  tierNodeId,
} from '../../src/features/skill-map/buildFlowElements';
import { boxesOverlap, computeGraphLayout, type Box } from '../../src/features/skill-map/graphLayout';
import { buildGuide } from '../fixtures/buildGuide';

/** Written out here rather than borrowed from the code under test. Touching edges do not count. */
function overlap(a: Box, b: Box): boolean {
  const apart =
    a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
  return !apart;
}

function inside(inner: Box, outer: { width: number; height: number }): boolean {
  return (
    inner.x >= 0 &&
    inner.y >= 0 &&
    inner.x + inner.width <= outer.width &&
    inner.y + inner.height <= outer.height
  );
}

function overlappingPairs<T extends Box>(
  boxes: readonly T[],
  others: readonly Box[] | null = null,
): Array<[T, Box]> {
  const pairs: Array<[T, Box]> = [];
  boxes.forEach((a, i) => {
    const against = others ?? boxes.slice(i + 1);
    for (const b of against) if (overlap(a, b)) pairs.push([a, b]);
  });
  return pairs;
}

/**
 * A valid guide of the given shape: `skillCategories[i]` picks the category of skill i (so
 * some categories may be empty), `leads[i]` the categories category i leads to.
 */
function guideOfShape(
  tierCount: number,
  categoryCount: number,
  skillCategories: number[],
  leads: number[][],
): Guide {
  const tiers: GuideInput['tiers'] = Array.from({ length: tierCount }, (_, i) => ({
    id: `tier-${i}`,
    title: `Tier ${i}`,
    shortTitle: `T${i}`,
    experience: { minYears: i * 2, maxYears: i + 1 < tierCount ? (i + 1) * 2 : null },
    description: `Tier ${i}.`,
  }));
  const categories: GuideInput['categories'] = Array.from({ length: categoryCount }, (_, i) => ({
    id: `category-${i}`,
    name: `Category ${i}`,
    description: `Category ${i}.`,
    leadsTo: [...new Set((leads[i] ?? []).map((n) => n % categoryCount))]
      .filter((n) => n !== i)
      .map((n) => `category-${n}`),
    rationale: {},
  }));
  const skills: GuideInput['skills'] = skillCategories.map((pick, i) => ({
    id: `skill-${i}`,
    name: `Skill number ${i}`,
    categoryId: `category-${pick % categoryCount}`,
    description: `Skill ${i}.`,
    requirements: Object.fromEntries(tiers.map((t, j) => [t.id, Math.min(4, (i + j) % 5)])),
  }));
  return buildGuide({
    tiers,
    categories,
    skills,
    salary: {
      currency: 'USD',
      region: 'Test',
      period: 'year',
      range: { min: 0, max: 1 },
      figures: [],
    },
    advice: [],
    commonMistakes: [],
  });
}

const arbitraryGuide: fc.Arbitrary<Guide> = fc
  .record({
    tierCount: fc.integer({ min: 1, max: 6 }),
    categoryCount: fc.integer({ min: 1, max: 8 }),
    // An explicit count: fast-check's default size would keep arrays to a dozen or so items.
    skillCategories: fc
      .integer({ min: 1, max: 300 })
      .chain((count) => fc.array(fc.nat({ max: 7 }), { minLength: count, maxLength: count })),
    leads: fc.array(fc.array(fc.nat({ max: 7 }), { maxLength: 3 }), { maxLength: 8 }),
  })
  .map(({ tierCount, categoryCount, skillCategories, leads }) =>
    guideOfShape(tierCount, categoryCount, skillCategories, leads),
  );

const defaultGuide = loadDefaultGuide();

describe('computeGraphLayout', () => {
  it('gives the same layout for the same guide', () => {
    const first = computeGraphLayout(defaultGuide);
    const again = computeGraphLayout(structuredClone(defaultGuide));
    expect(again).toEqual(first);
    expect(computeGraphLayout(defaultGuide)).toEqual(first);
  });

  it('is deterministic for any guide', () => {
    fc.assert(
      fc.property(arbitraryGuide, (guide) => {
        expect(computeGraphLayout(structuredClone(guide))).toEqual(computeGraphLayout(guide));
      }),
      { numRuns: 30 },
    );
  });

  it('lays out the default guide without overlaps', () => {
    const layout = computeGraphLayout(defaultGuide);
    expect(layout.tiers).toHaveLength(4);
    expect(layout.categories).toHaveLength(5);
    expect(layout.skills).toHaveLength(34);
    expect(overlappingPairs(layout.categories)).toEqual([]);
    expect(overlappingPairs(layout.tiers, layout.categories)).toEqual([]);
  });

  it('never overlaps two boxes, and keeps every skill inside its category, for any valid guide', () => {
    fc.assert(
      fc.property(arbitraryGuide, (guide) => {
        const layout = computeGraphLayout(guide);

        // One box for each tier, category and skill, in the guide's order.
        expect(layout.tiers.map((t) => t.tierId)).toEqual(guide.tiers.map((t) => t.id));
        expect(layout.categories.map((c) => c.categoryId)).toEqual(guide.categories.map((c) => c.id));
        expect(layout.skills.map((s) => s.skillId).sort()).toEqual(guide.skills.map((s) => s.id).sort());

        for (const box of [...layout.tiers, ...layout.categories, ...layout.skills]) {
          expect(box.width).toBeGreaterThan(0);
          expect(box.height).toBeGreaterThan(0);
        }

        expect(overlappingPairs(layout.tiers)).toEqual([]);
        expect(overlappingPairs(layout.categories)).toEqual([]);
        expect(overlappingPairs(layout.tiers, layout.categories)).toEqual([]);

        for (const category of layout.categories) {
          const members = layout.skills.filter((s) => s.categoryId === category.categoryId);
          const expected = guide.skills.filter((s) => s.categoryId === category.categoryId).map((s) => s.id);
          expect(members.map((m) => m.skillId)).toEqual(expected);
          expect(overlappingPairs(members)).toEqual([]);
          for (const member of members) {
            expect(inside(member, category), `${member.skillId} inside ${category.categoryId}`).toBe(true);
          }
        }

        // The overall size encloses every box.
        for (const box of [...layout.tiers, ...layout.categories]) {
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
          expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('boxesOverlap', () => {
  const box = (x: number, y: number, width = 10, height = 10): Box => ({ x, y, width, height });

  it.each([
    ['the same box', box(0, 0), box(0, 0), true],
    ['one corner inside the other', box(0, 0), box(5, 5), true],
    ['one box inside the other', box(0, 0, 100, 100), box(10, 10), true],
    ['a cross shape', box(0, 10, 30, 10), box(10, 0, 10, 30), true],
    ['touching on an edge', box(0, 0), box(10, 0), false],
    ['touching at a corner', box(0, 0), box(10, 10), false],
    ['side by side with a gap', box(0, 0), box(11, 0), false],
    ['one above the other', box(0, 0), box(0, 20), false],
  ])('%s', (_name, a, b, expected) => {
    expect(boxesOverlap(a, b)).toBe(expected);
    expect(boxesOverlap(b, a)).toBe(expected);
    expect(overlap(a, b)).toBe(expected);
  });
});

describe('buildFlowElements', () => {
  function check(guide: Guide) {
    const { nodes, edges } = buildFlowElements(guide);
    const layout = computeGraphLayout(guide);

    const ids = nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('tier:')).sort()).toEqual(
      guide.tiers.map((t) => tierNodeId(t.id)).sort(),
    );
    expect(ids.filter((id) => id.startsWith('category:')).sort()).toEqual(
      guide.categories.map((c) => categoryNodeId(c.id)).sort(),
    );
    expect(ids.filter((id) => id.startsWith('skill:')).sort()).toEqual(
      guide.skills.map((s) => skillNodeId(s.id)).sort(),
    );
    expect(nodes).toHaveLength(guide.tiers.length + guide.categories.length + guide.skills.length);

    // Skill nodes sit in their category, which React Flow needs listed before them.
    for (const skill of guide.skills) {
      const index = ids.indexOf(skillNodeId(skill.id));
      const node = nodes[index]!;
      expect(node.parentId).toBe(categoryNodeId(skill.categoryId));
      expect(ids.indexOf(node.parentId!)).toBeLessThan(index);
      const box = layout.skills.find((b) => b.skillId === skill.id)!;
      expect(node.position).toEqual({ x: box.x, y: box.y });
      expect(node.ariaLabel).toBe(`Skill: ${skill.name}`);
    }

    // One "leads to" edge per link in the guide, and no other.
    const leads = edges.filter((e) => e.id.startsWith('leads:'));
    const expected = guide.categories.flatMap((c) =>
      (c.leadsTo ?? []).map((target) => ({ source: categoryNodeId(c.id), target: categoryNodeId(target) })),
    );
    expect(leads.map((e) => ({ source: e.source, target: e.target }))).toEqual(expected);

    // Every edge joins two nodes that exist.
    for (const edge of edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
    }
    return { nodes, edges };
  }

  it('gives one node per tier, category and skill, and an edge per "leads to", for the default guide', () => {
    const { nodes, edges } = check(defaultGuide);
    expect(nodes).toHaveLength(4 + 5 + 34);
    expect(edges.filter((e) => e.id.startsWith('leads:'))).toHaveLength(4);
    // The ladder: each tier leads to the next.
    expect(edges.filter((e) => e.id.startsWith('ladder:')).map((e) => [e.source, e.target])).toEqual([
      ['tier:junior', 'tier:mid'],
      ['tier:mid', 'tier:senior'],
      ['tier:senior', 'tier:team-lead'],
    ]);
  });

  it('does the same for any valid guide', () => {
    fc.assert(
      fc.property(arbitraryGuide, (guide) => {
        check(guide);
      }),
      { numRuns: 30 },
    );
  });
});
