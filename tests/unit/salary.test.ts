import {
  MAX_PROJECTION_YEARS,
  formatMoney,
  formatSalaryFigure,
  projectSalary,
  salaryForTier,
  salaryRangeBand,
  salaryStep,
} from '../../src/domain/salary';
import { buildGuide } from '../fixtures/buildGuide';

const guide = buildGuide();

/** The fixture with its salary figures replaced. */
const withFigures = (figures: (typeof guide.salary.figures)[number][]) =>
  buildGuide({ salary: { ...guide.salary, figures } });

describe('salaryForTier', () => {
  it('returns the figure tied to the tier, unformatted', () => {
    const junior = salaryForTier(guide, 'junior');
    expect(junior).toEqual({
      tierId: 'junior',
      figureId: 'junior-pay',
      amount: 40_000,
      kind: 'point',
      label: 'Junior pay',
      sourceLabel: 'Junior pay',
      figure: guide.salary.figures[0],
    });
    expect(junior).not.toHaveProperty('note');
  });

  it('passes the note through when there is one', () => {
    const noted = withFigures([
      { id: 'top', label: 'Top 10%', amount: 65_000, kind: 'lowerBound', tierId: 'senior', note: 'Why.' },
    ]);
    expect(salaryForTier(noted, 'senior')).toMatchObject({ kind: 'lowerBound', note: 'Why.' });
  });

  it('is null for a tier without a figure or an unknown tier', () => {
    const juniorOnly = withFigures([guide.salary.figures[0]!]);
    expect(salaryForTier(juniorOnly, 'mid')).toBeNull();
    expect(salaryForTier(guide, 'principal')).toBeNull();
  });

  it('ignores figures not tied to any tier', () => {
    const untied = withFigures([{ id: 'overall', label: 'Overall', amount: 1, kind: 'median' }]);
    expect(salaryForTier(untied, 'junior')).toBeNull();
  });
});

describe('salaryStep', () => {
  it('gives the change between two point figures as exact', () => {
    expect(salaryStep(guide, 'junior', 'mid')).toMatchObject({
      from: { amount: 40_000 },
      to: { amount: 50_000 },
      change: 10_000,
      changePercent: 25,
      isLowerBound: false,
      changeBound: 'exact',
    });
  });

  it('flags a step to a lower bound as "at least"', () => {
    expect(salaryStep(guide, 'mid', 'senior')).toMatchObject({
      change: 15_000,
      changePercent: 30,
      isLowerBound: true,
      changeBound: 'atLeast',
    });
  });

  it('flags a bound on either side, and says which way it bends the change', () => {
    expect(salaryStep(guide, 'senior', 'junior')).toMatchObject({
      change: -25_000,
      changePercent: -38.5,
      isLowerBound: true,
      changeBound: 'atMost',
    });
    const bounds = withFigures([
      { id: 'a', label: 'A', amount: 100, kind: 'upperBound', tierId: 'junior' },
      { id: 'b', label: 'B', amount: 200, kind: 'upperBound', tierId: 'mid' },
      { id: 'c', label: 'C', amount: 300, kind: 'lowerBound', tierId: 'senior' },
    ]);
    expect(salaryStep(bounds, 'junior', 'senior')?.changeBound).toBe('atLeast');
    expect(salaryStep(bounds, 'junior', 'mid')?.changeBound).toBe('uncertain');
    expect(salaryStep(bounds, 'mid', 'junior')?.isLowerBound).toBe(true);
  });

  it('rounds the percentage to one decimal', () => {
    const odd = withFigures([
      { id: 'a', label: 'A', amount: 36_200, kind: 'point', tierId: 'junior' },
      { id: 'b', label: 'B', amount: 46_000, kind: 'point', tierId: 'mid' },
    ]);
    expect(salaryStep(odd, 'junior', 'mid')).toMatchObject({ change: 9_800, changePercent: 27.1 });
  });

  it('has no percentage when starting from zero', () => {
    const zero = withFigures([
      { id: 'a', label: 'A', amount: 0, kind: 'point', tierId: 'junior' },
      { id: 'b', label: 'B', amount: 10, kind: 'point', tierId: 'mid' },
    ]);
    expect(salaryStep(zero, 'junior', 'mid')).toMatchObject({ change: 10, changePercent: null });
  });

  it('is null when either side has no figure', () => {
    const juniorOnly = withFigures([guide.salary.figures[0]!]);
    expect(salaryStep(juniorOnly, 'junior', 'mid')).toBeNull();
    expect(salaryStep(juniorOnly, 'mid', 'junior')).toBeNull();
  });
});

