import {
  EXPERIENCE_WEIGHT,
  MAX_READINESS,
  SKILL_WEIGHT,
  computeReadiness,
  explainReadinessRule,
} from '../../src/domain/readiness';
import { buildGuide, ratingsMeeting } from '../fixtures/buildGuide';

const guide = buildGuide();

/** The fixture with the mid tier's minimum changed, to exercise awkward year fractions. */
const withMidMinYears = (minYears: number) =>
  buildGuide({
    tiers: guide.tiers.map((t) =>
      t.id === 'mid' ? { ...t, experience: { minYears, maxYears: Math.max(minYears, 5) } } : t,
    ),
  });

describe('readiness weights', () => {
  it('are 80 for skills and 20 for experience', () => {
    expect(SKILL_WEIGHT).toBe(80);
    expect(EXPERIENCE_WEIGHT).toBe(20);
    expect(MAX_READINESS).toBe(100);
  });
});

describe('computeReadiness', () => {
  it('with nothing rated and 0 years, scores a tier with no minimum years on experience alone', () => {
    expect(computeReadiness(guide, {}, 0, 'junior')).toEqual({
      tierId: 'junior',
      score: 20,
      skillsFraction: 0,
      experienceFraction: 1,
      skillPoints: 0,
      experiencePoints: 20,
      ready: false,
      yearsRequired: 0,
      unmetSkillCount: 2,
      achievedLevels: 0,
      requiredLevels: 2,
    });
  });

  it('with nothing rated and 0 years, scores 0 for a tier with a minimum', () => {
    expect(computeReadiness(guide, {}, 0, 'mid')).toMatchObject({
      score: 0,
      ready: false,
      unmetSkillCount: 4,
    });
  });

  it('adds capped skill levels and the experience share', () => {
    // Levels 2 + 1 + min(4, 3) + 0 = 6 of 8 → 60; 1 of 2 years → 10.
    const readiness = computeReadiness(guide, { listening: 2, writing: 1, ticketing: 4 }, 1, 'mid');
    expect(readiness).toMatchObject({
      score: 70,
      skillsFraction: 0.75,
      experienceFraction: 0.5,
      skillPoints: 60,
      experiencePoints: 10,
      ready: false,
      yearsRequired: 2,
      unmetSkillCount: 2,
      achievedLevels: 6,
      requiredLevels: 8,
    });
  });

  it('gives nothing extra for levels beyond a requirement', () => {
    const allTop = { listening: 4, writing: 4, ticketing: 4, troubleshooting: 4 };
    expect(computeReadiness(guide, allTop, 0, 'mid').score).toBe(80);
  });

  it('scores exactly 100 and ready when everything is met', () => {
    for (const tier of guide.tiers) {
      const readiness = computeReadiness(
        guide,
        ratingsMeeting(guide, tier.id),
        tier.experience.minYears,
        tier.id,
      );
      expect(readiness).toMatchObject({ score: 100, ready: true, skillsFraction: 1, experienceFraction: 1 });
    }
  });

  it('is not ready with all skills met but too few years', () => {
    expect(computeReadiness(guide, ratingsMeeting(guide, 'mid'), 1, 'mid')).toMatchObject({
      score: 90,
      ready: false,
      unmetSkillCount: 0,
    });
  });

  it('is not ready with enough years but one skill short', () => {
    const ratings = { ...ratingsMeeting(guide, 'senior'), writing: 3 };
    // 13 of 14 levels → 74.28…, plus 20.
    expect(computeReadiness(guide, ratings, 10, 'senior')).toMatchObject({ score: 94, ready: false });
  });

  it('counts an unrated skill like the bottom level in the score but keeps it unmet', () => {
    const rated0 = computeReadiness(guide, { listening: 0 }, 0, 'mid');
    const unrated = computeReadiness(guide, {}, 0, 'mid');
    expect(rated0.score).toBe(unrated.score);
    expect(rated0.unmetSkillCount).toBe(unrated.unmetSkillCount);
  });

  it('treats negative and NaN years as 0', () => {
    const zero = computeReadiness(guide, {}, 0, 'mid');
    expect(computeReadiness(guide, {}, -3, 'mid')).toEqual(zero);
    expect(computeReadiness(guide, {}, Number.NaN, 'mid')).toEqual(zero);
  });

  it('caps experience at the tier minimum', () => {
    expect(computeReadiness(guide, {}, 40, 'mid').experiencePoints).toBe(20);
    expect(computeReadiness(guide, {}, Number.POSITIVE_INFINITY, 'mid').experienceFraction).toBe(1);
  });

  it('gives full skill points to a tier that requires nothing', () => {
    const nothing = buildGuide({
      skills: guide.skills.map((s) => ({ ...s, requirements: { ...s.requirements, junior: 0 } })),
    });
    expect(computeReadiness(nothing, {}, 0, 'junior')).toMatchObject({
      score: 100,
      ready: true,
      skillsFraction: 1,
      requiredLevels: 0,
    });
  });

  it('does not lose a point to floating-point error on fractional years', () => {
    // 0.3 of 3 years is exactly 2 points, which naive arithmetic computes as 1.999….
    expect(computeReadiness(withMidMinYears(3), {}, 0.3, 'mid').score).toBe(2);
  });

  it('never reaches 100 unless ready, even when rounding would say so', () => {
    const readiness = computeReadiness(guide, ratingsMeeting(guide, 'senior'), 5 - 1e-15, 'senior');
    expect(readiness.ready).toBe(false);
    expect(readiness.score).toBe(99);
  });

  it('measures levels from the bottom of a scale that starts at 1', () => {
    const oneBased = buildGuide({
      scale: { levels: guide.scale.levels.map((l) => ({ ...l, level: l.level + 1 })) },
      skills: guide.skills.map((s) => ({
        ...s,
        requirements: Object.fromEntries(Object.entries(s.requirements).map(([t, n]) => [t, n + 1])),
      })),
    });
    expect(computeReadiness(oneBased, {}, 0, 'mid').score).toBe(0);
    expect(computeReadiness(oneBased, { listening: 1 }, 0, 'mid').score).toBe(0);
    expect(computeReadiness(oneBased, { listening: 3, writing: 2, ticketing: 5 }, 1, 'mid').score).toBe(70);
  });

  it('throws on an unknown tier', () => {
    expect(() => computeReadiness(guide, {}, 0, 'nope')).toThrow(/Unknown tier/);
  });
});

describe('explainReadinessRule', () => {
  it('states the weights, the cap, the unrated rule and readiness in plain words', () => {
    const lines = explainReadinessRule(guide);
    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(text).toContain('80 points for skills');
    expect(text).toContain('20 for experience');
    expect(text).toContain('level 0 (None)');
    expect(text).toMatch(/rounded down/);
    expect(text).toMatch(/ready for a tier when every skill/);
  });
});
