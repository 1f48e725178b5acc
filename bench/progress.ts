// Benchmark of the progress page (#/progress) with a long rating history, and of the PDF
// export (#/report → "Download PDF") in the browser. See docs/performance.md, "Progress report
// and history".
//
//   npx tsx bench/progress.ts     (needs dist/: `npm run build`; BENCH_QUICK=1 for 3 runs a series)
//
// Against the built app served by `vite preview`, in headless Chromium (the e2e harness's
// flags, tests/e2e/browser.ts), with an on-disk profile:
//   1. Progress: a database holding 100,000 rating changes over two years (plus the ratings
//      they end on, and a profile: onboarded, 2 years of experience). Each run opens a new tab
//      on #/progress and times navigation start → both chart figures ("Readiness for … over
//      time", "Average rating per category over time") are in the DOM with every line's SVG
//      path drawn, + two animation frames (the frame that shows them). Same browser and profile
//      throughout: the first run (cold HTTP cache) is reported on its own. Also timed: a raw
//      IndexedDB getAll of the log from a blank same-origin page (no app); the switch from
//      #/skills to #/progress inside a loaded app (history already in memory: compute and draw);
//      and both again after reseeding with 2,190 changes, as a reference for the fixed cost.
//   2. The same computation in Node, split out: readinessOverTime + categoryAveragesOverTime on
//      the same 100,000 entries, the chart downsampling, and the validation + sort the storage
//      layer does when it reads the log (readHistory), so the browser figure can be taken apart.
//   3. PDF: a second fresh profile with two years of daily history (2,190 changes over 730
//      days), nine check-ins and three metrics logged monthly. Each run opens a new tab on
//      #/report, clicks "Download PDF" and times the click → Playwright's download event. The
//      first run also fetches the jsPDF chunk and is reported on its own.
//
// The database is seeded before the app reads it: the app creates its schema once (a tab on
// #/skills, closed), then a same-origin tab (/favicon.svg) writes the records with a raw
// IndexedDB transaction. Results go to bench/results/progress.json. Exits non-zero when a
// measurement cannot be made (a chart not drawn, a download that never comes, a wrong seed);
// a missed target is reported, not an error.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { preview, type PreviewServer } from 'vite';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { CHROME_PATH, launchPersistentContext } from '../tests/e2e/browser';
import { round, summarize, type Summary } from './stats';
import {
  categoryAveragesOverTime,
  downsamplePoints,
  normalizeYears,
  parseGuide,
  readinessOverTime,
  resolveCurrentTier,
  resolveTargetTier,
  type Guide,
  type HistoryEntry,
  type Profile,
} from '../src/domain';
import {
  HistoryRecordSchema,
  restoreRecords,
  type CheckInRecord,
  type HistoryRecord,
  type MetricEntryRecord,
  type ProfileRecord,
  type RatingRecord,
} from '../src/storage/records';

// ---------------------------------------------------------------- configuration

const RESULTS_DIR = 'bench/results';
const RESULTS_FILE = `${RESULTS_DIR}/progress.json`;
const GUIDE_FILE = 'data/careers/customer-care-representative.json';
const DB_NAME = 'career-path-planner';
/** Dexie multiplies its schema version (2) by 10. */
const DB_NATIVE_VERSION = 20;
const STORES = ['profile', 'ratings', 'history', 'checkIns', 'metricEntries'] as const;

const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = {
  progress: QUICK ? 3 : 20,
  compute: QUICK ? 3 : 20,
  idbRead: QUICK ? 2 : 5,
  pdf: QUICK ? 3 : 20,
  pdfSameTab: QUICK ? 2 : 10,
  progressReference: QUICK ? 2 : 10,
};

const DAY_MS = 86_400_000;
const HISTORY_DAYS = 730;
const PROGRESS_ENTRIES = 100_000;
const PDF_ENTRIES_PER_DAY = 3;
const YEARS_OF_EXPERIENCE = 2;

/** As MAX_CHART_POINTS in src/features/progress/useProgressData.ts (a React module, not imported here). */
const MAX_CHART_POINTS = 400;

const TARGETS = { progressDrawnMs: 500, pdfMs: 2_000 };
const STEP_TIMEOUT_MS = 60_000;

// ---------------------------------------------------------------- seed data

export interface Seed {
  profile: ProfileRecord;
  ratings: RatingRecord[];
  history: HistoryRecord[];
  checkIns: CheckInRecord[];
  metricEntries: MetricEntryRecord[];
}

/** A small deterministic PRNG (mulberry32), so every run seeds the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `entries` rating changes spread evenly (with jitter) over the `days` before `now`, in time
 * order. Each picks a skill at random and sets it near a trend that climbs from "Learning" to
 * "Proficient" over the period, ± one level of noise; one change in 200 clears the rating. The
 * ratings are where the log ends. With `extras`, nine check-ins (each the ratings at its time)
 * and three metrics logged monthly, like the report fixture (tests/fixtures/reportModel.ts).
 */
