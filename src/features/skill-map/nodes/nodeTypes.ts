import type { NodeTypes } from '@xyflow/react';
import { CategoryNode } from './CategoryNode';
import { SkillNode } from './SkillNode';
import { TierNode } from './TierNode';

/** Declared once, outside render: React Flow remounts every node when this object changes. */
export const nodeTypes: NodeTypes = { tier: TierNode, category: CategoryNode, skill: SkillNode };
