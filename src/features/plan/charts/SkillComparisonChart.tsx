import { memo } from 'react';
import { ComparisonBars } from './ComparisonBars';
import type { ComparisonChartProps } from './types';

const NOUN = { one: 'skill', many: 'skills' };

/**
 * Each skill's level against the level the target tier requires, one row per skill; the plot
 * grows with the number of skills. Default export so the plan view can load it with React.lazy.
 */
function SkillComparisonChart(props: ComparisonChartProps) {
  return (
    <ComparisonBars {...props} noun={NOUN} nameHeader="Skill" leadWithTitle rowHeight={40} maxNameLines={2} />
  );
}

// Memoised: the plan re-renders on every rating; a chart only when its data changes.
export default memo(SkillComparisonChart);