export function makeSeed(guide: Guide, entries: number, days: number, now: number, extras: boolean): Seed {
  const guideId = guide.id;
  const rand = random(entries);
  const skills = guide.skills.map((s) => s.id);
  const levels = guide.scale.levels.map((l) => l.level);
  const bottom = Math.min(...levels);
  const top = Math.max(...levels);
  const span = days * DAY_MS;
  const start = now - span;
  const current = new Map<string, number | null>();
  const lastChange = new Map<string, number>();
  const history: HistoryRecord[] = [];

  const checkInDays = extras ? [20, 110, 200, 290, 380, 470, 560, 650, days - 1] : [];
  const checkIns: CheckInRecord[] = [];
  const snapshot = (): Record<string, number> => {
    const ratings: Record<string, number> = {};
    for (const [skillId, level] of current) if (level !== null) ratings[skillId] = level;
    return ratings;
  };

  for (let i = 0; i < entries; i += 1) {
    const at = start + Math.floor(((i + rand()) * span) / entries);
    while (checkInDays.length > 0 && at >= start + checkInDays[0]! * DAY_MS + 12 * 3_600_000) {
      const day = checkInDays.shift()!;
      checkIns.push({
        guideId,
        at: start + day * DAY_MS + 12 * 3_600_000,
        note: `Check-in on day ${day}`,
        ratings: snapshot(),
      });
    }
    const skillId = skills[Math.floor(rand() * skills.length)]!;
    const previousLevel = current.get(skillId) ?? null;
    const trend = 1 + (2 * i) / entries;
    const level =
      rand() < 0.005
        ? null
        : Math.min(top, Math.max(bottom, Math.round(trend + (rand() - 0.5) * 2 + (rand() - 0.5))));
    history.push({ guideId, skillId, level, previousLevel, at });
    current.set(skillId, level);
    lastChange.set(skillId, at);
  }
  for (const day of checkInDays) {
    checkIns.push({ guideId, at: start + day * DAY_MS, note: `Check-in on day ${day}`, ratings: snapshot() });
  }

  const ratings: RatingRecord[] = [...current].map(([skillId, level]) => ({
    guideId,
    skillId,
    level,
    note: '',
    updatedAt: lastChange.get(skillId)!,
  }));

  const metricEntries: MetricEntryRecord[] = [];
  if (extras) {
    const metrics: Array<[string, number, number, number]> = [
      ['customer-satisfaction', 84, 92, 0],
      ['first-contact-resolution', 68, 79, 0],
      ['average-handle-time', 8.6, 6.1, 1],
    ];
    for (const [metricId, from, to, decimals] of metrics) {
      if (!guide.portfolioMetrics.some((m) => m.id === metricId)) continue;
      for (let m = 0; m < 24; m += 1) {
        const value = from + ((to - from) * m) / 23 + (rand() - 0.5) * 2;
        const factor = 10 ** decimals;
        metricEntries.push({
          guideId,
          metricId,
          at: start + (15 + m * 30) * DAY_MS,
          value: Math.round(value * factor) / factor,
        });
      }
    }
  }

  const profile: ProfileRecord = {
    id: 'me',
    guideId,
    yearsOfExperience: YEARS_OF_EXPERIENCE,
    currentTierId: null,
    targetTierId: null,
    onboarded: true,
    goals: { targetDate: null, skillTargets: {}, currentSalary: null, yearlyRaisePercent: null },
    updatedAt: start,
  };
  return { profile, ratings, history, checkIns, metricEntries };
}

export function loadGuide(): Guide {
  const parsed = parseGuide(JSON.parse(readFileSync(GUIDE_FILE, 'utf8')));
  if (!parsed.ok) throw new Error(`${GUIDE_FILE} is not a valid guide:\n${parsed.errors.join('\n')}`);
  return parsed.guide;
}

// ---------------------------------------------------------------- server and browser

export async function serve(): Promise<{ server: PreviewServer; url: string }> {
  // Port 0: the OS picks a free port (as in tests/e2e/globalSetup.ts).
  const server = await preview({
    build: { outDir: 'dist' },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

/**
 * A new Chromium on a new on-disk profile (launchPersistentContext from the e2e harness), run
 * with TMPDIR pointed at a directory of our own for the launch, so the profile and Playwright's
 * download folder land there and are removed with it afterwards.
 */
export async function withBrowser<T>(run: (context: BrowserContext) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'cpp-progress-bench-'));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  let context: BrowserContext;
  try {
    context = await launchPersistentContext();
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  try {
    // tsx compiles this file with esbuild's keepNames, which wraps named functions in a
    // __name() helper; functions sent to the page need it to exist there too.
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    return await run(context);
  } finally {
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Two frames, then a pause: lets pending work finish between runs. */
async function settle(page: Page, idleMs = 200): Promise<void> {
  await page.evaluate(
    (ms) =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, ms))),
      ),
    idleMs,
  );
}

