import type { Guide } from '../../domain/guide';

/**
 * A deterministic layout for the skill map, computed from the guide alone: the tiers
 * form a ladder along the top; below it each category is a box whose skills stand in
 * columns of at most SKILLS_PER_COLUMN. Every box is placed to the right of the last,
 * so no two nodes can overlap for any guide, and the same guide always gives the same
 * picture. (A general graph-layout library would add ~30 KB gz for a shape this regular.)
 */

export const SIZES = {
  tier: { width: 230, height: 124 },
  skill: { width: 232, height: 92 },
  categoryHeader: 84,
  padding: 16,
  skillGapY: 12,
  skillGapX: 16,
  categoryGapX: 48,
  tierGapX: 36,
  ladderToCategories: 120,
} as const;

export const SKILLS_PER_COLUMN = 8;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphLayout {
  tiers: Array<{ tierId: string } & Box>;
  /** Absolute positions of the category boxes. */
  categories: Array<{ categoryId: string } & Box>;
  /** Positions relative to the category box (React Flow child nodes). */
  skills: Array<{ skillId: string; categoryId: string } & Box>;
  width: number;
  height: number;
}

export function computeGraphLayout(guide: Guide): GraphLayout {
  const { tier, skill, padding, skillGapX, skillGapY, categoryHeader } = SIZES;
  const categories: GraphLayout['categories'] = [];
  const skills: GraphLayout['skills'] = [];
  const top = tier.height + SIZES.ladderToCategories;

  let x = 0;
  let tallest = 0;
  for (const category of guide.categories) {
    const members = guide.skills.filter((s) => s.categoryId === category.id);
    const columns = Math.max(1, Math.ceil(members.length / SKILLS_PER_COLUMN));
    const rows = Math.min(members.length, SKILLS_PER_COLUMN);
    members.forEach((member, index) => {
      const column = Math.floor(index / SKILLS_PER_COLUMN);
      const row = index % SKILLS_PER_COLUMN;
      skills.push({
        skillId: member.id,
        categoryId: category.id,
        x: padding + column * (skill.width + skillGapX),
        y: categoryHeader + row * (skill.height + skillGapY),
        width: skill.width,
        height: skill.height,
      });
    });
    const width = padding * 2 + columns * skill.width + (columns - 1) * skillGapX;
    const height = categoryHeader + rows * skill.height + Math.max(0, rows - 1) * skillGapY + padding;
    categories.push({ categoryId: category.id, x, y: top, width, height });
    tallest = Math.max(tallest, height);
    x += width + SIZES.categoryGapX;
  }
  const categoriesWidth = Math.max(0, x - SIZES.categoryGapX);

  const ladderWidth = guide.tiers.length * tier.width + (guide.tiers.length - 1) * SIZES.tierGapX;
  const width = Math.max(categoriesWidth, ladderWidth);
  const ladderStart = (width - ladderWidth) / 2;
  const tiers = guide.tiers.map((t, index) => ({
    tierId: t.id,
    x: ladderStart + index * (tier.width + SIZES.tierGapX),
    y: 0,
    width: tier.width,
    height: tier.height,
  }));

  return { tiers, categories, skills, width, height: top + tallest };
}

/** True when two boxes share any area; touching edges do not count. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
