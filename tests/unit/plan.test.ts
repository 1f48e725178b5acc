import fc from 'fast-check';
import { loadDefaultGuide } from '../../src/app/defaultGuide';
import {
  buildPlan,
  DEFAULT_PROJECTION_YEARS,
  EMPTY_PROFILE,
  FOCUS_COUNT,
  resolveCurrentTier,
  type Profile,
} from '../../src/domain';
import { arbitraryRatings, buildGuide, ratingsMeeting } from '../fixtures/buildGuide';

const guide = buildGuide();
const today = new Date(Date.UTC(2026, 0, 1));

function profile(patch: Partial<Profile> = {}): Profile {
  return { ...EMPTY_PROFILE, onboarded: true, ...patch };
}

describe('buildPlan', () => {
  it('plans for the tier after the current one by default', () => {
    const plan = buildPlan(guide, {}, profile({ yearsOfExperience: 1 }), today);
    expect(plan.currentTier.id).toBe('junior');
    expect(plan.currentTierInferred).toBe(true);
    expect(plan.targetTier.id).toBe('mid');
    expect(plan.atTopTier).toBe(false);
    expect(plan.readiness.tierId).toBe('mid');
  });

  it('plans for the tier the person chose', () => {
    const plan = buildPlan(guide, {}, profile({ targetTierId: 'senior' }), today);
    expect(plan.currentTier.id).toBe('junior');
    expect(plan.targetTier.id).toBe('senior');
    expect(plan.step?.to.amount).toBe(65_000);
  });

  it('at the top tier plans for the current tier and shows no step in pay', () => {
    const plan = buildPlan(guide, {}, profile({ currentTierId: 'senior', yearsOfExperience: 6 }), today);
    expect(plan.atTopTier).toBe(true);
    expect(plan.currentTier.id).toBe('senior');
    expect(plan.targetTier.id).toBe('senior');
    expect(plan.step).toBeNull();
    expect(plan.currentSalary).toEqual(plan.targetSalary);
  });

  it('works out the top tier from ratings and years when none is declared', () => {
    const plan = buildPlan(guide, ratingsMeeting(guide, 'senior'), profile({ yearsOfExperience: 5 }), today);
    expect(plan.currentTier.id).toBe('senior');
    expect(plan.currentTierInferred).toBe(true);
    expect(plan.targetTier.id).toBe('senior');
    expect(plan.readiness.ready).toBe(true);
    expect(plan.rankedGaps).toEqual([]);
    expect(plan.step).toBeNull();
  });

  it('says whether anything is rated; a rating of the bottom level counts as rated', () => {
    expect(buildPlan(guide, {}, profile(), today).nothingRated).toBe(true);
    expect(buildPlan(guide, { listening: 0 }, profile(), today).nothingRated).toBe(false);
    expect(buildPlan(guide, { writing: 3 }, profile(), today).nothingRated).toBe(false);
  });

  it('puts the first three ranked gaps in focus', () => {
    // Nothing rated: all four skills fall short of mid.
    const plan = buildPlan(guide, {}, profile({ yearsOfExperience: 2 }), today);
    expect(plan.rankedGaps).toHaveLength(4);
    expect(plan.focus).toHaveLength(FOCUS_COUNT);
    expect(plan.focus).toEqual(plan.rankedGaps.slice(0, FOCUS_COUNT));
    // Ticketing (3 levels short) is worth the most.
    expect(plan.focus[0]?.skill.id).toBe('ticketing');
  });

  it('focuses on fewer than three when fewer are unmet', () => {
    const ratings = { ...ratingsMeeting(guide, 'mid'), writing: 1 };
    const plan = buildPlan(guide, ratings, profile({ yearsOfExperience: 2, currentTierId: 'junior' }), today);
    expect(plan.rankedGaps.map((g) => g.skill.id)).toEqual(['writing']);
    expect(plan.focus).toEqual(plan.rankedGaps);
  });

  it('gives the step from junior to mid in the default guide as $36,200 → $46,000', () => {
    const defaultGuide = loadDefaultGuide();
    const plan = buildPlan(defaultGuide, {}, profile({ yearsOfExperience: 0 }), today);
    expect(plan.currentTier.id).toBe('junior');
    expect(plan.targetTier.id).toBe('mid');
    expect(plan.step).toMatchObject({
      from: { amount: 36_200, kind: 'point' },
      to: { amount: 46_000, kind: 'point' },
      change: 9_800,
      changePercent: 27.1,
      changeBound: 'exact',
    });
  });

  it('marks a step to a lower-bound figure as "at least"', () => {
    const plan = buildPlan(guide, {}, profile({ currentTierId: 'mid', yearsOfExperience: 3 }), today);
    expect(plan.targetTier.id).toBe('senior');
    expect(plan.step).toMatchObject({ change: 15_000, changeBound: 'atLeast', isLowerBound: true });
  });

  it('projects the default horizon without a target date, and further for a far one', () => {
    const years = 1;
    const noDate = buildPlan(guide, {}, profile({ yearsOfExperience: years }), today);
    expect(noDate.pace.verdict).toBe('no-date');
    expect(noDate.projection).toHaveLength(DEFAULT_PROJECTION_YEARS + 1);
    expect(noDate.projection[0]?.year).toBe(years);

    const near = buildPlan(
      guide,
      {},
      profile({ yearsOfExperience: years, goals: { ...EMPTY_PROFILE.goals, targetDate: '2028-01-01' } }),
      today,
    );
    expect(near.projection).toHaveLength(DEFAULT_PROJECTION_YEARS + 1);

    // 2026-01-01 → 2046-01-01 is exactly 20 × 365.25 days.
    const far = buildPlan(
      guide,
      {},
      profile({ yearsOfExperience: years, goals: { ...EMPTY_PROFILE.goals, targetDate: '2046-01-01' } }),
      today,
    );
    expect(far.pace.yearsAtTargetDate).toBeCloseTo(years + 20, 6);
    expect(far.projection.length).toBeGreaterThan(DEFAULT_PROJECTION_YEARS + 1);
    expect(far.projection.at(-1)?.year).toBeGreaterThanOrEqual(years + 20);
  });

  it('projects the person’s own salary with their raise', () => {
    const plan = buildPlan(
      guide,
      {},
      profile({
        yearsOfExperience: 0,
        goals: { ...EMPTY_PROFILE.goals, currentSalary: 40_000, yearlyRaisePercent: 10 },
      }),
      today,
    );
    expect(plan.projection[0]?.ownSalary).toBe(40_000);
    expect(plan.projection[1]?.ownSalary).toBe(44_000);
  });

  it('counts experience as 0 when it is missing', () => {
    const plan = buildPlan(guide, {}, profile({ yearsOfExperience: null }), today);
    expect(plan.years).toBe(0);
  });

  it('raises the levels to gain with a skill goal above the requirement', () => {
    const base = buildPlan(guide, {}, profile(), today);
    const withGoal = buildPlan(
      guide,
      {},
      profile({ goals: { ...EMPTY_PROFILE.goals, skillTargets: { writing: 4 } } }),
      today,
    );
    expect(withGoal.pace.levelsNeeded).toBe(base.pace.levelsNeeded + 2);
  });
});