/** Waits (up to 30 s) until the CPUs are at least 85 % idle over a second; returns the busy share seen. */
async function waitForQuietCpu(): Promise<number> {
  const sample = () =>
    cpus().reduce(
      (t, c) => ({
        idle: t.idle + c.times.idle,
        total: t.total + Object.values(c.times).reduce((a, b) => a + b, 0),
      }),
      { idle: 0, total: 0 },
    );
  const deadline = Date.now() + 30_000;
  let busy = 1;
  while (Date.now() < deadline) {
    const a = sample();
    await new Promise((done) => setTimeout(done, 1_000));
    const b = sample();
    busy = 1 - (b.idle - a.idle) / Math.max(1, b.total - a.total);
    if (busy <= 0.15) break;
  }
  return Math.round(busy * 100);
}

// ---------------------------------------------------------------- seeding

/** Lets the app create its schema in a fresh profile, then writes `seed` with a raw IndexedDB transaction. */
export async function seedDatabase(context: BrowserContext, url: string, seed: Seed): Promise<void> {
  const app = await context.newPage();
  await app.goto(`${url}#/skills`);
  // The app opens (creating or upgrading) the database as it starts, and shows the skill map
  // once it has read it (behind the first-run form on a fresh profile).
  await app.locator('.react-flow__node').first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await app.waitForFunction(
    async ({ name, version }) =>
      (await indexedDB.databases()).some((db) => db.name === name && db.version === version),
    { name: DB_NAME, version: DB_NATIVE_VERSION },
    { timeout: STEP_TIMEOUT_MS, polling: 100 },
  );
  await app.close();

  const page = await context.newPage();
  await page.goto(`${url}favicon.svg`);
  const counts = await page.evaluate(
    async ({ name, version, stores, json }) => {
      const data = JSON.parse(json) as Record<string, unknown[]> & { profile: unknown };
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
        // No upgrade: the app must have created the database already.
        request.onupgradeneeded = () => fail(new Error('the app did not create the database'));
      });
      try {
        if (db.version !== version) throw new Error(`database version ${db.version}, expected ${version}`);
        const missing = stores.filter((s) => !db.objectStoreNames.contains(s));
        if (missing.length > 0) throw new Error(`stores missing: ${missing.join(', ')}`);
        const tx = db.transaction([...stores], 'readwrite');
        for (const store of stores) tx.objectStore(store).clear();
        tx.objectStore('profile').put(data.profile);
        for (const store of ['ratings', 'history', 'checkIns', 'metricEntries']) {
          const os = tx.objectStore(store);
          for (const record of data[store]!) os.add(record);
        }
        await new Promise<void>((done, fail) => {
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
          tx.onabort = () => fail(tx.error ?? new Error('seed transaction aborted'));
        });
        const read = db.transaction([...stores], 'readonly');
        const count = (store: string) =>
          new Promise<number>((done, fail) => {
            const request = read.objectStore(store).count();
            request.onsuccess = () => done(request.result);
            request.onerror = () => fail(request.error);
          });
        return Object.fromEntries(await Promise.all(stores.map(async (s) => [s, await count(s)] as const)));
      } finally {
        db.close();
      }
    },
    { name: DB_NAME, version: DB_NATIVE_VERSION, stores: STORES, json: JSON.stringify(seed) },
  );
  await page.close();
  const expected = {
    profile: 1,
    ratings: seed.ratings.length,
    history: seed.history.length,
    checkIns: seed.checkIns.length,
    metricEntries: seed.metricEntries.length,
  };
  for (const [store, n] of Object.entries(expected)) {
    if (counts[store] !== n) throw new Error(`seeded ${counts[store]} records in ${store}, expected ${n}`);
  }
}

// ---------------------------------------------------------------- progress page

interface ProgressSample {
  /**
   * Navigation start → the "Over time" section is in the DOM: the store has read (and validated)
   * the log and React has rendered the view, computing both series in that render.
   */
  dataLoaded: number;
  /** → both chart figures are in the DOM (the lazy chart chunk has loaded; usually the same render). */
  figures: number;
  /** → every line's SVG path has its `d`. */
  drawn: number;
  /** → two animation frames later: the frame that shows the charts. Headline figure. */
  painted: number;
  /** Long tasks (≥ 50 ms) until `painted`: the longest, and their total. */
  longestTask: number;
  longTasksTotal: number;
  /** Days with changes, as the readiness summary says: a check on the data. */
  daysWithChanges: number;
}

