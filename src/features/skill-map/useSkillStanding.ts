import { useShallow } from 'zustand/react/shallow';
import { usePlanner } from '../../state/PlannerStoreContext';
import { selectSkillStanding, selectTargetTierId, type SkillStanding } from '../../state/selectors';

/** A skill's rating, requirement and status for the target tier; re-renders only when they change. */
export function useSkillStanding(skillId: string): SkillStanding {
  return usePlanner(useShallow((state) => selectSkillStanding(state, skillId, selectTargetTierId(state))));
}

export function useTargetTierId(): string {
  return usePlanner(selectTargetTierId);
}