describe('projectSalary', () => {
  it('gives one point per whole year with the tier the years fall in', () => {
    const points = projectSalary(guide, { yearsOfExperience: 0, horizonYears: 6 });
    expect(points.map((p) => [p.year, p.tierId, p.guideAmount, p.kind])).toEqual([
      [0, 'junior', 40_000, 'point'],
      [1, 'junior', 40_000, 'point'],
      [2, 'mid', 50_000, 'median'],
      [3, 'mid', 50_000, 'median'],
      [4, 'mid', 50_000, 'median'],
      [5, 'senior', 65_000, 'lowerBound'],
      [6, 'senior', 65_000, 'lowerBound'],
    ]);
    expect(points[0]).not.toHaveProperty('ownSalary');
    expect(points[0]).not.toHaveProperty('difference');
  });

  it('compounds the own salary from the start and compares it', () => {
    const points = projectSalary(guide, {
      yearsOfExperience: 1,
      horizonYears: 2,
      currentSalary: 40_000,
      yearlyRaisePercent: 10,
    });
    expect(points).toEqual([
      { year: 1, tierId: 'junior', guideAmount: 40_000, kind: 'point', ownSalary: 40_000, difference: 0 },
      { year: 2, tierId: 'mid', guideAmount: 50_000, kind: 'median', ownSalary: 44_000, difference: 6_000 },
      { year: 3, tierId: 'mid', guideAmount: 50_000, kind: 'median', ownSalary: 48_400, difference: 1_600 },
    ]);
  });

  it('keeps the own salary flat without a raise, and ignores a non-finite raise', () => {
    const flat = projectSalary(guide, { yearsOfExperience: 0, horizonYears: 3, currentSalary: 30_000 });
    expect(flat.map((p) => p.ownSalary)).toEqual([30_000, 30_000, 30_000, 30_000]);
    const nan = projectSalary(guide, {
      yearsOfExperience: 0,
      horizonYears: 1,
      currentSalary: 30_000,
      yearlyRaisePercent: Number.NaN,
    });
    expect(nan.map((p) => p.ownSalary)).toEqual([30_000, 30_000]);
    const cut = projectSalary(guide, {
      yearsOfExperience: 0,
      horizonYears: 2,
      currentSalary: 30_000,
      yearlyRaisePercent: -250,
    });
    expect(cut.map((p) => p.ownSalary)).toEqual([30_000, 0, 0]);
  });

  it('steps fractional experience by whole years', () => {
    const points = projectSalary(guide, { yearsOfExperience: 1.5, horizonYears: 2.9 });
    expect(points.map((p) => [p.year, p.tierId])).toEqual([
      [1.5, 'junior'],
      [2.5, 'mid'],
      [3.5, 'mid'],
    ]);
  });

  it('has a single point for a zero, negative or NaN horizon, and treats bad years as 0', () => {
    expect(projectSalary(guide, { yearsOfExperience: 3, horizonYears: 0 })).toHaveLength(1);
    expect(projectSalary(guide, { yearsOfExperience: 3, horizonYears: -4 })).toHaveLength(1);
    expect(projectSalary(guide, { yearsOfExperience: 3, horizonYears: Number.NaN })).toHaveLength(1);
    expect(projectSalary(guide, { yearsOfExperience: -2, horizonYears: 0 })[0]!.year).toBe(0);
  });

  it('caps the horizon', () => {
    const points = projectSalary(guide, { yearsOfExperience: 0, horizonYears: 1_000 });
    expect(points).toHaveLength(MAX_PROJECTION_YEARS + 1);
  });

  it('leaves the guide amount and difference out for a tier without a figure', () => {
    const juniorOnly = withFigures([guide.salary.figures[0]!]);
    const [, mid] = projectSalary(juniorOnly, { yearsOfExperience: 1, horizonYears: 1, currentSalary: 1 });
    expect(mid).toEqual({ year: 2, tierId: 'mid', guideAmount: null, kind: null, ownSalary: 1 });
  });

  it('ignores a negative or non-finite current salary', () => {
    const [point] = projectSalary(guide, { yearsOfExperience: 0, horizonYears: 0, currentSalary: -5 });
    expect(point).not.toHaveProperty('ownSalary');
  });
});

describe('salaryRangeBand', () => {
  it('gives the guide range and median', () => {
    expect(salaryRangeBand(guide)).toEqual({ min: 35_000, max: 70_000, median: 50_000 });
  });

  it('does not invent a median', () => {
    const { median: _median, ...salary } = guide.salary;
    expect(salaryRangeBand(buildGuide({ salary })).median).toBeNull();
  });
});

describe('formatMoney', () => {
  it('formats whole currency units', () => {
    expect(formatMoney(46_000, 'USD')).toBe('$46,000');
    expect(formatMoney(46_000.6, 'USD')).toBe('$46,001');
    expect(formatMoney(0, 'USD')).toBe('$0');
  });

  it('follows the locale and currency given', () => {
    const euros = formatMoney(46_000, 'EUR', 'de-DE');
    expect(euros).toContain('46.000');
    expect(euros).toContain('€');
  });
});

describe('formatSalaryFigure', () => {
  it('makes the kind of figure visible', () => {
    expect(formatSalaryFigure({ amount: 46_000, kind: 'point' }, 'USD')).toBe('$46,000');
    expect(formatSalaryFigure({ amount: 46_000, kind: 'median' }, 'USD')).toBe('$46,000');
    expect(formatSalaryFigure({ amount: 60_000, kind: 'lowerBound' }, 'USD')).toBe('$60,000+');
    expect(formatSalaryFigure({ amount: 60_000, kind: 'upperBound' }, 'USD')).toBe('up to $60,000');
  });

  it('accepts a tier salary directly', () => {
    expect(formatSalaryFigure(salaryForTier(guide, 'senior')!, 'USD')).toBe('$65,000+');
  });
});