/** Installed before the app's scripts run: watches for both charts to be drawn. */
function watchProgressCharts(categoryLines: number): void {
  type Result = Omit<ProgressSample, 'longestTask' | 'longTasksTotal'>;
  const w = window as unknown as { __progress: Promise<Result>; __longTasks: number[][] };
  w.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing: the figures stay empty.
  }
  let dataLoaded = Number.NaN;
  let figuresAt = Number.NaN;
  w.__progress = new Promise((done) => {
    const figure = (title: RegExp) =>
      Array.from(document.querySelectorAll('figure')).find((f) =>
        title.test(f.querySelector('h3')?.textContent ?? ''),
      );
    const linesDrawn = (f: Element, n: number) => {
      const paths = Array.from(f.querySelectorAll('path.recharts-line-curve'));
      return paths.length >= n && paths.every((p) => (p.getAttribute('d') ?? '').length > 10);
    };
    const check = () => {
      if (Number.isNaN(dataLoaded) && document.getElementById('over-time-title'))
        dataLoaded = performance.now();
      const readiness = figure(/^Readiness for .+ over time$/);
      const categories = figure(/^Average rating per category over time$/);
      if (!readiness || !categories) return false;
      if (Number.isNaN(figuresAt)) figuresAt = performance.now();
      if (!linesDrawn(readiness, 1) || !linesDrawn(categories, categoryLines)) return false;
      const drawn = performance.now();
      const summary = readiness.querySelector('figcaption p')?.textContent ?? '';
      const days = Number(/over (\d+) days with changes/.exec(summary)?.[1] ?? Number.NaN);
      requestAnimationFrame(() =>
        requestAnimationFrame(() =>
          done({
            dataLoaded,
            figures: figuresAt,
            drawn,
            painted: performance.now(),
            daysWithChanges: days,
          }),
        ),
      );
      return true;
    };
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

/**
 * One run on a new tab. "navigation": open #/progress directly and time from navigation start.
 * "in-app": open #/skills, let the app load, then switch to #/progress (as the nav link does)
 * and time from the switch: the history is in memory already, so this is compute and draw.
 */
async function measureProgress(
  context: BrowserContext,
  url: string,
  categoryLines: number,
  mode: 'navigation' | 'in-app' = 'navigation',
): Promise<ProgressSample> {
  const page = await context.newPage();
  try {
    let t0 = 0;
    if (mode === 'navigation') {
      await page.addInitScript(watchProgressCharts, categoryLines);
      await page.goto(`${url}#/progress`, { waitUntil: 'commit' });
    } else {
      await page.goto(`${url}#/skills`);
      await page.locator('.react-flow__node').first().waitFor({ timeout: STEP_TIMEOUT_MS });
      await settle(page, 300);
      await page.evaluate(watchProgressCharts, categoryLines);
      t0 = await page.evaluate(() => {
        const start = performance.now();
        location.hash = '#/progress';
        return start;
      });
    }
    return await page.evaluate(
      async ({ timeout, t0 }) => {
        const w = window as unknown as {
          __progress: Promise<Omit<ProgressSample, 'longestTask' | 'longTasksTotal'>>;
          __longTasks: number[][];
        };
        const result = await Promise.race([
          w.__progress,
          new Promise<never>((_, fail) =>
            setTimeout(
              () => fail(new Error(`the progress charts were not drawn within ${timeout} ms`)),
              timeout,
            ),
          ),
        ]);
        const tasks = w.__longTasks
          .filter(([start, d]) => start! + d! > t0 && start! < result.painted)
          .map(([, d]) => d!);
        return {
          dataLoaded: result.dataLoaded - t0,
          figures: result.figures - t0,
          drawn: result.drawn - t0,
          painted: result.painted - t0,
          daysWithChanges: result.daysWithChanges,
          longestTask: tasks.length > 0 ? Math.max(...tasks) : 0,
          longTasksTotal: tasks.reduce((a, b) => a + b, 0),
        };
      },
      { timeout: STEP_TIMEOUT_MS, t0 },
    );
  } finally {
    await page.close();
  }
}

/** Raw IndexedDB read of the guide's whole log by its [guideId+at] index, as Dexie does it (getAll). */
async function measureIdbRead(context: BrowserContext, url: string, guideId: string) {
  const page = await context.newPage();
  try {
    await page.goto(`${url}favicon.svg`);
    return await page.evaluate(
      async ({ name, guideId }) => {
        const db = await new Promise<IDBDatabase>((done, fail) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        });
        const start = performance.now();
        const records = await new Promise<unknown[]>((done, fail) => {
          const request = db
            .transaction('history', 'readonly')
            .objectStore('history')
            .index('[guideId+at]')
            .getAll(IDBKeyRange.bound([guideId, -Infinity], [guideId, []]));
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        });
        const ms = performance.now() - start;
        db.close();
        return { ms, count: records.length };
      },
      { name: DB_NAME, guideId },
    );
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------- computation in Node

function measureCompute(guide: Guide, seed: Seed) {
  const history: HistoryEntry[] = seed.history.map(({ skillId, level, previousLevel, at }) => ({
    skillId,
    level,
    previousLevel,
    at,
  }));
  const withIds = seed.history.map((r, i) => ({ ...r, id: i + 1 }));
  const ratings: Record<string, number> = {};
  for (const r of seed.ratings) if (r.level !== null) ratings[r.skillId] = r.level;
  const profile: Profile = {
    yearsOfExperience: seed.profile.yearsOfExperience,
    currentTierId: null,
    targetTierId: null,
    onboarded: true,
    goals: { ...seed.profile.goals },
  };
  const target = resolveTargetTier(guide, resolveCurrentTier(guide, ratings, profile).tier, profile);
  const years = normalizeYears(profile.yearsOfExperience ?? 0);

  const time = <T>(fn: () => T): [T, number] => {
    const start = performance.now();
    const value = fn();
    return [value, performance.now() - start];
  };
  const byTimeThenId = (a: { at: number; id?: number }, b: { at: number; id?: number }) =>
    a.at - b.at || (a.id ?? 0) - (b.id ?? 0);

  const samples = { readiness: [] as number[], categories: [] as number[], both: [] as number[] };
  const downsample: number[] = [];
  const validate: number[] = [];
  let first = Number.NaN;
  let points = { readiness: 0, categories: 0, chartReadiness: 0, chartCategories: 0 };
  for (let i = 0; i <= RUNS.compute; i += 1) {
    const [readiness, r] = time(() =>
      readinessOverTime(guide, history, years, target.id, { includeBaseline: true }),
    );
    const [categories, c] = time(() => categoryAveragesOverTime(guide, history));
    const [charts, d] = time(() => [
      downsamplePoints(readiness, MAX_CHART_POINTS, (p) => p.readiness),
      downsamplePoints(categories, MAX_CHART_POINTS),
    ]);
    // What readHistory (src/storage/guideData.ts) does to the records IndexedDB returns.
    const [, v] = time(() =>
      restoreRecords(HistoryRecordSchema, withIds)
        .filter((rec) => rec.guideId === guide.id)
        .sort(byTimeThenId)
        .map(({ skillId, level, previousLevel, at }) => ({ skillId, level, previousLevel, at })),
    );
    if (i === 0) {
      // The first pass also compiles the code: reported on its own.
      first = r + c;
      points = {
        readiness: readiness.length,
        categories: categories.length,
        chartReadiness: charts[0]!.length,
        chartCategories: charts[1]!.length,
      };
      continue;
    }
    samples.readiness.push(r);
    samples.categories.push(c);
    samples.both.push(r + c);
    downsample.push(d);
    validate.push(v);
  }
  return {
    targetTier: target.id,
    years,
    points,
    firstRunMs: round(first),
    readinessOverTimeMs: summarize(samples.readiness),
    categoryAveragesOverTimeMs: summarize(samples.categories),
    bothMs: summarize(samples.both),
    downsampleMs: summarize(downsample),
    readHistoryValidateSortMs: summarize(validate),
  };
}

// ---------------------------------------------------------------- PDF in the browser

interface PdfSample {
  /** The click event in the page → Playwright's download event (Node), wall clock. Headline. */
  clickToDownload: number;
  /** The click event → the app hands the file to the browser (its <a download> click), in the page. */
  clickToFileInPage: number;
  /** Longest long task between the click and the file. */
  longestTask: number;
  bytes: number;
  /** Scripts the page requested between the click and the download (the jsPDF chunk, the first time). */
  scripts: string[];
}

/** Installed before the app's scripts run: notes when a download link is clicked, and long tasks. */
function watchDownloads(): void {
  const w = window as unknown as { __fileAt: number[]; __longTasks: number[][] };
  w.__fileAt = [];
  w.__longTasks = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.hasAttribute('download')) w.__fileAt.push(performance.now());
    return click.call(this);
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing.
  }
}

async function openReport(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(watchDownloads);
  await page.goto(`${url}#/report`);
  const button = page.getByRole('button', { name: 'Download PDF' });
  await button.waitFor({ timeout: STEP_TIMEOUT_MS });
  if (!(await button.isEnabled())) throw new Error('"Download PDF" is disabled');
  await settle(page, 300);
  return page;
}

async function clickPdf(page: Page, checkFile: boolean): Promise<PdfSample> {
  const button = page.getByRole('button', { name: 'Download PDF' });
  // The click's time, taken by the page itself: Playwright's own checks before clicking are not counted.
  await button.evaluate((el) => {
    const w = window as unknown as { __clickAt: { wall: number; perf: number } | null };
    w.__clickAt = null;
    el.addEventListener(
      'click',
      () => (w.__clickAt = { wall: performance.timeOrigin + performance.now(), perf: performance.now() }),
      { capture: true, once: true },
    );
  });
  const scripts: string[] = [];
  const onRequest = (request: Request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  };
  page.on('request', onRequest);
  const downloaded = page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS }).then((download) => ({
    download,
    at: performance.timeOrigin + performance.now(),
  }));
  await button.click();
  const { download, at } = await downloaded;
  page.off('request', onRequest);
  const inPage = await page.evaluate(() => {
    const w = window as unknown as {
      __clickAt: { wall: number; perf: number } | null;
      __fileAt: number[];
      __longTasks: number[][];
    };
    const clicked = w.__clickAt;
    if (!clicked) throw new Error('the click was not seen in the page');
    const file = w.__fileAt.find((t) => t >= clicked.perf);
    if (file === undefined) throw new Error('the app did not hand over a file');
    const tasks = w.__longTasks
      .filter(([start, d]) => start! + d! >= clicked.perf && start! <= file)
      .map(([, d]) => d!);
    return { clicked, file, longestTask: tasks.length > 0 ? Math.max(...tasks) : 0 };
  });
  if (!download.suggestedFilename().endsWith('.pdf')) {
    throw new Error(`downloaded ${download.suggestedFilename()}, not a PDF`);
  }
  let bytes = Number.NaN;
  if (checkFile) {
    const path = await download.path();
    const content = readFileSync(path);
    if (content.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('the download is not a PDF');
    bytes = content.length;
  }
  await download.delete();
  return {
    clickToDownload: at - inPage.clicked.wall,
    clickToFileInPage: inPage.file - inPage.clicked.perf,
    longestTask: inPage.longestTask,
    bytes,
    scripts,
  };
}

