import { useCallback, useMemo, useState } from 'react';
import { buildPlan, formatMoney, type Plan } from '../../domain';
import { usePlanner } from '../../state/PlannerStoreContext';
import { useUiStore } from '../../state/uiStore';

/** The plan for the person's ratings and profile, recomputed only when they change. */
export function usePlan(): Plan {
  const guide = usePlanner((s) => s.guide);
  const ratings = usePlanner((s) => s.ratings);
  const profile = usePlanner((s) => s.profile);
  // "Today" is fixed for the life of the view so that the plan does not shift while it is read.
  const [today] = useState(() => new Date());
  return useMemo(() => buildPlan(guide, ratings, profile, today), [guide, ratings, profile, today]);
}

/** Money in the guide's currency. */
export function useMoney(): (amount: number) => string {
  const currency = usePlanner((s) => s.guide.salary.currency);
  return useCallback((amount: number) => formatMoney(amount, currency), [currency]);
}

/** Opens a skill on the skill map, ready to rate. */
export function useOpenSkill(): (skillId: string) => void {
  const selectSkill = useUiStore((s) => s.selectSkill);
  return useCallback(
    (skillId: string) => {
      selectSkill(skillId);
      window.location.hash = '#/skills';
    },
    [selectSkill],
  );
}
