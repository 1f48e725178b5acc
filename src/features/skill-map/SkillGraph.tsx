import { useCallback, useMemo, type KeyboardEvent } from 'react';
import { Background, Controls, MiniMap, ReactFlow, type NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { Guide } from '../../domain/guide';
import { useUiStore } from '../../state/uiStore';
import { buildFlowElements, type FlowNode } from './buildFlowElements';
import { nodeTypes } from './nodes/nodeTypes';
import './skillGraph.css';

const ARIA_LABELS = {
  'node.a11yDescription.default':
    'Press Enter to open a skill and rate it, or to plan for a tier. Tab moves between nodes.',
  'node.a11yDescription.ariaLiveMessage': () => '',
  'node.a11yDescription.keyboardDisabled':
    'Press Enter to open a skill and rate it, or to plan for a tier. Tab moves between nodes.',
  'minimap.ariaLabel': 'Overview of the whole skill map',
};

interface Props {
  guide: Guide;
  onChooseTier(tierId: string): void;
  /** Skills hidden by search or filter; their nodes are dimmed, not removed, to keep the layout stable. */
  hiddenSkillIds: ReadonlySet<string>;
}

function minimapColour(node: FlowNode): string {
  if (node.type === 'tier') return 'var(--accent)';
  if (node.type === 'category') return 'var(--surface-2)';
  return 'var(--text-muted)';
}

/** The skill map as a graph: the tier ladder above, categories and their skills below. */
export function SkillGraph({ guide, onChooseTier, hiddenSkillIds }: Props) {
  const elements = useMemo(() => buildFlowElements(guide), [guide]);
  const selectSkill = useUiStore((s) => s.selectSkill);
  const nodes = useMemo(
    () =>
      hiddenSkillIds.size === 0
        ? elements.nodes
        : elements.nodes.map((n) =>
            n.type === 'skill' && hiddenSkillIds.has(n.data.skillId)
              ? { ...n, className: 'is-filtered-out', focusable: false }
              : n,
          ),
    [elements.nodes, hiddenSkillIds],
  );

  const open = useCallback(
    (node: FlowNode) => {
      if (node.type === 'skill') selectSkill(node.data.skillId);
      if (node.type === 'tier') onChooseTier(node.data.tierId);
    },
    [selectSkill, onChooseTier],
  );
  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback((_event, node) => open(node), [open]);
  // Enter or Space on a focused node opens it, like a click. Handled here rather than
  // through React Flow's selection, which would not fire again for a node already selected.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const element = (event.target as HTMLElement).closest('.react-flow__node');
      const node = nodes.find((n) => n.id === element?.getAttribute('data-id'));
      if (!node) return;
      event.preventDefault();
      open(node);
    },
    [nodes, open],
  );

  return (
    <div className="skill-graph" role="region" aria-label="Skill map graph" onKeyDown={onKeyDown}>
      <ReactFlow<FlowNode>
        nodes={nodes}
        edges={elements.edges}
        nodeTypes={nodeTypes}
        onNodeClick={onNodeClick}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        fitView
        fitViewOptions={{ padding: 0.08 }}
        minZoom={0.1}
        maxZoom={2}
        onlyRenderVisibleElements
        ariaLabelConfig={ARIA_LABELS}
        proOptions={{ hideAttribution: false }}
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} />
        <MiniMap<FlowNode>
          pannable
          zoomable
          nodeColor={minimapColour}
          ariaLabel="Overview of the whole skill map"
        />
      </ReactFlow>
    </div>
  );
}
