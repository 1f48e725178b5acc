// The JavaScript a browser must load for the first view: the entry script in
// dist/index.html plus every chunk it preloads. Lazily loaded chunks do not count.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const FIRST_VIEW_BUDGET_BYTES = 200 * 1024;

export function firstViewScripts(distDir = 'dist'): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1] as string);
  return [...new Set(sources)];
}

export function gzipSize(distDir: string, src: string): number {
  return gzipSync(readFileSync(join(distDir, src.replace(/^\//, '')))).length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scripts = firstViewScripts();
  let total = 0;
  for (const src of scripts) {
    const size = gzipSize('dist', src);
    total += size;
    console.log(`${(size / 1024).toFixed(1).padStart(8)} KB gz  ${src}`);
  }
  const verdict = total <= FIRST_VIEW_BUDGET_BYTES ? 'within' : 'OVER';
  console.log(
    `first view: ${(total / 1024).toFixed(1)} KB gz, ${verdict} the ${FIRST_VIEW_BUDGET_BYTES / 1024} KB budget`,
  );
  if (total > FIRST_VIEW_BUDGET_BYTES) process.exit(1);
}