// ---------------------------------------------------------------- main

const summarizeField = <T>(samples: readonly T[], field: keyof T): Summary =>
  summarize(samples.map((s) => s[field] as number));

const roundRecord = <T extends object>(record: T): Record<keyof T, number> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, round(v as number)])) as Record<
    keyof T,
    number
  >;

async function runProgress(url: string, guide: Guide, seed: Seed, referenceSeed: Seed) {
  const categoryLines = guide.categories.length;
  return withBrowser(async (context) => {
    console.log(`Seeding ${seed.history.length.toLocaleString('en')} history entries…`);
    const seedStart = performance.now();
    await seedDatabase(context, url, seed);
    const seedMs = performance.now() - seedStart;
    const idb: Array<{ ms: number; count: number }> = [];
    for (let i = 0; i < RUNS.idbRead; i += 1) idb.push(await measureIdbRead(context, url, guide.id));
    if (idb.some((r) => r.count !== seed.history.length)) throw new Error('the raw read missed entries');
    const cpuBusyPercentBefore = await waitForQuietCpu();
    console.log(`Measuring #/progress (${RUNS.progress} runs after a first)…`);
    const first = await measureProgress(context, url, categoryLines);
    const samples: ProgressSample[] = [];
    for (let i = 0; i < RUNS.progress; i += 1)
      samples.push(await measureProgress(context, url, categoryLines));
    console.log(`Measuring #/skills → #/progress in the app (${RUNS.progress} runs)…`);
    const inApp: ProgressSample[] = [];
    for (let i = 0; i < RUNS.progress; i += 1) {
      inApp.push(await measureProgress(context, url, categoryLines, 'in-app'));
    }
    const days = [...new Set([first, ...samples, ...inApp].map((s) => s.daysWithChanges))];

    // Reference: the same profile reseeded with a short history of the same shape, for the
    // app's fixed cost (start-up, lazy chunks, drawing 731 days).
    console.log(`Reference: ${referenceSeed.history.length.toLocaleString('en')} entries…`);
    await seedDatabase(context, url, referenceSeed);
    const reference: ProgressSample[] = [];
    const referenceInApp: ProgressSample[] = [];
    for (let i = 0; i < RUNS.progressReference; i += 1) {
      reference.push(await measureProgress(context, url, categoryLines));
    }
    for (let i = 0; i < RUNS.progressReference; i += 1) {
      referenceInApp.push(await measureProgress(context, url, categoryLines, 'in-app'));
    }
    if (days.length !== 1 || !(days[0]! > 0))
      throw new Error(`odd day counts in the summary: ${days.join(', ')}`);
    return {
      seedMs: round(seedMs),
      cpuBusyPercentBefore,
      daysWithChanges: days[0]!,
      idbGetAllMs: summarize(idb.map((r) => r.ms)),
      first: roundRecord(first),
      dataLoadedMs: summarizeField(samples, 'dataLoaded'),
      figuresMs: summarizeField(samples, 'figures'),
      drawnMs: summarizeField(samples, 'drawn'),
      paintedMs: summarizeField(samples, 'painted'),
      longestTaskMs: summarizeField(samples, 'longestTask'),
      longTasksTotalMs: summarizeField(samples, 'longTasksTotal'),
      samplesPaintedMs: samples.map((s) => round(s.painted)),
      reference: {
        historyEntries: referenceSeed.history.length,
        daysWithChanges: reference[0]!.daysWithChanges,
        dataLoadedMs: summarizeField(reference, 'dataLoaded'),
        paintedMs: summarizeField(reference, 'painted'),
        longestTaskMs: summarizeField(reference, 'longestTask'),
        inAppDataLoadedMs: summarizeField(referenceInApp, 'dataLoaded'),
        inAppPaintedMs: summarizeField(referenceInApp, 'painted'),
      },
      inApp: {
        dataLoadedMs: summarizeField(inApp, 'dataLoaded'),
        paintedMs: summarizeField(inApp, 'painted'),
        longestTaskMs: summarizeField(inApp, 'longestTask'),
        longTasksTotalMs: summarizeField(inApp, 'longTasksTotal'),
      },
    };
  });
}

