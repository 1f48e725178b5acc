import defaultGuideJson from '../../data/careers/customer-care-representative.json';
import {
  computeReadiness,
  defaultTargetTier,
  formatSalaryFigure,
  inferCurrentTier,
  parseGuide,
  projectSalary,
  recommendFocus,
  salaryForTier,
  salaryRangeBand,
  salaryStep,
  type Guide,
} from '../../src/domain';

function loadDefaultGuide(): Guide {
  const result = parseGuide(defaultGuideJson);
  if (!result.ok) throw new Error(`The default guide does not parse:\n${result.errors.join('\n')}`);
  return result.guide;
}

const guide = loadDefaultGuide();
const tierIds = guide.tiers.map((t) => t.id);

/** Every skill rated at the top tier's requirement. */
const topRatings = Object.fromEntries(guide.skills.map((s) => [s.id, s.requirements['team-lead'] ?? 0]));

describe('the engine on the default guide', () => {
  it('has the four tiers the engine tests assume', () => {
    expect(tierIds).toEqual(['junior', 'mid', 'senior', 'team-lead']);
  });

  it('projects a guide salary that never falls from one tier to the next', () => {
    const points = projectSalary(guide, { yearsOfExperience: 0, horizonYears: 12 });
    expect(points.map((p) => p.tierId)).toEqual([
      ...Array<string>(2).fill('junior'),
      ...Array<string>(3).fill('mid'),
      ...Array<string>(3).fill('senior'),
      ...Array<string>(5).fill('team-lead'),
    ]);
    const amounts = points.map((p) => p.guideAmount);
    expect(amounts.every((a) => a !== null)).toBe(true);
    amounts.forEach((amount, i) => {
      if (i > 0) expect(amount!).toBeGreaterThanOrEqual(amounts[i - 1]!);
    });
  });

  it('steps junior → mid by $9,800 (+27.1%)', () => {
    expect(salaryStep(guide, 'junior', 'mid')).toMatchObject({
      from: { amount: 36_200, kind: 'point' },
      to: { amount: 46_000, kind: 'point' },
      change: 9_800,
      changePercent: 27.1,
      isLowerBound: false,
    });
  });

  it('steps mid → senior from $46,000 to $55,800', () => {
    expect(salaryStep(guide, 'mid', 'senior')).toMatchObject({
      from: { amount: 46_000 },
      to: { amount: 55_800 },
      change: 9_800,
      changePercent: 21.3,
      isLowerBound: false,
    });
  });

  it('flags senior → team lead as a lower bound ("at least")', () => {
    expect(salaryStep(guide, 'senior', 'team-lead')).toMatchObject({
      from: { amount: 55_800 },
      to: { amount: 60_000, kind: 'lowerBound' },
      change: 4_200,
      isLowerBound: true,
      changeBound: 'atLeast',
    });
    expect(formatSalaryFigure(salaryForTier(guide, 'team-lead')!, guide.salary.currency)).toBe('$60,000+');
  });

  it('has the range band 32,000–60,000 with median 46,000', () => {
    expect(salaryRangeBand(guide)).toEqual({ min: 32_000, max: 60_000, median: 46_000 });
  });

  it('with nothing rated and 0 years, scores junior on experience alone and every other tier 0', () => {
    expect(computeReadiness(guide, {}, 0, 'junior')).toMatchObject({
      score: 20,
      skillsFraction: 0,
      experienceFraction: 1,
      ready: false,
    });
    for (const tierId of tierIds.slice(1)) expect(computeReadiness(guide, {}, 0, tierId).score).toBe(0);
    expect(inferCurrentTier(guide, {}, 0).id).toBe('junior');
  });

  it('with every skill at the team-lead requirement and 8 years, is 100 and ready for every tier', () => {
    for (const tierId of tierIds) {
      expect(computeReadiness(guide, topRatings, 8, tierId)).toMatchObject({ score: 100, ready: true });
    }
    expect(inferCurrentTier(guide, topRatings, 8).id).toBe('team-lead');
    expect(defaultTargetTier(guide, 'team-lead').id).toBe('team-lead');
    expect(recommendFocus(guide, topRatings, 8, 'team-lead')).toEqual([]);
  });

  it('recommends three unmet skills with a positive gain when starting out', () => {
    const items = recommendFocus(guide, {}, 0, 'mid');
    expect(items).toHaveLength(3);
    for (const item of items) {
      expect(item.readinessGain).toBeGreaterThan(0);
      expect(item.gap.status).toBe('not-rated');
    }
  });
});
