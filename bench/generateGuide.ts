// Writes a large, valid career guide for benchmarks: N skills (default 300) across
// 6 categories and the 4 tiers of the bundled guide, on its 0–4 scale.
//
//   npx tsx bench/generateGuide.ts [skills] [outFile]
//
// The text of each skill is about as long as the bundled guide's (a description, two
// aliases, a rubric line per level), so the map has realistic work to do per node.
// The result goes through parseGuide, the app's own parser, and the script fails if
// it is not accepted.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseGuide, type GuideInput } from '../src/domain/guide';

export const DEFAULT_SKILL_COUNT = 300;
export const DEFAULT_GUIDE_OUT = 'bench/results/guide-300.json';
const BASE_GUIDE = 'data/careers/customer-care-representative.json';

const CATEGORY_NAMES = [
  'Foundational Skills',
  'Communication',
  'Technical Tools',
  'Problem Solving',
  'Product Knowledge',
  'Leadership',
] as const;

const WORDS = [
  'call',
  'ticket',
  'billing',
  'refund',
  'escalation',
  'chat',
  'email',
  'quality',
  'knowledge',
  'routing',
  'feedback',
  'onboarding',
  'retention',
  'coaching',
  'reporting',
  'scheduling',
] as const;

const titleCase = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A guide input with `skillCount` skills; deterministic for a given count. */
export function generateGuide(skillCount = DEFAULT_SKILL_COUNT): GuideInput {
  if (!Number.isInteger(skillCount) || skillCount < 1 || skillCount > 500) {
    throw new Error(
      `skill count must be an integer from 1 to 500 (the format's list limit), not ${skillCount}`,
    );
  }
  const base = JSON.parse(readFileSync(BASE_GUIDE, 'utf8')) as GuideInput;
  const tiers = base.tiers;
  if (tiers.length !== 4) throw new Error(`expected the bundled guide to have 4 tiers, not ${tiers.length}`);
  const levels = base.scale.levels.map((l) => l.level);
  const top = Math.max(...levels);
  const bottom = Math.min(...levels);

  const categories = CATEGORY_NAMES.map((name, i) => ({
    id: slug(name),
    name,
    description: `Generated category ${i + 1} for benchmarks: ${name.toLowerCase()} across every tier.`,
    ...(i < CATEGORY_NAMES.length - 1 ? { leadsTo: [slug(CATEGORY_NAMES[i + 1]!)] } : {}),
    rationale: Object.fromEntries(
      tiers.map((t) => [t.id, `At ${t.shortTitle} level these skills carry more of the daily work.`]),
    ),
  }));

  const skills = Array.from({ length: skillCount }, (_, i) => {
    const category = categories[i % categories.length]!;
    const a = WORDS[i % WORDS.length]!;
    const b = WORDS[Math.floor(i / WORDS.length) % WORDS.length]!;
    const name = `${titleCase(a)} ${b} practice ${i + 1}`;
    // Requirements rise (or stay level) from tier to tier and stay on the scale.
    const start = i % 3;
    const requirements = Object.fromEntries(
      tiers.map((t, tier) => [t.id, Math.max(bottom, Math.min(top, start + tier - (i % 2)))]),
    );
    return {
      id: `skill-${i + 1}-${slug(name)}`,
      name,
      categoryId: category.id,
      description: `Handling ${a} and ${b} work well: knowing the tools, the policy behind them and when to ask for help.`,
      aliases: [`${titleCase(b)} ${a} handling`, `${titleCase(a)} skills (${i + 1})`],
      rubric: Object.fromEntries(
        levels
          .filter((l) => l > bottom)
          .map((l) => [String(l), `Level ${l} in ${name.toLowerCase()}: handles cases of difficulty ${l}.`]),
      ),
      requirements,
    };
  });

  const ref = (i: number) => skills[i % skills.length]!.id;
  return {
    formatVersion: 1,
    id: 'bench-generated-guide',
    role: { ...base.role, title: `${base.role.title} (benchmark, ${skillCount} skills)` },
    salary: base.salary,
    scale: base.scale,
    tiers,
    categories,
    skills,
    requirementsNote: 'Generated for benchmarks; the requirements follow a fixed pattern.',
    responsibilities: [{ text: 'Answer customers on every channel.', skillIds: [ref(0), ref(1)] }],
    techStack: [{ name: 'CRM', examples: ['Zendesk'], skillIds: [ref(2)] }],
    advice: [{ id: 'listen-first', text: 'Listen before answering.', skillIds: [ref(3), ref(4)] }],
    commonMistakes: [{ id: 'rushing', text: 'Rushing the customer.', skillIds: [ref(5)] }],
  };
}

/** Generates, validates with the app's parser (throwing on any error) and writes the guide. */
export function writeGeneratedGuide(skillCount = DEFAULT_SKILL_COUNT, outFile = DEFAULT_GUIDE_OUT): string {
  const guide = generateGuide(skillCount);
  const parsed = parseGuide(guide);
  if (!parsed.ok) {
    throw new Error(`The generated guide is invalid:\n${parsed.errors.join('\n')}`);
  }
  if (parsed.guide.skills.length !== skillCount) {
    throw new Error(`expected ${skillCount} skills, parsed ${parsed.guide.skills.length}`);
  }
  const path = resolve(outFile);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(guide, null, 2)}\n`);
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = process.argv[2] === undefined ? DEFAULT_SKILL_COUNT : Number(process.argv[2]);
  const out = process.argv[3] ?? DEFAULT_GUIDE_OUT;
  const path = writeGeneratedGuide(count, out);
  console.log(`wrote a valid guide with ${count} skills to ${path}`);
}