async function runPdf(url: string, seed: Seed) {
  return withBrowser(async (context) => {
    console.log(`Seeding ${seed.history.length.toLocaleString('en')} history entries for the report…`);
    await seedDatabase(context, url, seed);
    const cpuBusyPercentBefore = await waitForQuietCpu();
    console.log(`Measuring "Download PDF" (${RUNS.pdf} new-tab runs after a first)…`);
    const firstPage = await openReport(context, url);
    const first = await clickPdf(firstPage, true);
    await firstPage.close();
    const samples: PdfSample[] = [];
    for (let i = 0; i < RUNS.pdf; i += 1) {
      const page = await openReport(context, url);
      samples.push(await clickPdf(page, i === 0));
      await page.close();
    }
    // Repeated clicks in one tab: the chunk is loaded and compiled already, only the render is left.
    const tab = await openReport(context, url);
    await clickPdf(tab, false);
    const sameTab: PdfSample[] = [];
    for (let i = 0; i < RUNS.pdfSameTab; i += 1) {
      await settle(tab, 300);
      sameTab.push(await clickPdf(tab, false));
    }
    await tab.close();
    return {
      cpuBusyPercentBefore,
      bytes: samples[0]!.bytes,
      first: {
        clickToDownload: round(first.clickToDownload),
        clickToFileInPage: round(first.clickToFileInPage),
        longestTask: round(first.longestTask),
        scriptsFetched: first.scripts,
      },
      scriptsFetchedWarm: [...new Set(samples.flatMap((s) => s.scripts))],
      clickToDownloadMs: summarizeField(samples, 'clickToDownload'),
      clickToFileInPageMs: summarizeField(samples, 'clickToFileInPage'),
      longestTaskMs: summarizeField(samples, 'longestTask'),
      sameTabClickToDownloadMs: summarizeField(sameTab, 'clickToDownload'),
      sameTabClickToFileInPageMs: summarizeField(sameTab, 'clickToFileInPage'),
      samplesClickToDownloadMs: samples.map((s) => round(s.clickToDownload)),
    };
  });
}