describe('resolveCurrentTier', () => {
  const seniorRatings = ratingsMeeting(guide, 'senior');

  it('prefers the declared tier over what ratings and years suggest', () => {
    expect(
      resolveCurrentTier(guide, seniorRatings, profile({ yearsOfExperience: 10, currentTierId: 'junior' })),
    ).toEqual({ tier: guide.tiers[0], inferred: false });
  });

  it('works the tier out when none is declared', () => {
    const resolved = resolveCurrentTier(guide, seniorRatings, profile({ yearsOfExperience: 10 }));
    expect(resolved.tier.id).toBe('senior');
    expect(resolved.inferred).toBe(true);
  });

  it('works the tier out when the declared one is not in the guide', () => {
    const resolved = resolveCurrentTier(
      guide,
      seniorRatings,
      profile({ yearsOfExperience: 3, currentTierId: 'gone' }),
    );
    expect(resolved.tier.id).toBe('mid');
    expect(resolved.inferred).toBe(true);
  });
});

describe('buildPlan properties', () => {
  const tierIds = guide.tiers.map((t) => t.id);
  const bottom = Math.min(...guide.scale.levels.map((l) => l.level));

  it('keeps readiness in 0–100 and ranks exactly the unmet skills', () => {
    fc.assert(
      fc.property(
        arbitraryRatings(guide),
        fc.option(fc.constantFrom(...tierIds), { nil: null }),
        fc.option(fc.constantFrom(...tierIds), { nil: null }),
        fc.option(fc.double({ min: 0, max: 40, noNaN: true }), { nil: null }),
        (ratings, currentTierId, targetTierId, yearsOfExperience) => {
          const plan = buildPlan(
            guide,
            ratings,
            profile({ currentTierId, targetTierId, yearsOfExperience }),
            today,
          );
          const { score } = plan.readiness;
          expect(Number.isInteger(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);

          const unmet = guide.skills
            .filter((skill) => {
              const required = skill.requirements[plan.targetTier.id] ?? bottom;
              return required > bottom && (ratings[skill.id] ?? bottom) < required;
            })
            .map((skill) => skill.id);
          const ranked = plan.rankedGaps.map((item) => item.skill.id);
          expect(new Set(ranked).size).toBe(ranked.length);
          expect([...ranked].sort()).toEqual([...unmet].sort());
          expect(plan.focus).toEqual(plan.rankedGaps.slice(0, FOCUS_COUNT));
          expect(plan.readiness.ready).toBe(
            unmet.length === 0 && plan.years >= plan.targetTier.experience.minYears,
          );
        },
      ),
    );
  });
});
