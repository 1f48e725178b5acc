import {
  CLOSE_GAP_MAX,
  FAR_GAP_MIN,
  GAP_STATUSES,
  categoryProgress,
  computeSkillGaps,
  gapStatus,
  summarizeGaps,
} from '../../src/domain/gaps';
import { buildGuide, ratingsMeeting } from '../fixtures/buildGuide';

const guide = buildGuide();
const gapFor = (ratings: Record<string, number | undefined>, tierId: string, skillId: string) =>
  computeSkillGaps(guide, ratings, tierId).find((g) => g.skillId === skillId)!;

describe('gap thresholds', () => {
  it('are the documented values', () => {
    expect(CLOSE_GAP_MAX).toBe(1);
    expect(FAR_GAP_MIN).toBe(2);
    expect(GAP_STATUSES).toEqual(['met', 'close', 'far', 'not-rated']);
  });

  it('gapStatus classifies by requirement and rating', () => {
    expect(gapStatus(0, null, 0)).toBe('met');
    expect(gapStatus(2, null, 0)).toBe('not-rated');
    expect(gapStatus(2, 2, 0)).toBe('met');
    expect(gapStatus(2, 4, 0)).toBe('met');
    expect(gapStatus(2, 1, 0)).toBe('close');
    expect(gapStatus(3, 1, 0)).toBe('far');
    expect(gapStatus(3, 0, 0)).toBe('far');
    expect(gapStatus(1, null, 1)).toBe('met');
  });
});

describe('computeSkillGaps', () => {
  it('returns one entry per skill in guide order', () => {
    const gaps = computeSkillGaps(guide, {}, 'mid');
    expect(gaps.map((g) => g.skillId)).toEqual(['listening', 'writing', 'ticketing', 'troubleshooting']);
    expect(gaps.map((g) => g.categoryId)).toEqual([
      'communication',
      'communication',
      'technical',
      'technical',
    ]);
  });

  it('with nothing rated, measures every gap from the bottom of the scale', () => {
    expect(computeSkillGaps(guide, {}, 'mid')).toEqual([
      {
        skillId: 'listening',
        categoryId: 'communication',
        required: 2,
        rating: null,
        gap: 2,
        status: 'not-rated',
      },
      {
        skillId: 'writing',
        categoryId: 'communication',
        required: 2,
        rating: null,
        gap: 2,
        status: 'not-rated',
      },
      {
        skillId: 'ticketing',
        categoryId: 'technical',
        required: 3,
        rating: null,
        gap: 3,
        status: 'not-rated',
      },
      {
        skillId: 'troubleshooting',
        categoryId: 'technical',
        required: 1,
        rating: null,
        gap: 1,
        status: 'not-rated',
      },
    ]);
  });

  it('counts an unrated skill that requires nothing as met', () => {
    const gap = gapFor({}, 'junior', 'writing');
    expect(gap).toMatchObject({ required: 0, rating: null, gap: 0, status: 'met' });
  });

  it('tells unrated apart from rated at the bottom level', () => {
    expect(gapFor({}, 'mid', 'listening')).toMatchObject({ rating: null, gap: 2, status: 'not-rated' });
    expect(gapFor({ listening: 0 }, 'mid', 'listening')).toMatchObject({ rating: 0, gap: 2, status: 'far' });
  });

  it('marks one level short as close and two or more as far', () => {
    expect(gapFor({ ticketing: 2 }, 'mid', 'ticketing')).toMatchObject({ gap: 1, status: 'close' });
    expect(gapFor({ ticketing: 1 }, 'mid', 'ticketing')).toMatchObject({ gap: 2, status: 'far' });
  });

  it('never reports a negative gap when the rating exceeds the requirement', () => {
    expect(gapFor({ troubleshooting: 4 }, 'mid', 'troubleshooting')).toMatchObject({
      rating: 4,
      gap: 0,
      status: 'met',
    });
  });

  it('reads off-scale, fractional and non-numeric ratings safely', () => {
    expect(gapFor({ listening: 9 }, 'senior', 'listening')).toMatchObject({ rating: 4, status: 'met' });
    expect(gapFor({ listening: -3 }, 'mid', 'listening')).toMatchObject({ rating: 0, gap: 2 });
    expect(gapFor({ listening: 1.6 }, 'mid', 'listening')).toMatchObject({ rating: 2, status: 'met' });
    expect(gapFor({ listening: Number.NaN }, 'mid', 'listening')).toMatchObject({
      rating: null,
      status: 'not-rated',
    });
    expect(gapFor({ listening: undefined }, 'mid', 'listening').status).toBe('not-rated');
  });

  it('ignores ratings for skills the guide does not have', () => {
    expect(computeSkillGaps(guide, { 'old-skill': 3 }, 'mid')).toEqual(computeSkillGaps(guide, {}, 'mid'));
  });

  it('throws on an unknown tier', () => {
    expect(() => computeSkillGaps(guide, {}, 'principal')).toThrow(/Unknown tier "principal"/);
  });
});

describe('summarizeGaps', () => {
  it('counts each status', () => {
    const gaps = computeSkillGaps(guide, { listening: 2, writing: 1, ticketing: 0 }, 'mid');
    expect(summarizeGaps(gaps)).toEqual({ met: 1, close: 1, far: 1, 'not-rated': 1, total: 4 });
  });

  it('is all zeros for no gaps', () => {
    expect(summarizeGaps([])).toEqual({ met: 0, close: 0, far: 0, 'not-rated': 0, total: 0 });
  });

  it('is all met when every requirement is met', () => {
    const gaps = computeSkillGaps(guide, ratingsMeeting(guide, 'senior'), 'senior');
    expect(summarizeGaps(gaps)).toMatchObject({ met: 4, total: 4 });
  });
});

describe('categoryProgress', () => {
  it('reports met skills and capped levels per category, in guide order', () => {
    expect(categoryProgress(guide, { listening: 2, writing: 1, ticketing: 4 }, 'mid')).toEqual([
      {
        categoryId: 'communication',
        metCount: 1,
        total: 2,
        achievedLevels: 3,
        requiredLevels: 4,
        fraction: 0.75,
      },
      {
        categoryId: 'technical',
        metCount: 1,
        total: 2,
        achievedLevels: 3,
        requiredLevels: 4,
        fraction: 0.75,
      },
    ]);
  });

  it('with nothing rated, counts only skills that require nothing as met', () => {
    const [communication] = categoryProgress(guide, {}, 'junior');
    expect(communication).toEqual({
      categoryId: 'communication',
      metCount: 1,
      total: 2,
      achievedLevels: 0,
      requiredLevels: 1,
      fraction: 0,
    });
  });

  it('gives a category that requires nothing a fraction of 1', () => {
    const relaxed = buildGuide({
      skills: guide.skills.map((s) =>
        s.categoryId === 'technical' ? { ...s, requirements: { ...s.requirements, junior: 0 } } : s,
      ),
    });
    const technical = categoryProgress(relaxed, {}, 'junior')[1];
    expect(technical).toMatchObject({ metCount: 2, total: 2, requiredLevels: 0, fraction: 1 });
  });

  it('includes categories with no skills', () => {
    const withEmpty = buildGuide({
      categories: [...guide.categories, { id: 'empty', name: 'Empty', description: 'None.', rationale: {} }],
    });
    expect(categoryProgress(withEmpty, {}, 'mid')[2]).toEqual({
      categoryId: 'empty',
      metCount: 0,
      total: 0,
      achievedLevels: 0,
      requiredLevels: 0,
      fraction: 1,
    });
  });
});