type ProgressResult = Awaited<ReturnType<typeof runProgress>>;
type PdfResult = Awaited<ReturnType<typeof runPdf>>;
type ComputeResult = ReturnType<typeof measureCompute>;

async function main(): Promise<void> {
  const guide = loadGuide();
  const now = Date.now();
  const progressSeed = makeSeed(guide, PROGRESS_ENTRIES, HISTORY_DAYS, now, false);
  const pdfSeed = makeSeed(guide, HISTORY_DAYS * PDF_ENTRIES_PER_DAY, HISTORY_DAYS, now, true);
  const referenceSeed = makeSeed(guide, HISTORY_DAYS * PDF_ENTRIES_PER_DAY, HISTORY_DAYS, now, false);

  console.log(`Computing in Node (${RUNS.compute} runs after a first)…`);
  const compute = measureCompute(guide, progressSeed);

  const { server, url } = await serve();
  let progress: ProgressResult;
  let pdf: PdfResult;
  try {
    progress = await runProgress(url, guide, progressSeed, referenceSeed);
    pdf = await runPdf(url, pdfSeed);
  } finally {
    await server.close();
  }

  const result = {
    measuredAt: new Date().toISOString(),
    environment: {
      node: process.version,
      chromium: CHROME_PATH,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: availableParallelism(),
      memoryGiB: round(totalmem() / 2 ** 30),
      loadavg: loadavg().map(round),
      headless: true,
      viewport: '1280x900',
    },
    targets: TARGETS,
    progress: {
      seed: {
        historyEntries: progressSeed.history.length,
        days: HISTORY_DAYS,
        ratings: progressSeed.ratings.length,
        yearsOfExperience: YEARS_OF_EXPERIENCE,
      },
      browser: progress,
      node: compute,
      /** The target, from navigation start (a cold open of #/progress). */
      pass: progress.paintedMs.median <= TARGETS.progressDrawnMs,
      /** The target, from the switch to #/progress in a loaded app. */
      passInApp: progress.inApp.paintedMs.median <= TARGETS.progressDrawnMs,
    },
    pdf: {
      seed: {
        historyEntries: pdfSeed.history.length,
        days: HISTORY_DAYS,
        checkIns: pdfSeed.checkIns.length,
        metricEntries: pdfSeed.metricEntries.length,
      },
      browser: pdf,
      pass: pdf.clickToDownloadMs.median <= TARGETS.pdfMs,
    },
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);
  print(result.environment, progress, compute, pdf);
}

