import type * as z from 'zod/mini';
import { GuideSchema, type Guide } from './schema';

export type GuideParseResult = { ok: true; guide: Guide } | { ok: false; errors: string[] };

/** Largest guide file we accept; a real guide is a few dozen kilobytes. */
export const MAX_GUIDE_BYTES = 2 * 1024 * 1024;

/** `['skills', 3, 'requirements', 'senior']` → `skills[3].requirements.senior` */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  return where === '' ? issue.message : `${where}: ${issue.message}`;
}

/**
 * Turns untrusted data into a guide, or into messages that name the path and the
 * problem. Never throws: every failure is a message a person can act on.
 */
export function parseGuide(data: unknown): GuideParseResult {
  const shape = GuideSchema.safeParse(data);
  if (!shape.success) {
    return { ok: false, errors: shape.error.issues.slice(0, 50).map(describeIssue) };
  }
  const errors = validateGuideSemantics(shape.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, guide: shape.data };
}

/** Parses guide JSON text; a size limit and a JSON syntax error become messages too. */
export function parseGuideJson(json: string): GuideParseResult {
  if (json.length > MAX_GUIDE_BYTES) {
    return {
      ok: false,
      errors: [`The file is larger than ${MAX_GUIDE_BYTES / 1024 / 1024} MB; a guide is never that big.`],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON (${(error as Error).message}).`] };
  }
  return parseGuide(data);
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of ids) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

/** The checks a shape cannot express: references, uniqueness, levels within the scale. */
export function validateGuideSemantics(guide: Guide): string[] {
  const errors: string[] = [];
  const tierIds = new Set(guide.tiers.map((t) => t.id));
  const categoryIds = new Set(guide.categories.map((c) => c.id));
  const skillIds = new Set(guide.skills.map((s) => s.id));
  const levels = guide.scale.levels.map((l) => l.level);
  const bottom = Math.min(...levels);
  const top = Math.max(...levels);

  const unique = (path: string, ids: readonly string[], what: string) => {
    for (const dup of duplicates(ids)) errors.push(`${path}: ${what} id "${dup}" is used more than once`);
  };
  unique(
    'tiers',
    guide.tiers.map((t) => t.id),
    'tier',
  );
  unique(
    'categories',
    guide.categories.map((c) => c.id),
    'category',
  );
  unique(
    'skills',
    guide.skills.map((s) => s.id),
    'skill',
  );
  unique(
    'advice',
    guide.advice.map((a) => a.id),
    'advice',
  );
  unique(
    'commonMistakes',
    guide.commonMistakes.map((m) => m.id),
    'mistake',
  );
  unique(
    'portfolioMetrics',
    guide.portfolioMetrics.map((m) => m.id),
    'metric',
  );
  unique(
    'salary.figures',
    guide.salary.figures.map((f) => f.id),
    'salary figure',
  );

  guide.scale.levels.forEach((level, i) => {
    const previous = guide.scale.levels[i - 1];
    if (previous && level.level !== previous.level + 1) {
      errors.push(
        `scale.levels[${i}]: level ${level.level} should follow ${previous.level} (levels are consecutive and ascending)`,
      );
    }
  });

  const { min, max } = guide.salary.range;
  if (min > max) errors.push(`salary.range: min ${min} is above max ${max}`);

  guide.tiers.forEach((tier, i) => {
    const { minYears, maxYears } = tier.experience;
    if (maxYears !== null && maxYears < minYears) {
      errors.push(`tiers[${i}].experience: maxYears ${maxYears} is below minYears ${minYears}`);
    }
    const previous = guide.tiers[i - 1];
    if (previous && minYears < previous.experience.minYears) {
      errors.push(
        `tiers[${i}].experience: minYears ${minYears} is below the previous tier's ${previous.experience.minYears} (tiers are ordered from first to last)`,
      );
    }
  });

  guide.salary.figures.forEach((figure, i) => {
    if (figure.tierId !== undefined && !tierIds.has(figure.tierId)) {
      errors.push(`salary.figures[${i}].tierId: unknown tier "${figure.tierId}"`);
    }
  });

  guide.categories.forEach((category, i) => {
    for (const target of category.leadsTo ?? []) {
      if (!categoryIds.has(target)) errors.push(`categories[${i}].leadsTo: unknown category "${target}"`);
    }
    for (const tierId of Object.keys(category.rationale)) {
      if (!tierIds.has(tierId)) errors.push(`categories[${i}].rationale.${tierId}: unknown tier "${tierId}"`);
    }
  });

  guide.skills.forEach((skill, i) => {
    const at = `skills[${i}]`;
    if (!categoryIds.has(skill.categoryId))
      errors.push(`${at}.categoryId: unknown category "${skill.categoryId}"`);
    for (const tier of guide.tiers) {
      if (!Object.hasOwn(skill.requirements, tier.id))
        errors.push(`${at}.requirements: no requirement for tier "${tier.id}"`);
    }
    for (const [tierId, level] of Object.entries(skill.requirements)) {
      if (!tierIds.has(tierId)) errors.push(`${at}.requirements.${tierId}: unknown tier "${tierId}"`);
      else if (level > top)
        errors.push(`${at}.requirements.${tierId}: level ${level} is above the scale's top level ${top}`);
      else if (level < bottom)
        errors.push(
          `${at}.requirements.${tierId}: level ${level} is below the scale's bottom level ${bottom}`,
        );
    }
    for (const key of Object.keys(skill.rubric ?? {})) {
      if (!levels.includes(Number(key))) errors.push(`${at}.rubric.${key}: level ${key} is not on the scale`);
    }
  });

  const checkRefs = (path: string, items: ReadonlyArray<{ skillIds: readonly string[] }>) => {
    items.forEach((item, i) => {
      for (const ref of item.skillIds) {
        if (!skillIds.has(ref)) errors.push(`${path}[${i}].skillIds: unknown skill "${ref}"`);
      }
    });
  };
  checkRefs('responsibilities', guide.responsibilities);
  checkRefs('techStack', guide.techStack);
  checkRefs('advice', guide.advice);
  checkRefs('commonMistakes', guide.commonMistakes);

  return errors;
}
