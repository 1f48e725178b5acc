import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { usePlanner } from '../../../state/PlannerStoreContext';
import { selectCurrentTierId, selectReadinessScore, selectTargetTierId } from '../../../state/selectors';

export type TierNodeData = { tierId: string; title: string; experience: string; salary: string | null };
export type TierNodeType = Node<TierNodeData, 'tier'>;

/** A rung of the career ladder, with the person's readiness for it. */
export const TierNode = memo(function TierNode({ data }: NodeProps<TierNodeType>) {
  const readiness = usePlanner((s) => selectReadinessScore(s, data.tierId));
  const isTarget = usePlanner((s) => selectTargetTierId(s) === data.tierId);
  const isCurrent = usePlanner((s) => selectCurrentTierId(s) === data.tierId);
  return (
    <div className={`tier-node${isTarget ? ' is-target' : ''}`}>
      <Handle type="target" position={Position.Left} isConnectable={false} className="flow-handle" />
      <Handle
        type="target"
        position={Position.Bottom}
        id="skills"
        isConnectable={false}
        className="flow-handle"
      />
      <p className="tier-node__title">{data.title}</p>
      <p className="tier-node__meta">
        {data.experience}
        {data.salary && <> · {data.salary}</>}
      </p>
      <p className="tier-node__readiness">Readiness {readiness}%</p>
      <div className="meter" aria-hidden="true">
        <div className="meter__fill" style={{ width: `${readiness}%` }} />
      </div>
      {(isTarget || isCurrent) && (
        <p className="tier-node__tags">
          {isCurrent && <span className="tag">Current</span>}
          {isTarget && <span className="tag tag--target">◎ Target</span>}
        </p>
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} className="flow-handle" />
    </div>
  );
});
