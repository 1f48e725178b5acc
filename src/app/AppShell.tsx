import type { ReactNode } from 'react';
import { ROUTES, useHashRoute } from './useHashRoute';
import './shell.css';
import '../ui/controls.css';

export function AppShell({ children }: { children: ReactNode }) {
  const route = useHashRoute();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <p className="app-header__name">Career Path Planner</p>
        <nav aria-label="Main" className="app-nav">
          {ROUTES.map((r) => (
            <a key={r.path} href={`#/${r.path}`} aria-current={route === r.path ? 'page' : undefined}>
              {r.label}
            </a>
          ))}
        </nav>
        <p className="app-header__privacy muted">Private: your data stays in this browser.</p>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
