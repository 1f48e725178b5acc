/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Benchmarks (bench/run.ts) build the app around another guide without touching app
// code: CPP_GUIDE_PATH replaces the bundled default guide, CPP_OUT_DIR the output folder.
// Without these variables the build is the ordinary one.
const guidePath = process.env.CPP_GUIDE_PATH;
const outDir = process.env.CPP_OUT_DIR;

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: guidePath
      ? [{ find: /^.*\/data\/careers\/customer-care-representative\.json$/, replacement: resolve(guidePath) }]
      : [],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    ...(outDir ? { outDir, emptyOutDir: true } : {}),
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    restoreMocks: true,
  },
});
