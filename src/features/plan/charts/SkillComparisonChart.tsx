import { ComparisonBars } from './ComparisonBars';
import type { ComparisonChartProps } from './types';

const NOUN = { one: 'skill', many: 'skills' };

/**
 * Each skill's level against the level the target tier requires, one row per skill; the plot
 * grows with the number of skills. Default export so the plan view can load it with React.lazy.
 */
export default function SkillComparisonChart(props: ComparisonChartProps) {
  return (
    <ComparisonBars {...props} noun={NOUN} nameHeader="Skill" leadWithTitle rowHeight={40} maxNameLines={2} />
  );
}
