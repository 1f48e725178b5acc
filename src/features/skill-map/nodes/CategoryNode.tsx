import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';

export type CategoryNodeData = { name: string; skillCount: number };
export type CategoryNodeType = Node<CategoryNodeData, 'category'>;

/** A category: a labelled box that holds its skills. */
export const CategoryNode = memo(function CategoryNode({ data }: NodeProps<CategoryNodeType>) {
  return (
    <div className="category-node">
      <Handle type="target" position={Position.Left} isConnectable={false} className="flow-handle" />
      <p className="category-node__name">{data.name}</p>
      <p className="category-node__count">{data.skillCount} skills</p>
      <Handle type="source" position={Position.Right} isConnectable={false} className="flow-handle" />
    </div>
  );
});
