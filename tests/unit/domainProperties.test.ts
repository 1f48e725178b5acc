import fc from 'fast-check';
import { recommendFocus } from '../../src/domain/focus';
import { computeSkillGaps, categoryProgress } from '../../src/domain/gaps';
import type { Guide } from '../../src/domain/guide';
import { computeReadiness } from '../../src/domain/readiness';
import { projectSalary, salaryStep } from '../../src/domain/salary';
import { inferCurrentTier, tierIndex } from '../../src/domain/tiers';
import type { Ratings } from '../../src/domain/types';
import {
  arbitraryRatings,
  buildGuide,
  arbitraryGuide as arbitraryGuideFixture,
} from '../fixtures/buildGuide';

const fixture = buildGuide();

const arbitraryGuide: fc.Arbitrary<Guide> = arbitraryGuideFixture();

const anyGuide = fc.oneof(fc.constant(fixture), arbitraryGuide);
const years = fc.oneof(
  fc.double({ min: -5, max: 30, noNaN: true }),
  fc.integer({ min: 0, max: 12 }),
  fc.constant(Number.NaN),
);

/** A guide with ratings for it and one of its tiers. */
const scenario = anyGuide.chain((guide) =>
  fc.record({
    guide: fc.constant(guide),
    ratings: arbitraryRatings(guide),
    years,
    tierId: fc.constantFrom(...guide.tiers.map((t) => t.id)),
  }),
);

const atLeastRequirement = (guide: Guide, ratings: Ratings, tierId: string): Ratings =>
  Object.fromEntries(
    guide.skills.map((s) => [s.id, Math.max(ratings[s.id] ?? 0, s.requirements[tierId] ?? 0)]),
  );

describe('readiness properties', () => {
  it('is always a whole number from 0 to 100', () => {
    fc.assert(
      fc.property(scenario, ({ guide, ratings, years, tierId }) => {
        const { score } = computeReadiness(guide, ratings, years, tierId);
        return Number.isInteger(score) && score >= 0 && score <= 100;
      }),
    );
  });

  it('never drops when one rating is raised', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.nat(),
        fc.integer({ min: 0, max: 4 }),
        ({ guide, ratings, years, tierId }, skillPick, step) => {
          const skill = guide.skills[skillPick % guide.skills.length]!;
          const raised = { ...ratings, [skill.id]: Math.min(4, (ratings[skill.id] ?? 0) + step) };
          const before = computeReadiness(guide, ratings, years, tierId).score;
          const after = computeReadiness(guide, raised, years, tierId).score;
          return after >= before;
        },
      ),
    );
  });

  it('never drops with more years', () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 0, max: 10, noNaN: true }), (s, extra) => {
        const base = Number.isNaN(s.years) ? 0 : Math.max(0, s.years);
        const before = computeReadiness(s.guide, s.ratings, base, s.tierId).score;
        const after = computeReadiness(s.guide, s.ratings, base + extra, s.tierId).score;
        return after >= before;
      }),
    );
  });

  it('is 100 and ready when every requirement and the years are met', () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 0, max: 10, noNaN: true }), (s, extra) => {
        const tier = s.guide.tiers[tierIndex(s.guide, s.tierId)]!;
        const ratings = atLeastRequirement(s.guide, s.ratings, s.tierId);
        const readiness = computeReadiness(s.guide, ratings, tier.experience.minYears + extra, s.tierId);
        return readiness.score === 100 && readiness.ready && readiness.unmetSkillCount === 0;
      }),
    );
  });

  it('is 100 exactly when ready', () => {
    fc.assert(
      fc.property(scenario, ({ guide, ratings, years, tierId }) => {
        const readiness = computeReadiness(guide, ratings, years, tierId);
        return (readiness.score === 100) === readiness.ready;
      }),
    );
  });

  it('keeps its fractions within 0–1 and its points consistent with the score', () => {
    fc.assert(
      fc.property(scenario, ({ guide, ratings, years, tierId }) => {
        const r = computeReadiness(guide, ratings, years, tierId);
        const inUnit = (x: number) => x >= 0 && x <= 1;
        return (
          inUnit(r.skillsFraction) &&
          inUnit(r.experienceFraction) &&
          r.score <= r.skillPoints + r.experiencePoints + 1e-6 &&
          r.score > r.skillPoints + r.experiencePoints - 1 - 1e-6
        );
      }),
    );
  });
});

