import { findTier, getTier } from '../../src/domain/tierLookup';
import {
  defaultTargetTier,
  formatExperienceRange,
  inferCurrentTier,
  nextTier,
  tierForYears,
  tierIndex,
} from '../../src/domain/tiers';
import type { Tier } from '../../src/domain/guide';
import { buildGuide, ratingsMeeting } from '../fixtures/buildGuide';

const guide = buildGuide();

describe('tier lookup', () => {
  it('tierIndex gives the position, or -1 for an unknown id', () => {
    expect(tierIndex(guide, 'junior')).toBe(0);
    expect(tierIndex(guide, 'senior')).toBe(2);
    expect(tierIndex(guide, 'principal')).toBe(-1);
  });

  it('findTier and getTier find by id; getTier throws on an unknown id', () => {
    expect(findTier(guide, 'mid')?.title).toBe('Mid-Level');
    expect(findTier(guide, 'x')).toBeUndefined();
    expect(getTier(guide, 'mid').id).toBe('mid');
    expect(() => getTier(guide, 'x')).toThrow('Unknown tier "x" in guide "test-role"');
  });
});

describe('nextTier', () => {
  it('is the following tier, or null at the top', () => {
    expect(nextTier(guide, 'junior')?.id).toBe('mid');
    expect(nextTier(guide, 'mid')?.id).toBe('senior');
    expect(nextTier(guide, 'senior')).toBeNull();
  });

  it('throws on an unknown tier', () => {
    expect(() => nextTier(guide, 'x')).toThrow(/Unknown tier/);
  });
});

describe('tierForYears', () => {
  it('is the last tier whose minimum years are reached', () => {
    expect(tierForYears(guide, 0).id).toBe('junior');
    expect(tierForYears(guide, 1.99).id).toBe('junior');
    expect(tierForYears(guide, 2).id).toBe('mid');
    expect(tierForYears(guide, 4.5).id).toBe('mid');
    expect(tierForYears(guide, 5).id).toBe('senior');
    expect(tierForYears(guide, 60).id).toBe('senior');
  });

  it('is the first tier for negative or NaN years, or before the first minimum', () => {
    expect(tierForYears(guide, -1).id).toBe('junior');
    expect(tierForYears(guide, Number.NaN).id).toBe('junior');
    const lateStart = buildGuide({
      tiers: guide.tiers.map((t, i) => (i === 0 ? { ...t, experience: { minYears: 1, maxYears: 2 } } : t)),
    });
    expect(tierForYears(lateStart, 0.5).id).toBe('junior');
  });
});

describe('inferCurrentTier', () => {
  it('is the first tier with nothing rated and no experience', () => {
    expect(inferCurrentTier(guide, {}, 0).id).toBe('junior');
  });

  it('is the first tier even when its own skills are not met', () => {
    expect(inferCurrentTier(guide, {}, 30).id).toBe('junior');
  });

  it('needs both the skills and the years of a tier', () => {
    const senior = ratingsMeeting(guide, 'senior');
    expect(inferCurrentTier(guide, senior, 10).id).toBe('senior');
    expect(inferCurrentTier(guide, senior, 3).id).toBe('mid');
    expect(inferCurrentTier(guide, senior, 1).id).toBe('junior');
    expect(inferCurrentTier(guide, ratingsMeeting(guide, 'mid'), 10).id).toBe('mid');
  });

  it('takes the highest tier met, even if a tier below it is not', () => {
    // Mid asks for more writing than senior in this variant.
    const odd = buildGuide({
      skills: guide.skills.map((s) =>
        s.id === 'writing' ? { ...s, requirements: { junior: 0, mid: 4, senior: 1 } } : s,
      ),
    });
    const ratings = { ...ratingsMeeting(guide, 'senior'), writing: 1 };
    expect(inferCurrentTier(odd, ratings, 10).id).toBe('senior');
  });
});

describe('defaultTargetTier', () => {
  it('is the next tier, or the current one at the top', () => {
    expect(defaultTargetTier(guide, 'junior').id).toBe('mid');
    expect(defaultTargetTier(guide, 'mid').id).toBe('senior');
    expect(defaultTargetTier(guide, 'senior').id).toBe('senior');
  });

  it('is the only tier of a one-tier guide', () => {
    const single = buildGuide({
      tiers: [guide.tiers[0]!],
      salary: { ...guide.salary, figures: [] },
      skills: guide.skills.map((s) => ({ ...s, requirements: { junior: s.requirements.junior ?? 0 } })),
    });
    expect(defaultTargetTier(single, 'junior').id).toBe('junior');
  });
});

describe('formatExperienceRange', () => {
  const tier = (minYears: number, maxYears: number | null): Tier => ({
    ...guide.tiers[0]!,
    experience: { minYears, maxYears },
  });

  it('uses an en dash for a range and a plus for an open end', () => {
    expect(formatExperienceRange(tier(0, 2))).toBe('0–2 years');
    expect(formatExperienceRange(tier(2, 5))).toBe('2–5 years');
    expect(formatExperienceRange(tier(8, null))).toBe('8+ years');
  });

  it('names a single year', () => {
    expect(formatExperienceRange(tier(1, 1))).toBe('1 year');
    expect(formatExperienceRange(tier(3, 3))).toBe('3 years');
  });
});
