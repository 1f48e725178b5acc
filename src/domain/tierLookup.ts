import type { Guide, Tier } from './guide/schema';

/** The tier with this id, or undefined. */
export function findTier(guide: Guide, tierId: string): Tier | undefined {
  return guide.tiers.find((t) => t.id === tierId);
}

/**
 * The tier with this id. An unknown id is a programming error (a stale id kept across a
 * guide switch, a typo): throwing names it, where quietly scoring against "no tier" would
 * show a person a plausible but meaningless number.
 */
export function getTier(guide: Guide, tierId: string): Tier {
  const tier = findTier(guide, tierId);
  if (!tier) throw new Error(`Unknown tier "${tierId}" in guide "${guide.id}"`);
  return tier;
}
