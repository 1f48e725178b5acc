import { memo } from 'react';
import { ComparisonBars } from './ComparisonBars';
import type { ComparisonChartProps } from './types';

const NOUN = { one: 'category', many: 'categories' };

/**
 * Levels reached per skill category against what the target tier requires.
 * Default export so the plan view can load it with React.lazy.
 */
function CategoryComparisonChart(props: ComparisonChartProps) {
  return (
    <ComparisonBars
      {...props}
      noun={NOUN}
      nameHeader="Category"
      leadWithTitle={false}
      rowHeight={60}
      maxNameLines={2}
    />
  );
}

// Memoised: the plan re-renders on every rating; a chart only when its data changes.
export default memo(CategoryComparisonChart);