function print(
  environment: { cpu: string; cores: number },
  p: ProgressResult,
  n: ComputeResult,
  d: PdfResult,
): void {
  const row = (name: string, s: Summary) =>
    `  ${name.padEnd(44)} ${String(s.median).padStart(8)} ${String(s.p90).padStart(8)} ${String(s.min).padStart(8)} ${String(s.max).padStart(8)}`;
  const header = (title: string) =>
    `  ${title.padEnd(44)} ${'median'.padStart(8)} ${'p90'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}`;
  const verdict = (pass: boolean) => (pass ? 'MEETS' : 'MISSES');
  console.log();
  console.log(`Progress and PDF benchmark (${environment.cpu}, ${environment.cores} cores)`);
  console.log(
    `#/progress, ${PROGRESS_ENTRIES.toLocaleString('en')} changes over ${HISTORY_DAYS} days ` +
      `(${p.daysWithChanges} days with changes; seeded in ${p.seedMs} ms), ms from navigation start:`,
  );
  console.log(header(`${RUNS.progress} runs, new tab each`));
  console.log(row('history loaded ("Over time" shown)', p.dataLoadedMs));
  console.log(row('both chart figures in the DOM', p.figuresMs));
  console.log(row('every line drawn', p.drawnMs));
  console.log(row('+ 2 frames: computed and drawn', p.paintedMs));
  console.log(row('longest long task', p.longestTaskMs));
  console.log(row('long tasks, total', p.longTasksTotalMs));
  console.log(row('raw IndexedDB getAll of the log (no app)', p.idbGetAllMs));
  console.log(`  first run (cold HTTP cache): computed and drawn at ${p.first.painted} ms`);
  console.log(header(`in the app, #/skills → #/progress, ${RUNS.progress} runs`));
  console.log(row('switch → history shown', p.inApp.dataLoadedMs));
  console.log(row('switch → computed and drawn', p.inApp.paintedMs));
  console.log(row('longest long task', p.inApp.longestTaskMs));
  const r = p.reference;
  console.log(
    `  reference, ${r.historyEntries.toLocaleString('en')} changes (${r.daysWithChanges} days), ${RUNS.progressReference} runs each, medians: ` +
      `from navigation, history shown ${r.dataLoadedMs.median} ms, computed and drawn ${r.paintedMs.median} ms; ` +
      `in the app, ${r.inAppDataLoadedMs.median} ms and ${r.inAppPaintedMs.median} ms`,
  );
  console.log(
    `  Target median <= ${TARGETS.progressDrawnMs} ms: from navigation ${verdict(p.paintedMs.median <= TARGETS.progressDrawnMs)}, ` +
      `in the app ${verdict(p.inApp.paintedMs.median <= TARGETS.progressDrawnMs)}`,
  );
  console.log(
    `Node, the same ${PROGRESS_ENTRIES.toLocaleString('en')} entries (target tier ${n.targetTier}):`,
  );
  console.log(header(`${RUNS.compute} runs after a first`));
  console.log(row('readinessOverTime', n.readinessOverTimeMs));
  console.log(row('categoryAveragesOverTime', n.categoryAveragesOverTimeMs));
  console.log(row('both', n.bothMs));
  console.log(row('downsample both to <= 400 points', n.downsampleMs));
  console.log(row("readHistory's validation + sort", n.readHistoryValidateSortMs));
  console.log(
    `  first run: ${n.firstRunMs} ms; ${n.points.readiness}/${n.points.categories} points → ` +
      `${n.points.chartReadiness}/${n.points.chartCategories} drawn`,
  );
  console.log(`PDF from #/report (${(d.bytes / 1024).toFixed(1)} KiB):`);
  console.log(header(`${RUNS.pdf} runs, new tab each`));
  console.log(row('click → download event', d.clickToDownloadMs));
  console.log(row('click → file handed over (in page)', d.clickToFileInPageMs));
  console.log(row('longest long task', d.longestTaskMs));
  console.log(row(`same tab, ${RUNS.pdfSameTab} more: click → download event`, d.sameTabClickToDownloadMs));
  console.log(
    `  first run (fetches the jsPDF chunk): click → download ${d.first.clickToDownload} ms ` +
      `(file handed over at ${d.first.clickToFileInPage} ms; scripts fetched: ${d.first.scriptsFetched.join(', ') || 'none'})`,
  );
  console.log(
    `  Target median <= ${TARGETS.pdfMs} ms: ${verdict(d.clickToDownloadMs.median <= TARGETS.pdfMs)}`,
  );
  console.log(`Written to ${RESULTS_FILE}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
