import { computeSkillGaps, type GapStatus } from './gaps';
import { toIsoDate } from './goals';
import type { Guide, Skill } from './guide/schema';
import type { CheckIn, HistoryEntry, MetricEntry } from './history';
import { buildPlan } from './plan';
import type { Profile } from './profile';
import { readinessOverTime } from './progress';
import { computeReadiness, explainReadinessRule } from './readiness';
import type { ReportModel } from './reportModel';
import { salaryForTier } from './salary';
import { formatExperienceRange } from './tiers';
import type { Ratings } from './types';

/** The report's title, in every format. */
export const REPORT_TITLE = 'Career progress report';

/** Everything the report is made from, as the app holds it for one guide. */
export interface ReportInput {
  readonly profile: Profile;
  readonly ratings: Ratings;
  readonly notes: Readonly<Record<string, string>>;
  readonly history: readonly HistoryEntry[];
  readonly checkIns: readonly CheckIn[];
  readonly metricEntries: readonly MetricEntry[];
}

/** "Working (2)", or "Level 7" for a level the scale does not name. */
export function levelLabel(guide: Guide, level: number): string {
  const named = guide.scale.levels.find((l) => l.level === level);
  return named ? `${named.label} (${level})` : `Level ${level}`;
}

/** A gap status in words: "Met", "Close (1 level to go)", "Far (3 levels to go)", "Not rated". */
export function describeGapStatus(status: GapStatus, gap: number): string {
  const toGo = `${gap} ${gap === 1 ? 'level' : 'levels'} to go`;
  switch (status) {
    case 'met':
      return 'Met';
    case 'close':
      return `Close (${toGo})`;
    case 'far':
      return `Far (${toGo})`;
    case 'not-rated':
      return 'Not rated';
  }
}

/** `career-progress-2026-01-31.pdf`; `date` as YYYY-MM-DD or a Date (its UTC day). */
export function reportFileName(ext: string, date: string | Date): string {
  const day = typeof date === 'string' ? date : toIsoDate(date);
  return `career-progress-${day}.${ext.replace(/^\.+/, '')}`;
}

/** The guide's skills grouped by category in guide order; skills of an unknown category come last. */
function skillsInCategoryOrder(guide: Guide): Skill[] {
  const known = new Set(guide.categories.map((c) => c.id));
  return [
    ...guide.categories.flatMap((c) => guide.skills.filter((s) => s.categoryId === c.id)),
    ...guide.skills.filter((s) => !known.has(s.categoryId)),
  ];
}

const noteOf = (notes: Readonly<Record<string, string>>, skillId: string): string => {
  const note = Object.hasOwn(notes, skillId) ? notes[skillId] : undefined;
  return typeof note === 'string' ? note : '';
};

/**
 * The progress report as data. Readiness, focus and the salary step come from buildPlan, so the
 * report says exactly what the plan view says on the same day.
 */
export function buildReport(guide: Guide, input: ReportInput, today: Date): ReportModel {
  const { profile, ratings, notes, history, checkIns, metricEntries } = input;
  const plan = buildPlan(guide, ratings, profile, today);
  const targetId = plan.targetTier.id;
  const years = plan.years;

  const categoryName = new Map(guide.categories.map((c) => [c.id, c.name]));
  const gapBySkill = new Map(computeSkillGaps(guide, ratings, targetId).map((g) => [g.skillId, g]));
  const tierTitle = new Map(guide.tiers.map((t) => [t.id, t.title]));
  const byTime = <T extends { at: number }>(items: readonly T[]) => [...items].sort((a, b) => a.at - b.at);
  const dayOf = (at: number) => (Number.isFinite(at) ? toIsoDate(new Date(at)) : '');

  return {
    title: REPORT_TITLE,
    date: toIsoDate(today),
    role: guide.role.title,
    guideId: guide.id,
    currency: guide.salary.currency,
    profile: {
      yearsOfExperience: profile.yearsOfExperience,
      currentTier: plan.currentTier.title,
      currentTierInferred: plan.currentTierInferred,
      targetTier: plan.targetTier.title,
      targetDate: profile.goals.targetDate,
    },
    readiness: {
      score: plan.readiness.score,
      ready: plan.readiness.ready,
      skillPoints: plan.readiness.skillPoints,
      experiencePoints: plan.readiness.experiencePoints,
      yearsRequired: plan.readiness.yearsRequired,
      rule: explainReadinessRule(guide),
    },
    tiers: guide.tiers.map((tier) => {
      const salary = salaryForTier(guide, tier.id);
      return {
        id: tier.id,
        title: tier.title,
        experience: formatExperienceRange(tier),
        salary: salary ? { amount: salary.amount, kind: salary.kind, label: salary.label } : null,
        readiness: computeReadiness(guide, ratings, years, tier.id).score,
      };
    }),
    ratings: skillsInCategoryOrder(guide).map((skill) => {
      const gap = gapBySkill.get(skill.id)!;
      return {
        category: categoryName.get(skill.categoryId) ?? skill.categoryId,
        skillId: skill.id,
        skill: skill.name,
        rating: gap.rating,
        ratingLabel: gap.rating === null ? 'Not rated' : levelLabel(guide, gap.rating),
        required: gap.required,
        requiredLabel: levelLabel(guide, gap.required),
        gap: gap.gap,
        status: gap.status,
        note: noteOf(notes, skill.id),
      };
    }),
    focus: plan.focus.map((item) => ({
      skill: item.skill.name,
      gap: item.gap.gap,
      readinessGain: item.readinessGain,
      advice: item.advice.map((a) => a.text),
      mistakes: item.mistakes.map((m) => m.text),
    })),
    salaryStep: plan.step && {
      fromTier: tierTitle.get(plan.step.from.tierId) ?? plan.step.from.tierId,
      toTier: tierTitle.get(plan.step.to.tierId) ?? plan.step.to.tierId,
      from: plan.step.from.amount,
      to: plan.step.to.amount,
      toIsLowerBound: plan.step.to.kind === 'lowerBound',
      change: plan.step.change,
      changePercent: plan.step.changePercent,
    },
    progress: readinessOverTime(guide, history, years, targetId).map(({ date, readiness }) => ({
      date,
      readiness,
    })),
    checkIns: byTime(checkIns).map((checkIn) => ({
      date: dayOf(checkIn.at),
      note: checkIn.note,
      readiness: computeReadiness(guide, checkIn.ratings, years, targetId).score,
    })),
    metrics: guide.portfolioMetrics.map((metric) => ({
      id: metric.id,
      name: metric.name,
      unit: metric.unit,
      higherIsBetter: metric.higherIsBetter,
      entries: byTime(metricEntries.filter((e) => e.metricId === metric.id && Number.isFinite(e.at))).map(
        (e) => ({ date: dayOf(e.at), value: e.value }),
      ),
    })),
  };
}
