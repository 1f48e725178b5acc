import * as z from 'zod/mini';

/**
 * The career-guide format, version 1: the single definition of what a guide is.
 * Shape only; cross-references (skill → category, requirement → tier, level within
 * the scale…) are checked by `validateGuideSemantics`, so this stays convertible to
 * a plain JSON Schema for people who validate guides with other tools.
 * Written with zod/mini: a third of classic zod's size in the first download.
 */

export const GUIDE_FORMAT_VERSION = 1;

// Limits keep a hostile file from making the app allocate or render absurd amounts.
const MAX_TEXT = 4_000;
const MAX_NAME = 200;
const MAX_LIST = 500;

const described = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  z.globalRegistry.add(schema, { description });
  return schema;
};

const boundedText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const id = () =>
  z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(80),
      z.regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'must be lowercase words joined by hyphens, e.g. "active-listening"',
      ),
    );
const name = () => boundedText(MAX_NAME);
const text = () => boundedText(MAX_TEXT);
const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(MAX_LIST));
const listOrEmpty = <T extends z.ZodMiniType>(item: T) => z._default(list(item), []);
const skillRefs = () => described(list(id()), 'Ids of the skills this item concerns.');
const money = () => z.number().check(z.minimum(0), z.maximum(1e9));
const years = () => z.number().check(z.minimum(0), z.maximum(80));

export const MarketSchema = z.object({
  growthRatePercent: z.optional(z.number().check(z.minimum(-100), z.maximum(1000))),
  growthStatus: z.optional(described(name(), 'The outlook in words, e.g. "Growing faster than average".')),
  demand: z.optional(z.enum(['low', 'medium', 'high'])),
  demandNote: z.optional(text()),
  remoteFriendly: z.optional(z.boolean()),
  source: z.optional(described(name(), 'Where the market figures come from.')),
});

export const SalaryFigureSchema = z.object({
  id: id(),
  label: name(),
  amount: money(),
  kind: described(
    z.enum(['point', 'median', 'lowerBound', 'upperBound']),
    'point: the figure the guide gives for a level, with no statistic named; median: a median; lowerBound: "from $X" (X or more); upperBound: "up to $X".',
  ),
  tierId: z.optional(described(id(), 'The tier this figure is for, when the guide ties it to one.')),
  note: z.optional(
    described(text(), 'Why the figure is tied to its tier, when the guide does not say so itself.'),
  ),
});

export const SalarySchema = z.object({
  currency: described(
    z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "USD"')),
    'ISO 4217 currency code.',
  ),
  region: name(),
  period: z.literal('year'),
  range: z.object({ min: money(), max: money() }),
  median: z.optional(money()),
  figures: list(SalaryFigureSchema),
  source: z.optional(name()),
});

export const ProficiencyLevelSchema = z.object({
  level: z.int().check(z.minimum(0), z.maximum(20)),
  label: boundedText(60),
  description: text(),
});

export const TierSchema = z.object({
  id: id(),
  title: name(),
  shortTitle: boundedText(40),
  experience: z.object({
    minYears: years(),
    maxYears: described(z.nullable(years()), 'null: open-ended ("8+ years").'),
  }),
  description: text(),
});

export const CategorySchema = z.object({
  id: id(),
  name: name(),
  description: text(),
  leadsTo: z.optional(described(list(id()), 'Categories this one leads on to in the guide’s progression.')),
  rationale: described(
    z.record(id(), text()),
    'Per tier id: why the category’s skills are required at that tier’s level.',
  ),
});

export const SkillSchema = z.object({
  id: id(),
  name: name(),
  categoryId: id(),
  description: text(),
  aliases: z.optional(described(list(name()), 'Other names the guide uses for the same ability.')),
  rubric: z.optional(
    described(
      z.record(z.string().check(z.regex(/^\d+$/)), text()),
      'Per scale level (as a string key): what that level looks like for this skill.',
    ),
  ),
  requirements: described(z.record(id(), z.int()), 'Per tier id: the level required at that tier.'),
  rationale: z.optional(
    described(text(), 'Why this skill departs from its category’s usual requirements, when it does.'),
  ),
});

const linkedText = () => z.object({ text: text(), skillIds: skillRefs() });
const linkedTextWithId = () => z.object({ id: id(), text: text(), skillIds: skillRefs() });

export const GuideSchema = z.object({
  formatVersion: z.literal(GUIDE_FORMAT_VERSION),
  id: id(),
  role: z.object({
    title: name(),
    summary: text(),
    market: MarketSchema,
  }),
  salary: SalarySchema,
  scale: z.object({
    levels: list(ProficiencyLevelSchema).check(z.minLength(2)),
    note: z.optional(text()),
  }),
  tiers: list(TierSchema).check(z.minLength(1)),
  categories: list(CategorySchema).check(z.minLength(1)),
  skills: list(SkillSchema).check(z.minLength(1)),
  requirementsNote: z.optional(
    described(text(), 'How the required levels were arrived at, when the source guide does not state them.'),
  ),
  responsibilities: listOrEmpty(linkedText()),
  techStack: listOrEmpty(
    z.object({ name: name(), examples: listOrEmpty(name()), skillIds: z._default(skillRefs(), []) }),
  ),
  dayInTheLife: listOrEmpty(
    z.object({ period: name(), hours: z.optional(name()), focus: text(), activities: list(text()) }),
  ),
  advice: listOrEmpty(linkedTextWithId()),
  commonMistakes: listOrEmpty(linkedTextWithId()),
  portfolioMetrics: listOrEmpty(
    z.object({
      id: id(),
      name: name(),
      unit: z.enum(['percent', 'seconds', 'minutes', 'count', 'score']),
      higherIsBetter: z.boolean(),
      description: text(),
    }),
  ),
  education: z.optional(z.object({ summary: text(), certifications: listOrEmpty(name()) })),
  prosAndCons: z.optional(z.object({ pros: list(text()), cons: list(text()) })),
  faq: listOrEmpty(z.object({ question: text(), answer: text() })),
});

/** A guide as written in a file (defaults not yet applied). */
export type GuideInput = z.input<typeof GuideSchema>;
/** A guide after parsing: every list present. */
export type Guide = z.output<typeof GuideSchema>;
export type Tier = Guide['tiers'][number];
export type Skill = Guide['skills'][number];
export type Category = Guide['categories'][number];
export type ProficiencyLevel = Guide['scale']['levels'][number];
export type SalaryFigure = Guide['salary']['figures'][number];
export type PortfolioMetric = Guide['portfolioMetrics'][number];
export type LinkedText = Guide['advice'][number];
