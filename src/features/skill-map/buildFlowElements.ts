import type { Edge } from '@xyflow/react';
import type { Guide } from '../../domain/guide';
import {
  formatExperienceRange,
  formatSalaryFigure,
  salaryForTier,
  tierWhereSkillBecomesEssential,
} from '../../domain';
import { computeGraphLayout } from './graphLayout';
import type { CategoryNodeType } from './nodes/CategoryNode';
import type { SkillNodeType } from './nodes/SkillNode';
import type { TierNodeType } from './nodes/TierNode';

export type FlowNode = TierNodeType | CategoryNodeType | SkillNodeType;

export const tierNodeId = (tierId: string) => `tier:${tierId}`;
export const categoryNodeId = (categoryId: string) => `category:${categoryId}`;
export const skillNodeId = (skillId: string) => `skill:${skillId}`;

/**
 * The graph for a guide: nodes carry ids and fixed text only. Ratings and readiness
 * are read by each node from the store, so a rating change re-renders the nodes it
 * touches and never rebuilds this list.
 */
export function buildFlowElements(guide: Guide): { nodes: FlowNode[]; edges: Edge[] } {
  const layout = computeGraphLayout(guide);
  const nodes: FlowNode[] = [];
  const edges: Edge[] = [];

  for (const box of layout.tiers) {
    const tier = guide.tiers.find((t) => t.id === box.tierId)!;
    const salary = salaryForTier(guide, tier.id);
    nodes.push({
      id: tierNodeId(tier.id),
      type: 'tier',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      ariaLabel: `Tier: ${tier.title}`,
      data: {
        tierId: tier.id,
        title: tier.shortTitle,
        experience: formatExperienceRange(tier),
        salary: salary ? formatSalaryFigure(salary.figure, guide.salary.currency) : null,
      },
    });
  }
  guide.tiers.slice(1).forEach((tier, i) => {
    const previous = guide.tiers[i]!;
    edges.push({
      id: `ladder:${previous.id}->${tier.id}`,
      source: tierNodeId(previous.id),
      target: tierNodeId(tier.id),
      className: 'edge--ladder',
      focusable: false,
    });
  });

  for (const box of layout.categories) {
    const category = guide.categories.find((c) => c.id === box.categoryId)!;
    nodes.push({
      id: categoryNodeId(category.id),
      type: 'category',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      focusable: false,
      selectable: false,
      ariaLabel: `Category: ${category.name}`,
      data: {
        name: category.name,
        skillCount: guide.skills.filter((s) => s.categoryId === category.id).length,
      },
    });
    for (const target of category.leadsTo ?? []) {
      edges.push({
        id: `leads:${category.id}->${target}`,
        source: categoryNodeId(category.id),
        target: categoryNodeId(target),
        type: 'smoothstep',
        className: 'edge--progression',
        label: 'leads to',
        focusable: false,
      });
    }
  }

  for (const box of layout.skills) {
    const skill = guide.skills.find((s) => s.id === box.skillId)!;
    const essential = tierWhereSkillBecomesEssential(guide, skill);
    nodes.push({
      id: skillNodeId(skill.id),
      type: 'skill',
      parentId: categoryNodeId(box.categoryId),
      extent: 'parent',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      ariaLabel: `Skill: ${skill.name}`,
      data: { skillId: skill.id, name: skill.name, essentialFrom: essential?.shortTitle ?? null },
    });
    if (essential) {
      edges.push({
        id: `essential:${skill.id}->${essential.id}`,
        source: skillNodeId(skill.id),
        target: tierNodeId(essential.id),
        targetHandle: 'skills',
        className: 'edge--essential',
        focusable: false,
      });
    }
  }
  return { nodes, edges };
}
