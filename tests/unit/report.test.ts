import fc from 'fast-check';
import { loadDefaultGuide } from '../../src/app/defaultGuide';
import {
  buildPlan,
  buildReport,
  computeReadiness,
  describeGapStatus,
  EMPTY_PROFILE,
  levelLabel,
  readinessOverTime,
  reportFileName,
  REPORT_TITLE,
  type Guide,
  type Profile,
  type ReportInput,
} from '../../src/domain';
import { arbitraryRatings, buildGuide } from '../fixtures/buildGuide';

const fixture = buildGuide();
const defaultGuide = loadDefaultGuide();
const today = new Date(Date.UTC(2026, 2, 15, 22, 45));
const DAY = 86_400_000;

function input(patch: Partial<ReportInput> = {}): ReportInput {
  return {
    profile: EMPTY_PROFILE,
    ratings: {},
    notes: {},
    history: [],
    checkIns: [],
    metricEntries: [],
    ...patch,
  };
}

function profile(patch: Partial<Profile> = {}): Profile {
  return { ...EMPTY_PROFILE, onboarded: true, ...patch };
}

/** Skill ids in category order, then guide order within a category. */
function skillIdsByCategory(guide: Guide): string[] {
  return guide.categories.flatMap((c) => guide.skills.filter((s) => s.categoryId === c.id).map((s) => s.id));
}

describe('buildReport: an empty profile', () => {
  const report = buildReport(defaultGuide, input(), today);

  it('has the title, the day (UTC) and the role', () => {
    expect(report.title).toBe(REPORT_TITLE);
    expect(report.title).toBe('Career progress report');
    expect(report.date).toBe('2026-03-15');
    expect(report.role).toBe(defaultGuide.role.title);
    expect(report.guideId).toBe(defaultGuide.id);
    expect(report.currency).toBe('USD');
  });

  it('lists every skill, unrated, in category order', () => {
    expect(report.ratings.map((r) => r.skillId)).toEqual(skillIdsByCategory(defaultGuide));
    expect(report.ratings).toHaveLength(defaultGuide.skills.length);
    for (const row of report.ratings) {
      expect(row.rating).toBeNull();
      expect(row.ratingLabel).toBe('Not rated');
      expect(row.note).toBe('');
    }
  });

  it('plans for the tier after the first one, with nothing logged', () => {
    expect(report.profile).toEqual({
      yearsOfExperience: null,
      currentTier: defaultGuide.tiers[0]!.title,
      currentTierInferred: true,
      targetTier: defaultGuide.tiers[1]!.title,
      targetDate: null,
    });
    expect(report.progress).toEqual([]);
    expect(report.checkIns).toEqual([]);
    expect(report.metrics.map((m) => [m.id, m.entries])).toEqual([
      ['customer-satisfaction', []],
      ['first-contact-resolution', []],
      ['average-handle-time', []],
    ]);
  });

  it('shows every tier with its salary figure and the readiness rule', () => {
    expect(report.tiers.map((t) => t.id)).toEqual(defaultGuide.tiers.map((t) => t.id));
    expect(report.tiers.at(-1)!.salary).toMatchObject({ amount: 60_000, kind: 'lowerBound' });
    expect(report.tiers[0]!.experience).toBe('0–2 years');
    expect(report.readiness.rule.length).toBeGreaterThan(3);
  });
});

