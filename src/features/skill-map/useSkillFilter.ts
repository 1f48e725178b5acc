import { useMemo } from 'react';
import type { Guide } from '../../domain/guide';

/** Ids of the skills that search text and category filter hide; matches names and aliases. */
export function useHiddenSkillIds(
  guide: Guide,
  search: string,
  categoryId: string | null,
): ReadonlySet<string> {
  return useMemo(() => {
    const needle = search.trim().toLowerCase();
    const hidden = new Set<string>();
    if (needle === '' && categoryId === null) return hidden;
    for (const skill of guide.skills) {
      const inCategory = categoryId === null || skill.categoryId === categoryId;
      const matches =
        needle === '' || [skill.name, ...(skill.aliases ?? [])].some((n) => n.toLowerCase().includes(needle));
      if (!inCategory || !matches) hidden.add(skill.id);
    }
    return hidden;
  }, [guide, search, categoryId]);
}
