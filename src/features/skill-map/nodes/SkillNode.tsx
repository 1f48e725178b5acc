import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useUiStore } from '../../../state/uiStore';
import { useSkillStanding } from '../useSkillStanding';
import { useLevelLabel } from '../../../state/useLevelLabel';
import { STATUS_TEXT } from '../status';

export type SkillNodeData = { skillId: string; name: string; essentialFrom: string | null };
export type SkillNodeType = Node<SkillNodeData, 'skill'>;

/** One skill: its rating, what the target tier needs, and the status in words and shape. */
export const SkillNode = memo(function SkillNode({ data }: NodeProps<SkillNodeType>) {
  const { rating, required, status } = useSkillStanding(data.skillId);
  const selected = useUiStore((s) => s.selectedSkillId === data.skillId);
  const levelLabel = useLevelLabel();
  const { label, symbol } = STATUS_TEXT[status];
  return (
    <div className={`skill-node skill-node--${status}${selected ? ' is-selected' : ''}`}>
      <Handle type="source" position={Position.Top} isConnectable={false} className="flow-handle" />
      <p className="skill-node__name" title={data.name}>
        {data.name}
      </p>
      <p className="skill-node__levels">
        <span>You: {levelLabel(rating)}</span>
        <span>Needs: {levelLabel(required)}</span>
      </p>
      <p className={`status-badge status-badge--${status}`}>
        <span aria-hidden="true">{symbol}</span> {label}
      </p>
    </div>
  );
});