describe('buildReport: a rich profile', () => {
  const ratings = { listening: 2, writing: 1, ticketing: 4 };
  const history = [
    { skillId: 'listening', level: 1, previousLevel: null, at: Date.UTC(2026, 0, 2, 10) },
    { skillId: 'ticketing', level: 4, previousLevel: null, at: Date.UTC(2026, 0, 2, 11) },
    { skillId: 'listening', level: 2, previousLevel: 1, at: Date.UTC(2026, 1, 1, 9) },
    { skillId: 'writing', level: 1, previousLevel: null, at: Date.UTC(2026, 1, 1, 23, 59) },
  ];
  const richProfile = profile({
    yearsOfExperience: 1.5,
    goals: { ...EMPTY_PROFILE.goals, targetDate: '2027-06-01', currentSalary: 41_000 },
  });
  const data = input({
    profile: richProfile,
    ratings,
    notes: { listening: 'Asked for feedback after calls.', nope: 'not a skill' },
    history,
    checkIns: [
      { id: 2, at: Date.UTC(2026, 1, 2), note: 'After review', ratings },
      { id: 1, at: Date.UTC(2026, 0, 3), note: 'Start', ratings: { listening: 1 } },
    ],
    metricEntries: [
      { id: 3, metricId: 'csat', at: Date.UTC(2026, 1, 1), value: 92 },
      { id: 1, metricId: 'csat', at: Date.UTC(2026, 0, 1), value: 88 },
      { id: 2, metricId: 'gone', at: Date.UTC(2026, 0, 1), value: 1 },
    ],
  });
  const guide = buildGuide({
    portfolioMetrics: [
      { id: 'csat', name: 'CSAT', unit: 'percent', higherIsBetter: true, description: 'Satisfaction.' },
    ],
  });
  const report = buildReport(guide, data, today);
  const plan = buildPlan(guide, ratings, richProfile, today);

  it('has the same readiness, focus and salary step as the plan', () => {
    expect(report.readiness).toMatchObject({
      score: plan.readiness.score,
      ready: plan.readiness.ready,
      skillPoints: plan.readiness.skillPoints,
      experiencePoints: plan.readiness.experiencePoints,
      yearsRequired: plan.readiness.yearsRequired,
    });
    expect(report.focus.map((f) => [f.skill, f.gap, f.readinessGain])).toEqual(
      plan.focus.map((f) => [f.skill.name, f.gap.gap, f.readinessGain]),
    );
    expect(report.salaryStep).toEqual({
      fromTier: 'Junior',
      toTier: 'Mid-Level',
      from: 40_000,
      to: 50_000,
      toIsLowerBound: false,
      change: 10_000,
      changePercent: 25,
    });
    expect(report.profile.targetDate).toBe('2027-06-01');
  });

  it('brings the advice and mistakes of each focus skill', () => {
    const fresh = buildReport(guide, input({ profile: richProfile }), today);
    expect(fresh.focus.map((f) => f.skill)).toEqual(['Ticketing', 'Listening', 'Writing']);
    expect(fresh.focus[0]!.advice).toEqual(['Log what you heard.']);
    expect(fresh.focus[1]!.advice).toEqual(['Listen before answering.', 'Log what you heard.']);
    expect(fresh.focus[2]!.mistakes).toEqual(['Replying with walls of text.']);
  });

  it('has a row for every skill with scale labels, gap, status and note', () => {
    expect(report.ratings.map((r) => r.skillId)).toEqual([
      'listening',
      'writing',
      'ticketing',
      'troubleshooting',
    ]);
    expect(report.ratings[0]).toEqual({
      category: 'Communication',
      skillId: 'listening',
      skill: 'Listening',
      rating: 2,
      ratingLabel: 'Working (2)',
      required: 2,
      requiredLabel: 'Working (2)',
      gap: 0,
      status: 'met',
      note: 'Asked for feedback after calls.',
    });
    expect(report.ratings[1]).toMatchObject({ rating: 1, required: 2, gap: 1, status: 'close' });
    expect(report.ratings[3]).toMatchObject({
      rating: null,
      ratingLabel: 'Not rated',
      requiredLabel: 'Basic (1)',
      status: 'not-rated',
    });
  });

  it('gives readiness per tier as computeReadiness does', () => {
    expect(report.tiers.map((t) => t.readiness)).toEqual(
      guide.tiers.map((t) => computeReadiness(guide, ratings, 1.5, t.id).score),
    );
    expect(report.tiers.map((t) => t.salary?.kind)).toEqual(['point', 'median', 'lowerBound']);
  });

  it('shows progress for the target tier from the history log', () => {
    expect(report.progress).toEqual(
      readinessOverTime(guide, history, 1.5, 'mid').map(({ date, readiness }) => ({ date, readiness })),
    );
    expect(report.progress.map((p) => p.date)).toEqual(['2026-01-02', '2026-02-01']);
    expect(report.progress.at(-1)!.readiness).toBe(report.readiness.score);
  });

  it('lists check-ins in time order with readiness for the target tier', () => {
    expect(report.checkIns).toEqual([
      {
        date: '2026-01-03',
        note: 'Start',
        readiness: computeReadiness(guide, { listening: 1 }, 1.5, 'mid').score,
      },
      { date: '2026-02-02', note: 'After review', readiness: report.readiness.score },
    ]);
  });

  it('lists the guide’s metrics with their values in date order, dropping unknown metrics', () => {
    expect(report.metrics).toEqual([
      {
        id: 'csat',
        name: 'CSAT',
        unit: 'percent',
        higherIsBetter: true,
        entries: [
          { date: '2026-01-01', value: 88 },
          { date: '2026-02-01', value: 92 },
        ],
      },
    ]);
  });

  it('agrees with buildPlan for any ratings (property)', () => {
    fc.assert(
      fc.property(
        arbitraryRatings(fixture),
        fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
        fc.constantFrom(null, 'junior', 'mid', 'senior'),
        (r, years, targetTierId) => {
          const p = profile({ yearsOfExperience: years, targetTierId });
          const built = buildReport(fixture, input({ profile: p, ratings: r }), today);
          const expected = buildPlan(fixture, r, p, today);
          expect(built.readiness.score).toBe(expected.readiness.score);
          expect(built.profile.targetTier).toBe(expected.targetTier.title);
          expect(built.focus.map((f) => f.skill)).toEqual(expected.focus.map((f) => f.skill.name));
          expect(built.ratings).toHaveLength(fixture.skills.length);
          expect(built.ratings.filter((row) => row.status !== 'met')).toHaveLength(
            expected.rankedGaps.length,
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('report helpers', () => {
  it('labels levels from the scale', () => {
    expect(levelLabel(fixture, 2)).toBe('Working (2)');
    expect(levelLabel(fixture, 9)).toBe('Level 9');
  });

  it('puts a status in words', () => {
    expect(describeGapStatus('met', 0)).toBe('Met');
    expect(describeGapStatus('close', 1)).toBe('Close (1 level to go)');
    expect(describeGapStatus('far', 3)).toBe('Far (3 levels to go)');
    expect(describeGapStatus('not-rated', 2)).toBe('Not rated');
  });

  it('names report files by day', () => {
    expect(reportFileName('pdf', '2026-03-15')).toBe('career-progress-2026-03-15.pdf');
    expect(reportFileName('.md', today)).toBe('career-progress-2026-03-15.md');
    expect(reportFileName('html', new Date(Date.UTC(2026, 0, 1) + DAY - 1))).toBe(
      'career-progress-2026-01-01.html',
    );
  });
});
