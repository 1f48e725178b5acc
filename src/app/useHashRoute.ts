import { useSyncExternalStore } from 'react';

export const ROUTES = [
  { path: 'skills', label: 'Rate skills' },
  { path: 'plan', label: 'Plan next step' },
  { path: 'progress', label: 'Progress' },
  { path: 'report', label: 'Report' },
  { path: 'data', label: 'Your data' },
  { path: 'role', label: 'About the role' },
] as const;

export type RoutePath = (typeof ROUTES)[number]['path'];

function currentRoute(): RoutePath {
  const path = window.location.hash.replace(/^#\/?/, '');
  return ROUTES.find((r) => r.path === path)?.path ?? 'skills';
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Hash routing: no server is needed to deep-link, and nothing leaves the page. */
export function useHashRoute(): RoutePath {
  return useSyncExternalStore(subscribe, currentRoute, () => 'skills' as const);
}