describe('gap properties', () => {
  it('never reports a negative gap, and a gap of 0 means met', () => {
    fc.assert(
      fc.property(scenario, ({ guide, ratings, tierId }) =>
        computeSkillGaps(guide, ratings, tierId).every(
          (g) => g.gap >= 0 && (g.gap === 0) === (g.status === 'met'),
        ),
      ),
    );
  });

  it('agrees with readiness on how many skills are unmet', () => {
    fc.assert(
      fc.property(scenario, ({ guide, ratings, years, tierId }) => {
        const unmet = computeSkillGaps(guide, ratings, tierId).filter((g) => g.status !== 'met').length;
        return unmet === computeReadiness(guide, ratings, years, tierId).unmetSkillCount;
      }),
    );
  });

  it('adds up per category to the whole', () => {
    fc.assert(
      fc.property(scenario, ({ guide, ratings, years, tierId }) => {
        const categories = categoryProgress(guide, ratings, tierId);
        const readiness = computeReadiness(guide, ratings, years, tierId);
        const sum = (key: 'achievedLevels' | 'requiredLevels' | 'total') =>
          categories.reduce((n, c) => n + c[key], 0);
        return (
          sum('achievedLevels') === readiness.achievedLevels &&
          sum('requiredLevels') === readiness.requiredLevels &&
          sum('total') === guide.skills.length
        );
      }),
    );
  });
});

describe('focus properties', () => {
  it('lists every unmet skill, sorted by readiness gain', () => {
    fc.assert(
      fc.property(scenario, ({ guide, ratings, years, tierId }) => {
        const items = recommendFocus(guide, ratings, years, tierId, Number.POSITIVE_INFINITY);
        const unmet = computeSkillGaps(guide, ratings, tierId)
          .filter((g) => g.status !== 'met')
          .map((g) => g.skillId);
        const gains = items.map((i) => i.readinessGain);
        return (
          [...items.map((i) => i.skill.id)].sort().join() === [...unmet].sort().join() &&
          gains.every((g, i) => g >= 0 && (i === 0 || gains[i - 1]! >= g))
        );
      }),
    );
  });

  it('returns at most the limit, as a prefix of the full ranking', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 6 }), ({ guide, ratings, years, tierId }, limit) => {
        const all = recommendFocus(guide, ratings, years, tierId, Number.POSITIVE_INFINITY);
        const some = recommendFocus(guide, ratings, years, tierId, limit);
        return (
          some.length === Math.min(limit, all.length) &&
          some.every((item, i) => item.skill.id === all[i]!.skill.id)
        );
      }),
    );
  });
});

describe('tier properties', () => {
  it('infers a tier that never goes down as years grow', () => {
    fc.assert(
      fc.property(
        anyGuide.chain((guide) => fc.tuple(fc.constant(guide), arbitraryRatings(guide))),
        years,
        fc.double({ min: 0, max: 20, noNaN: true }),
        ([guide, ratings], y, extra) => {
          const base = Number.isNaN(y) ? 0 : Math.max(0, y);
          const before = tierIndex(guide, inferCurrentTier(guide, ratings, base).id);
          const after = tierIndex(guide, inferCurrentTier(guide, ratings, base + extra).id);
          return after >= before;
        },
      ),
    );
  });

  it('infers a tier that is met, or else the first tier', () => {
    fc.assert(
      fc.property(scenario, ({ guide, ratings, years }) => {
        const tier = inferCurrentTier(guide, ratings, years);
        return tier.id === guide.tiers[0]!.id || computeReadiness(guide, ratings, years, tier.id).ready;
      }),
    );
  });
});

describe('salary properties', () => {
  it('projects one point per year, in order, through tiers that never go back', () => {
    fc.assert(
      fc.property(
        anyGuide,
        years,
        fc.integer({ min: 0, max: 30 }),
        fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: undefined }),
        (guide, y, horizonYears, currentSalary) => {
          const points = projectSalary(guide, { yearsOfExperience: y, horizonYears, currentSalary });
          return (
            points.length === horizonYears + 1 &&
            points.every(
              (p, i) =>
                i === 0 ||
                (Math.abs(p.year - points[i - 1]!.year - 1) < 1e-9 &&
                  tierIndex(guide, p.tierId) >= tierIndex(guide, points[i - 1]!.tierId)),
            )
          );
        },
      ),
    );
  });

  it('steps by the difference of the two figures', () => {
    const ids = fixture.tiers.map((t) => t.id);
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (from, to) => {
        const step = salaryStep(fixture, from, to)!;
        return step.change === step.to.amount - step.from.amount;
      }),
    );
  });
});
