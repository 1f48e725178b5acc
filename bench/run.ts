// Performance benchmark of the first view, in headless Chromium. See docs/performance.md.
//
//   npm run bench          (builds dist/ first, then runs this file)
//
// Measures, against the built app served by `vite preview`:
//   - rating → painted: a click on a level in the skill panel until the frame that shows it
//     on the skill's node, and rating → committed in IndexedDB;
//   - first render of the map (navigation → every skill node in the DOM, two frames later)
//     and "interactive" (the first click on a skill opens its panel), for the bundled guide
//     and a generated 300-skill guide;
//   - frames per second while dragging (panning) the 300-skill map;
//   - gzip size of the first view's JavaScript, and of the lazily loaded chunks;
//   - the rating and first render again with the CPU throttled 4× (a slow phone, roughly);
//   - plan update: on #/plan, a change of "Your level in …" in the focus list until the frame
//     that shows the new readiness score (also at CPU 4×);
//   - the chart chunks: their gzip size (the three chart entry chunks and what they import,
//     read from the built files), and which scripts a browser requests for the first view
//     (#/skills) and then when the plan opens: no chart chunk may load before the plan.
// Every run gets a fresh browser profile (empty IndexedDB, cold HTTP cache: a first visit).
// Raw samples go to bench/results/latest.json; a summary table goes to the console.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { CHROME_PATH } from '../tests/e2e/browser';
import { FIRST_VIEW_BUDGET_BYTES, firstViewScripts, gzipSize } from '../scripts/check-bundle-budget';
import { writeGeneratedGuide } from './generateGuide';
import { round, summarize, type Summary } from './stats';
import { CHROME_ARGS } from '../tests/e2e/browser';

// ---------------------------------------------------------------- configuration

const RESULTS_DIR = 'bench/results';
const DEFAULT_DIST = 'dist';
const LARGE_DIST = join(RESULTS_DIR, 'dist-300');
const LARGE_GUIDE = join(RESULTS_DIR, 'guide-300.json');
const LARGE_SKILLS = 300;
const DEFAULT_GUIDE_FILE = 'data/careers/customer-care-representative.json';
const VIEWPORT = { width: 1280, height: 900 };
const THROTTLE_RATE = 4;

/**
 * Runs per measurement; a discarded warm-up run precedes each first-render and pan series.
 * BENCH_QUICK=1 runs each series twice only: to check the script, not to measure.
 */
const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = {
  firstRender: QUICK ? 2 : 20,
  firstRenderThrottled: QUICK ? 2 : 20,
  // Rating: each run is a fresh profile in which `ratingsPerRun` skills are rated in turn.
  ratingRuns: QUICK ? 1 : 4,
  ratingsPerRun: 8,
  ratingRunsThrottled: QUICK ? 1 : 4,
  ratingRunsLarge: QUICK ? 1 : 3,
  // Plan update: each run is a fresh profile in which `planChangesPerRun` levels are changed in turn.
  planRuns: QUICK ? 1 : 4,
  planChangesPerRun: QUICK ? 2 : 6,
  planRunsThrottled: QUICK ? 1 : 4,
  // Panning takes 2 s a run plus the page load: 10 runs, not 20, to keep the bench short.
  pan: QUICK ? 2 : 10,
  // Diagnostics and references beside the headline pan figure.
  panDiagnostic: QUICK ? 1 : 5,
};
const PAN_MS = 2_000;

const TARGETS = {
  ratingPaintedMs: 33,
  largeInteractiveMs: 1_000,
  panFps: 50,
  firstViewJsBytes: FIRST_VIEW_BUDGET_BYTES,
};

// ---------------------------------------------------------------- statistics

const roundAll = <T extends Record<string, number>>(record: T): T =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, round(v)])) as T;

// ---------------------------------------------------------------- browser and server

interface Session {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * A new Chromium with a new on-disk profile: empty IndexedDB (written to disk, as for a
 * real visitor, not the in-memory store of an incognito context) and a cold HTTP cache.
 */
async function freshSession(): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'cpp-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    args: CHROME_ARGS,
    headless: true,
    viewport: VIEWPORT,
  });
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in a
  // __name() helper; functions sent to the page need it to exist there too.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function throttle(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

async function serve(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`${outDir}/index.html is missing`);
  // Port 0: the OS picks a free port (as in tests/e2e/globalSetup.ts).
  const server = await preview({
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

/** The 300-skill build: the same app, with CPP_GUIDE_PATH swapping the bundled guide (vite.config.ts). */
async function buildLargeVariant(): Promise<void> {
  writeGeneratedGuide(LARGE_SKILLS, LARGE_GUIDE);
  const saved = { guide: process.env.CPP_GUIDE_PATH, out: process.env.CPP_OUT_DIR };
  process.env.CPP_GUIDE_PATH = resolve(LARGE_GUIDE);
  process.env.CPP_OUT_DIR = resolve(LARGE_DIST);
  try {
    await build({ logLevel: 'warn', build: { chunkSizeWarningLimit: 10_000 } });
  } finally {
    restoreEnv('CPP_GUIDE_PATH', saved.guide);
    restoreEnv('CPP_OUT_DIR', saved.out);
  }
  const html = readFileSync(join(LARGE_DIST, 'index.html'), 'utf8');
  if (!html.includes('<script')) throw new Error(`${LARGE_DIST}/index.html has no script`);
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

// ---------------------------------------------------------------- guides

interface GuideInfo {
  id: string;
  skills: Array<{ id: string; name: string }>;
  levels: Array<{ level: number; label: string }>;
  tiers: Array<{ id: string }>;
}

function readGuideInfo(file: string): GuideInfo {
  const guide = JSON.parse(readFileSync(file, 'utf8')) as Omit<GuideInfo, 'levels'> & {
    scale: { levels: GuideInfo['levels'] };
  };
  return { id: guide.id, skills: guide.skills, levels: guide.scale.levels, tiers: guide.tiers };
}

// ---------------------------------------------------------------- in-page measurements

const SKILL_NODES = '.react-flow__node[data-id^="skill:"]';
const skillNodeSelector = (skillId: string) => `.react-flow__node[data-id="skill:${skillId}"]`;

/** Opens the app on a fresh profile and dismisses the first-run profile form. */
async function openMap(page: Page, url: string, skillCount: number): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await page.waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length >= count, {
    selector: SKILL_NODES,
    count: skillCount,
  });
  await settle(page);
}

/** Lets pending work finish: two frames, then a short idle pause. */
async function settle(page: Page, idleMs = 150): Promise<void> {
  await page.evaluate(
    (ms) =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, ms))),
      ),
    idleMs,
  );
}

interface FirstRenderSample {
  /** Navigation start → every skill node is in the DOM. */
  nodesInDom: number;
  /** …and two animation frames later: the frame that shows them has been produced. */
  mapPainted: number;
  /** Navigation start → a click on a skill node (sent at mapPainted) shows its panel, a frame later. */
  interactive: number;
  /** That click → the panel's frame (the panel is bundled with the first view: no chunk to fetch). */
  clickToPanel: number;
  firstContentfulPaint: number;
  domContentLoaded: number;
}

/** Installed before the app's scripts run: watches for the last skill node to appear. */
function watchFirstRender({ selector, count }: { selector: string; count: number }): void {
  const w = window as unknown as { __firstRender: Promise<{ nodesInDom: number; mapPainted: number }> };
  w.__firstRender = new Promise((done) => {
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll(selector).length < count) return;
      observer.disconnect();
      const nodesInDom = performance.now();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => done({ nodesInDom, mapPainted: performance.now() })),
      );
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

async function measureFirstRender(
  url: string,
  skillCount: number,
  throttleRate = 1,
): Promise<FirstRenderSample> {
  const session = await freshSession();
  try {
    const { page } = session;
    await page.addInitScript(watchFirstRender, { selector: SKILL_NODES, count: skillCount });
    if (throttleRate !== 1) await throttle(page, throttleRate);
    await page.goto(url, { waitUntil: 'commit' });
    const sample = await page.evaluate(
      async ({ selector }) => {
        const w = window as unknown as { __firstRender: Promise<{ nodesInDom: number; mapPainted: number }> };
        const { nodesInDom, mapPainted } = await w.__firstRender;
        // "Interactive": click the first skill node at once, and wait for its panel's frame.
        const node = document.querySelector<HTMLElement>(selector);
        if (!node) throw new Error('no skill node to click');
        const panelShown = () =>
          Array.from(document.querySelectorAll('legend')).some((l) =>
            l.textContent?.startsWith('Your level in'),
          );
        const clickedAt = performance.now();
        const panelAt = await new Promise<number>((done, fail) => {
          const timer = setTimeout(() => fail(new Error('the skill panel did not open within 10 s')), 10_000);
          const observer = new MutationObserver(() => {
            if (!panelShown()) return;
            observer.disconnect();
            clearTimeout(timer);
            requestAnimationFrame(() => done(performance.now()));
          });
          observer.observe(document.body, { childList: true, subtree: true });
          node.click();
        });
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return {
          nodesInDom,
          mapPainted,
          interactive: panelAt,
          clickToPanel: panelAt - clickedAt,
          firstContentfulPaint: fcp?.startTime ?? Number.NaN,
          domContentLoaded: navigation.domContentLoadedEventEnd,
        };
      },
      { selector: SKILL_NODES },
    );
    return roundAll(sample);
  } finally {
    await session.close();
  }
}

interface RatingSample {
  skillId: string;
  level: number;
  /** Index of this rating within its page (0: the page's first rating). */
  indexInPage: number;
  /** click() → it returned (the synchronous part: event handlers and React's sync render). */
  clickReturned: number;
  /** click → a MutationObserver sees the node's new "You: …" text. */
  domUpdated: number;
  /** click → the next requestAnimationFrame: the frame in which the change is painted. */
  painted: number;
  /** click → a task after that frame's rAF callbacks (the frame's main-thread work is done). */
  afterFrame: number;
  /** click → a readonly transaction reads the new level back from IndexedDB. */
  committed: number;
  /** Readonly transactions issued until one saw the new level (1: the first read waited for the write). */
  committedPolls: number;
  /** click → the app's BroadcastChannel "changed" message, sent after its transaction completes. */
  broadcast: number;
}

interface RatingInput {
  skillId: string;
  level: number;
  label: string;
  guideId: string;
  nodeSelector: string;
}

/** In the page: click a level's radio and time the node's repaint and the IndexedDB commit. */
async function rateInPage({ skillId, level, label, guideId, nodeSelector }: RatingInput) {
  const w = window as unknown as { __benchDb?: IDBDatabase };
  if (!w.__benchDb) {
    // The app has created and opened the database by now: open it at its current version.
    w.__benchDb = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('career-path-planner');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
  }
  const db = w.__benchDb;
  const fieldset = Array.from(document.querySelectorAll('fieldset')).find((f) =>
    f.querySelector('legend')?.textContent?.startsWith('Your level in'),
  );
  const radio = fieldset?.querySelector<HTMLInputElement>(`input[type="radio"][value="${level}"]`);
  if (!radio) throw new Error(`no radio for level ${level}`);
  const container = document.querySelector('.react-flow__nodes');
  if (!container) throw new Error('no .react-flow__nodes');
  const want = `You: ${label}`;
  const shows = () =>
    (document.querySelector(nodeSelector)?.textContent ?? '').replace(/\s+/g, ' ').includes(want);
  if (!document.querySelector(nodeSelector)) throw new Error(`node ${nodeSelector} is not rendered`);
  if (shows()) throw new Error(`${skillId} already shows ${want}: not a change`);

  let t0 = 0;
  const timeout = (what: string) =>
    new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`${what} took over 10 s`)), 10_000));
  const painted = new Promise<{ domUpdated: number; painted: number; afterFrame: number }>((done) => {
    const observer = new MutationObserver(() => {
      if (!shows()) return;
      observer.disconnect();
      const domUpdated = performance.now() - t0;
      requestAnimationFrame(() => {
        const frame = performance.now() - t0;
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
          done({ domUpdated, painted: frame, afterFrame: performance.now() - t0 });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(container, { childList: true, subtree: true, characterData: true });
  });
  // The app announces on one channel per database: `career-path-planner:changes:<database name>`.
  const changes = new BroadcastChannel('career-path-planner:changes:career-path-planner');
  const broadcast = new Promise<number>((done) => {
    changes.onmessage = () => done(performance.now() - t0);
  });
  const readLevel = () =>
    new Promise<unknown>((done, fail) => {
      const tx = db.transaction('ratings', 'readonly');
      const request = tx.objectStore('ratings').get([guideId, skillId]);
      tx.oncomplete = () => done((request.result as { level?: unknown } | undefined)?.level);
      tx.onerror = () => fail(tx.error);
    });

  t0 = performance.now();
  radio.click();
  const clickReturned = performance.now() - t0;
  // IndexedDB orders transactions: a read issued after the app's write has started waits
  // for it to commit. One issued before sees the old value, and the next read follows at once.
  const committed = (async () => {
    let polls = 0;
    for (;;) {
      polls += 1;
      if ((await readLevel()) === level) return { committed: performance.now() - t0, committedPolls: polls };
    }
  })();
  const [paint, commit, broadcastAt] = await Promise.race([
    Promise.all([painted, committed, broadcast]),
    timeout('rating'),
  ]);
  changes.close();
  return { clickReturned, ...paint, ...commit, broadcast: broadcastAt };
}

/** Skill nodes whose centre is visibly inside the pane (not under the panel, minimap or controls). */
async function clickableSkills(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((node) => {
        const r = node.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (r.left < pane.left || r.right > pane.right || r.top < pane.top || y > window.innerHeight)
          return false;
        return node.contains(document.elementFromPoint(x, y));
      })
      .map((node) => node.getAttribute('data-id')!.replace(/^skill:/, ''));
  }, SKILL_NODES);
}

async function openSkill(page: Page, skill: { id: string; name: string }): Promise<void> {
  await page.click(skillNodeSelector(skill.id));
  await page.getByRole('group', { name: `Your level in ${skill.name}`, exact: true }).waitFor();
  await settle(page);
}

/** Levels to rate in turn; every skill starts unrated, so each rating is a change. */
const LEVEL_CYCLE = [2, 3, 1, 4, 0];

async function measureRatings(
  url: string,
  guide: GuideInfo,
  runs: number,
  perRun: number,
  throttleRate = 1,
): Promise<RatingSample[]> {
  const samples: RatingSample[] = [];
  for (let run = 0; run < runs; run += 1) {
    const session = await freshSession();
    try {
      const { page } = session;
      await openMap(page, url, guide.skills.length);
      // Open one skill so the panel takes its place, then rate skills still visible beside it.
      const firstVisible = (await clickableSkills(page))[0];
      const first = guide.skills.find((s) => s.id === firstVisible);
      if (!first) throw new Error('no clickable skill node');
      await openSkill(page, first);
      const candidates = (await clickableSkills(page)).filter((id) => id !== first.id);
      if (candidates.length < perRun)
        throw new Error(`only ${candidates.length} skills visible beside the panel`);
      if (throttleRate !== 1) await throttle(page, throttleRate);
      for (let i = 0; i < perRun; i += 1) {
        // Spread the picks over the visible nodes; vary the level between ratings and runs.
        const skillId = candidates[Math.floor((i * candidates.length) / perRun)]!;
        const skill = guide.skills.find((s) => s.id === skillId)!;
        const level = LEVEL_CYCLE[(i + run) % LEVEL_CYCLE.length]!;
        const label = guide.levels.find((l) => l.level === level)!.label;
        await openSkill(page, skill);
        const result = await page.evaluate(rateInPage, {
          skillId,
          level,
          label: `${label} (${level})`,
          guideId: guide.id,
          nodeSelector: skillNodeSelector(skillId),
        });
        samples.push({ skillId, level, indexInPage: i, ...roundAll(result) });
        await settle(page);
      }
    } finally {
      await session.close();
    }
  }
  return samples;
}

// ---------------------------------------------------------------- plan update

const PLAN_SCORE = '.readiness-card__score strong';
/** Seeded before the plan opens: the guide's first skills, rated through the skill table. */
const PLAN_SEED_LEVELS = [2, 1, 3, 1, 2, 1];
const PLAN_YEARS = '2';

/**
 * A first visit that ends on the plan: the first-run form (2 years, current tier the guide's
 * first, so the target tier stays the same while levels change), a few skills rated in the
 * skill table, then "Plan next step", until the readiness score and the charts are shown.
 */
async function openPlanWithRatings(page: Page, url: string, guide: GuideInfo): Promise<void> {
  await seedRatings(page, url, guide);
  await openPlan(page);
  await waitForQuietDom(page);
}

/** The first view (#/skills) on a fresh profile: the first-run form, then a few ratings in the table. */
async function seedRatings(page: Page, url: string, guide: GuideInfo): Promise<void> {
  await page.goto(`${url}#/skills`);
  await page.getByLabel(/^Years of experience/).fill(PLAN_YEARS);
  await page.getByRole('combobox', { name: 'Your current tier (optional)' }).selectOption(guide.tiers[0]!.id);
  await page.getByRole('button', { name: 'Start rating my skills' }).click();
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  for (const [i, level] of PLAN_SEED_LEVELS.entries()) {
    const skill = guide.skills[i]!;
    await page
      .getByRole('combobox', { name: `Your level in ${skill.name}`, exact: true })
      .selectOption(String(level));
  }
}

/** "Plan next step", until the readiness score and both charts are shown. */
async function openPlan(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Plan next step' }).click();
  await page.locator(PLAN_SCORE).waitFor();
  await waitForCharts(page);
}

/** The plan's two charts are drawn (their lazy chunks have arrived and rendered). */
async function waitForCharts(page: Page, count = 2): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('.plan .recharts-surface').length >= n &&
      !Array.from(document.querySelectorAll('.plan .loading')).some((el) =>
        el.textContent?.startsWith('Loading chart'),
      ),
    count,
    { timeout: 15_000 },
  );
}

/**
 * Waits until the page's DOM has not changed for `quietMs` (at most `maxMs`): recharts
 * animates a chart after each change, and the next measurement should not overlap it.
 */
async function waitForQuietDom(page: Page, quietMs = 300, maxMs = 5_000): Promise<void> {
  await page.evaluate(
    ({ quiet, max }) =>
      new Promise<void>((done) => {
        let timer = setTimeout(finish, quiet);
        const deadline = setTimeout(finish, max);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(finish, quiet);
        });
        function finish() {
          observer.disconnect();
          clearTimeout(timer);
          clearTimeout(deadline);
          done();
        }
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          attributes: true,
          characterData: true,
        });
      }),
    { quiet: quietMs, max: maxMs },
  );
}

interface PlanUpdateSample {
  skill: string;
  from: number | null;
  to: number;
  scoreBefore: number;
  scoreAfter: number;
  /** Index of this change within its page (0: the page's first change). */
  indexInPage: number;
  /** dispatchEvent('change') → it returned (event handler and React's synchronous render). */
  changeReturned: number;
  /** change → a MutationObserver sees the readiness score's new text. */
  domUpdated: number;
  /** change → the next requestAnimationFrame: the frame that paints the updated plan. */
  painted: number;
  /** change → a task after that frame's rAF callbacks (the frame's main-thread work is done). */
  afterFrame: number;
}

/**
 * In the page: the focus item worth the most readiness points ("+N readiness points when
 * met") has its "Your level in …" select set to the scale's top level, as a person picking
 * it would (value, then a 'change' event); times the readiness score's repaint.
 */
async function changeFocusLevelInPage({ scoreSelector }: { scoreSelector: string }) {
  const scoreText = () => document.querySelector(scoreSelector)?.textContent ?? '';
  const before = scoreText();
  if (before === '') throw new Error('no readiness score on the page');
  const item = Array.from(document.querySelectorAll<HTMLElement>('.focus-item')).find((li) =>
    /readiness points when met/.test(li.textContent ?? ''),
  );
  if (!item) throw new Error('no focus item that would change the readiness score');
  const select = item.querySelector('select');
  if (!select) throw new Error('the focus item has no level select');
  const label = item.querySelector('label span')?.textContent ?? '';
  const top = Math.max(
    ...Array.from(select.options)
      .map((o) => o.value)
      .filter((v) => v !== '')
      .map(Number),
  );
  const from = select.value === '' ? null : Number(select.value);
  if (from === top) throw new Error(`${label} is already at the top level`);
  const root = document.querySelector('.plan');
  if (!root) throw new Error('no .plan section');

  let t0 = 0;
  const painted = new Promise<{ domUpdated: number; painted: number; afterFrame: number }>((done) => {
    const observer = new MutationObserver(() => {
      if (scoreText() === before) return;
      observer.disconnect();
      const domUpdated = performance.now() - t0;
      requestAnimationFrame(() => {
        const frame = performance.now() - t0;
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
          done({ domUpdated, painted: frame, afterFrame: performance.now() - t0 });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
  const timeout = new Promise<never>((_, fail) =>
    setTimeout(() => fail(new Error('the plan did not update within 10 s')), 10_000),
  );

  t0 = performance.now();
  select.value = String(top);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  const changeReturned = performance.now() - t0;
  const frame = await Promise.race([painted, timeout]);
  return {
    skill: label.replace(/^Your level in /, ''),
    from,
    to: top,
    scoreBefore: Number(before),
    scoreAfter: Number(scoreText()),
    changeReturned,
    ...frame,
  };
}

async function measurePlanUpdates(
  url: string,
  guide: GuideInfo,
  runs: number,
  perRun: number,
  throttleRate = 1,
): Promise<PlanUpdateSample[]> {
  const samples: PlanUpdateSample[] = [];
  for (let run = 0; run < runs; run += 1) {
    const session = await freshSession();
    try {
      const { page } = session;
      await openPlanWithRatings(page, url, guide);
      if (throttleRate !== 1) await throttle(page, throttleRate);
      for (let i = 0; i < perRun; i += 1) {
        const { skill, from, to, scoreBefore, scoreAfter, ...times } = await page.evaluate(
          changeFocusLevelInPage,
          { scoreSelector: PLAN_SCORE },
        );
        samples.push({ skill, from, to, scoreBefore, scoreAfter, indexInPage: i, ...roundAll(times) });
        // Let the charts' animations finish before the next change.
        await waitForQuietDom(page);
        await settle(page);
      }
    } finally {
      await session.close();
    }
  }
  return samples;
}

interface PanSample {
  /** requestAnimationFrame callbacks per second while the mouse drags the pane. */
  fps: number;
  /** Frames per second in which the viewport's transform had changed (visible pan steps). */
  movedFps: number;
  /** The longest gap between two frames. */
  longestFrameMs: number;
  /** Frames more than 25 ms after the previous one (a missed 60 Hz frame or worse). */
  slowFrames: number;
  durationMs: number;
  mouseMoves: number;
  /** How far the viewport actually moved in total (px): proof the drag panned. */
  pannedPx: number;
  /** Skill nodes in the DOM at the end (onlyRenderVisibleElements drops off-screen ones). */
  nodesRendered: number;
}

interface PanOptions {
  /**
   * steps: page.mouse.move in 8 px steps, each awaited (the next event is sent once the
   * page has handled the last one, so a slow page receives fewer events).
   * paced: a mouse at 60 Hz, the events sent through the DevTools protocol without waiting,
   * as a real mouse does; Chromium coalesces what the page cannot keep up with.
   */
  input: 'steps' | 'paced';
  /** Extra CSS injected into the page: a diagnostic, to see what limits panning. */
  css?: string;
}

/** Where the pointer is `t` ms into the drag: a 600 px sweep right and back, with a small wobble. */
function dragPosition(x0: number, y0: number, step: number): { x: number; y: number } {
  const phase = (step * 8) % 1200;
  const wobble = step % 40 < 20 ? step % 20 : 20 - (step % 20);
  return { x: x0 + (phase < 600 ? phase : 1200 - phase), y: y0 + wobble };
}

async function measurePan(url: string, skillCount: number, options: PanOptions): Promise<PanSample> {
  const session = await freshSession();
  try {
    const { page } = session;
    await openMap(page, url, skillCount);
    if (options.css) {
      await page.addStyleTag({ content: options.css });
      await settle(page);
    }
    // An empty spot of the pane, above the tier ladder.
    const pane = await page.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no pane');
    const x0 = pane.x + pane.width * 0.35;
    const y0 = pane.y + Math.min(60, pane.height / 4);
    await page.evaluate(() => {
      const w = window as unknown as { __pan: { stop: boolean; frames: number[]; transforms: string[] } };
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
      w.__pan = { stop: false, frames: [], transforms: [] };
      const tick = (now: number) => {
        w.__pan.frames.push(now);
        w.__pan.transforms.push(viewport.style.transform);
        if (!w.__pan.stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    let moves = 0;
    if (options.input === 'steps') {
      await page.mouse.move(x0, y0);
      await page.mouse.down();
      const start = Date.now();
      while (Date.now() - start < PAN_MS) {
        moves += 1;
        const { x, y } = dragPosition(x0, y0, moves);
        await page.mouse.move(x, y);
      }
      await page.mouse.up();
    } else {
      const cdp = await page.context().newCDPSession(page);
      const mouse = (
        type: 'mouseMoved' | 'mousePressed' | 'mouseReleased',
        x: number,
        y: number,
        buttons: number,
      ) =>
        cdp.send('Input.dispatchMouseEvent', {
          type,
          x,
          y,
          button: 'left',
          buttons,
          clickCount: type === 'mouseMoved' ? 0 : 1,
        });
      await mouse('mouseMoved', x0, y0, 0);
      await mouse('mousePressed', x0, y0, 1);
      const sent: Array<Promise<unknown>> = [];
      const start = Date.now();
      await new Promise<void>((done) => {
        const timer = setInterval(() => {
          const elapsed = Date.now() - start;
          if (elapsed >= PAN_MS) {
            clearInterval(timer);
            done();
            return;
          }
          moves += 1;
          // 8 px per 60 Hz tick, whatever the page does: the pointer moves in real time.
          const { x, y } = dragPosition(x0, y0, Math.round(elapsed / (1000 / 60)));
          sent.push(mouse('mouseMoved', x, y, 1));
        }, 1000 / 60);
      });
      await Promise.all(sent);
      const end = dragPosition(x0, y0, Math.round(PAN_MS / (1000 / 60)));
      await mouse('mouseReleased', end.x, end.y, 0);
      await cdp.detach();
    }
    const raw = await page.evaluate((selector) => {
      const w = window as unknown as { __pan: { stop: boolean; frames: number[]; transforms: string[] } };
      w.__pan.stop = true;
      const parse = (t: string) => {
        const m = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)/.exec(t);
        return m ? [Number(m[1]), Number(m[2])] : [0, 0];
      };
      const { frames, transforms } = w.__pan;
      let moved = 0;
      let panned = 0;
      let longest = 0;
      let slow = 0;
      for (let i = 1; i < frames.length; i += 1) {
        const gap = frames[i]! - frames[i - 1]!;
        longest = Math.max(longest, gap);
        if (gap > 25) slow += 1;
        if (transforms[i] !== transforms[i - 1]) {
          moved += 1;
          const [ax, ay] = parse(transforms[i - 1]!);
          const [bx, by] = parse(transforms[i]!);
          panned += Math.hypot(bx! - ax!, by! - ay!);
        }
      }
      return {
        frames: frames.length,
        moved,
        durationMs: frames[frames.length - 1]! - frames[0]!,
        longest,
        slow,
        panned,
        nodesRendered: document.querySelectorAll(selector).length,
      };
    }, SKILL_NODES);
    const seconds = raw.durationMs / 1000;
    return roundAll({
      fps: (raw.frames - 1) / seconds,
      movedFps: raw.moved / seconds,
      longestFrameMs: raw.longest,
      slowFrames: raw.slow,
      durationMs: raw.durationMs,
      mouseMoves: moves,
      pannedPx: raw.panned,
      nodesRendered: raw.nodesRendered,
    });
  } finally {
    await session.close();
  }
}

/** How much slower a fixed loop runs with the throttle on: checks the throttle took effect. */
async function measureThrottleFactor(url: string): Promise<number> {
  const session = await freshSession();
  try {
    const { page } = session;
    await page.goto(url);
    const loop = () =>
      page.evaluate(() => {
        const start = performance.now();
        let x = 0;
        for (let i = 0; i < 30_000_000; i += 1) x += Math.sqrt(i);
        return { ms: performance.now() - start, x };
      });
    await loop();
    const plain = (await loop()).ms;
    await throttle(page, THROTTLE_RATE);
    const throttled = (await loop()).ms;
    return round(throttled / plain, 2);
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------- bundle sizes

interface BundleSizes {
  firstView: Array<{ file: string; gzipBytes: number }>;
  firstViewGzipBytes: number;
  lazy: Array<{ file: string; gzipBytes: number }>;
}

function bundleSizes(distDir: string): BundleSizes {
  const firstViewFiles = firstViewScripts(distDir);
  const firstView = firstViewFiles.map((file) => ({ file, gzipBytes: gzipSize(distDir, file) }));
  const lazy = readdirSync(join(distDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `/assets/${f}`)
    .filter((file) => !firstViewFiles.includes(file))
    .map((file) => ({ file, gzipBytes: gzipSize(distDir, file) }));
  return { firstView, firstViewGzipBytes: firstView.reduce((sum, f) => sum + f.gzipBytes, 0), lazy };
}

// ---------------------------------------------------------------- chart chunks

/** The plan's lazily loaded charts: each is a chunk named after its source file. */
const CHART_ENTRIES = ['CategoryComparisonChart', 'SkillComparisonChart', 'SalaryProjectionChart'] as const;
type ChartName = (typeof CHART_ENTRIES)[number];
/** Charts drawn as soon as the plan opens (with skills rated); SkillComparisonChart waits for "By skill". */
const CHARTS_ON_OPEN: readonly ChartName[] = ['CategoryComparisonChart', 'SalaryProjectionChart'];

/**
 * The chunks a built chunk imports statically (`import … from"./x.js"`, `import"./x.js"`,
 * `export … from"./x.js"`), as paths from the site root; `import()` is left out.
 */
export function staticImports(distDir: string, file: string): string[] {
  const code = readFileSync(join(distDir, file.replace(/^\//, '')), 'utf8');
  const found = new Set<string>();
  const pattern =
    /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+?\.js)["']/g;
  for (const match of code.matchAll(pattern)) found.add(posix.join(posix.dirname(file), match[1]!));
  return [...found];
}

/** A chunk and every chunk it needs before it can run (its static imports, transitively). */
function staticClosure(distDir: string, entry: string): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    for (const next of staticImports(distDir, queue.shift()!)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen];
}

function findChunk(distDir: string, name: string): string {
  const matches = readdirSync(join(distDir, 'assets')).filter((f) =>
    new RegExp(`^${name}-[\\w-]+\\.js$`).test(f),
  );
  if (matches.length !== 1)
    throw new Error(`expected one ${name}-*.js in ${distDir}/assets, found ${matches.length}`);
  return `/assets/${matches[0]!}`;
}

interface ChartChunks {
  /** Each chart's entry chunk. */
  entries: Record<ChartName, string>;
  /** The plan view's own chunk (it loads the chart chunks with import()). */
  planView: { file: string; gzipBytes: number };
  /** Every chunk the chart entries need, with what needs it and whether the first view loads it anyway. */
  chunks: Array<{ file: string; gzipBytes: number; firstView: boolean; neededBy: ChartName[] }>;
  /** The chunks only the charts need (not the first view's): what opening the charts costs. */
  chartOnly: string[];
  chartOnlyGzipBytes: number;
  /** Per chart: gzip bytes of its chunks outside the first view (shared chunks count for each). */
  perChartGzipBytes: Record<ChartName, number>;
}

function chartChunks(distDir: string): ChartChunks {
  const firstView = new Set(firstViewScripts(distDir));
  const entries = Object.fromEntries(CHART_ENTRIES.map((name) => [name, findChunk(distDir, name)])) as Record<
    ChartName,
    string
  >;
  const neededBy = new Map<string, ChartName[]>();
  for (const name of CHART_ENTRIES) {
    for (const file of staticClosure(distDir, entries[name]))
      neededBy.set(file, [...(neededBy.get(file) ?? []), name]);
  }
  const chunks = [...neededBy.entries()]
    .map(([file, by]) => ({
      file,
      gzipBytes: gzipSize(distDir, file),
      firstView: firstView.has(file),
      neededBy: by,
    }))
    .sort((a, b) => Number(a.firstView) - Number(b.firstView) || b.gzipBytes - a.gzipBytes);
  const chartOnly = chunks.filter((c) => !c.firstView);
  const perChartGzipBytes = Object.fromEntries(
    CHART_ENTRIES.map((name) => [
      name,
      chartOnly.filter((c) => c.neededBy.includes(name)).reduce((sum, c) => sum + c.gzipBytes, 0),
    ]),
  ) as Record<ChartName, number>;
  const planViewFile = findChunk(distDir, 'PlanView');
  return {
    entries,
    planView: { file: planViewFile, gzipBytes: gzipSize(distDir, planViewFile) },
    chunks,
    chartOnly: chartOnly.map((c) => c.file),
    chartOnlyGzipBytes: chartOnly.reduce((sum, c) => sum + c.gzipBytes, 0),
    perChartGzipBytes,
  };
}

interface LoadPhase {
  name: string;
  /** Every script requested in this phase, with the bytes that crossed the network for it. */
  scripts: Array<{ file: string; transferBytes: number; encoding: string | null }>;
  requests: number;
  /** Response headers and (encoded) bodies of every request in this phase. */
  transferBytes: number;
  scriptTransferBytes: number;
}

interface ChunkLoading {
  phases: LoadPhase[];
  checks: Array<{ check: string; pass: boolean; detail: string }>;
}

/**
 * Records which requests a page makes, phase by phase; `idle()` waits until no request has
 * been in flight for `quietMs`.
 */
function trackRequests(page: Page, origin: string) {
  let phase = '';
  let pending = 0;
  let lastActivity = Date.now();
  const phaseOf = new Map<Request, string>();
  const finished: Array<
    Promise<{ phase: string; file: string; type: string; bytes: number; encoding: string | null }>
  > = [];
  page.on('request', (request) => {
    phaseOf.set(request, phase);
    pending += 1;
    lastActivity = Date.now();
  });
  const settleRequest = () => {
    pending -= 1;
    lastActivity = Date.now();
  };
  page.on('requestfailed', settleRequest);
  page.on('requestfinished', (request) => {
    settleRequest();
    finished.push(
      (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        return {
          phase: phaseOf.get(request) ?? '',
          file: request.url().startsWith(origin) ? new URL(request.url()).pathname : request.url(),
          type: request.resourceType(),
          bytes: sizes.responseHeadersSize + sizes.responseBodySize,
          encoding: (await response?.headerValue('content-encoding')) ?? null,
        };
      })(),
    );
  });
  return {
    start(name: string) {
      phase = name;
    },
    async idle(quietMs = 500): Promise<void> {
      while (pending > 0 || Date.now() - lastActivity < quietMs) {
        await new Promise((done) => setTimeout(done, 50));
      }
    },
    async phases(names: string[]): Promise<LoadPhase[]> {
      const all = await Promise.all(finished);
      return names.map((name) => {
        const mine = all.filter((r) => r.phase === name);
        const scripts = mine.filter((r) => r.type === 'script');
        return {
          name,
          scripts: scripts.map((r) => ({ file: r.file, transferBytes: r.bytes, encoding: r.encoding })),
          requests: mine.length,
          transferBytes: mine.reduce((sum, r) => sum + r.bytes, 0),
          scriptTransferBytes: scripts.reduce((sum, r) => sum + r.bytes, 0),
        };
      });
    },
  };
}

const LOAD_PHASES = {
  firstView: 'first view: #/skills loaded, first-run form, 6 skills rated in the table',
  plan: 'plan opened: "Plan next step" until both charts are drawn',
  bySkill: '"By skill" chosen: until the by-skill chart is drawn',
};

/**
 * In a fresh profile: which scripts load for the first view (#/skills), then when the plan
 * opens, then when the by-skill chart is chosen; checks that no chart chunk loads before
 * the plan and that the plan loads the ones it draws.
 */
async function measureChunkLoading(url: string, guide: GuideInfo, charts: ChartChunks, distDir: string) {
  const session = await freshSession();
  try {
    const { page } = session;
    const tracker = trackRequests(page, new URL(url).origin);
    tracker.start(LOAD_PHASES.firstView);
    await seedRatings(page, url, guide);
    await tracker.idle();
    tracker.start(LOAD_PHASES.plan);
    await openPlan(page);
    await tracker.idle();
    tracker.start(LOAD_PHASES.bySkill);
    await page.getByRole('button', { name: 'By skill', exact: true }).click();
    await page.getByRole('figure', { name: /by skill/ }).waitFor();
    await waitForCharts(page);
    await tracker.idle();
    const phases = await tracker.phases(Object.values(LOAD_PHASES));
    const [first, plan, bySkill] = phases.map((p) => new Set(p.scripts.map((s) => s.file))) as [
      Set<string>,
      Set<string>,
      Set<string>,
    ];

    const chartFiles = [...new Set([...charts.chartOnly, ...Object.values(charts.entries)])];
    const needed = (names: readonly ChartName[]) =>
      charts.chunks
        .filter((c) => !c.firstView && c.neededBy.some((n) => names.includes(n)))
        .map((c) => c.file);
    const missing = (files: string[], loaded: Set<string>) => files.filter((f) => !loaded.has(f));
    const expectedFirst = firstViewScripts(distDir);
    const checks = [
      {
        check: 'no chart chunk (nor the plan chunk) is requested for the first view',
        files: [...chartFiles, charts.planView.file].filter((f) => first.has(f)).map((f) => `requested ${f}`),
      },
      {
        check: 'the first view requests exactly the scripts dist/index.html names',
        files: [
          ...missing(expectedFirst, first).map((f) => `missing ${f}`),
          ...[...first].filter((f) => !expectedFirst.includes(f)).map((f) => `extra ${f}`),
        ],
      },
      {
        check: `opening the plan requests the plan chunk and the chunks of ${CHARTS_ON_OPEN.join(' and ')}`,
        files: missing([charts.planView.file, ...needed(CHARTS_ON_OPEN)], plan).map((f) => `missing ${f}`),
      },
      {
        check: '"By skill" requests the SkillComparisonChart chunk (all else it needs is loaded already)',
        files: missing([charts.entries.SkillComparisonChart], bySkill).map((f) => `missing ${f}`),
      },
    ].map(({ check, files }) => ({ check, pass: files.length === 0, detail: files.join(', ') || 'ok' }));
    return { phases, checks } satisfies ChunkLoading;
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------- run

function machine(chromiumVersion: string) {
  let os = process.platform as string;
  try {
    os = execFileSync('uname', ['-sr'], { encoding: 'utf8' }).trim();
  } catch {
    /* not a Unix: keep the platform name */
  }
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    os,
    node: process.version,
    chromium: chromiumVersion,
  };
}

async function chromiumVersion(): Promise<string> {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS, headless: true });
  const version = browser.version();
  await browser.close();
  return version;
}

/** The commit measured, and whether the working tree had changes on top of it. */
function appVersion(): { commit: string; dirty: boolean } | null {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--', 'src', 'index.html', 'data'], {
      encoding: 'utf8',
    });
    return { commit, dirty: status.trim() !== '' };
  } catch {
    return null;
  }
}

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Total and idle CPU time of the whole machine so far (Linux), in clock ticks. */
function cpuTimes(): { idle: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return { idle: fields[3]! + (fields[4] ?? 0), total: fields.reduce((sum, v) => sum + v, 0) };
  } catch {
    return null;
  }
}

/** How busy the CPUs were before each series (0–1): other work on the machine skews timings. */
const busyBeforeSeries: Record<string, number | null> = {};

/**
 * Waits (up to a minute) until the CPUs are at least 85% idle over a second, so a series does
 * not start while other work is running; records how busy they were when it started.
 */
async function waitForQuiet(label: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const before = cpuTimes();
    await new Promise((done) => setTimeout(done, 1_000));
    const after = cpuTimes();
    if (!before || !after) {
      busyBeforeSeries[label] = null;
      return;
    }
    const busy = 1 - (after.idle - before.idle) / Math.max(1, after.total - before.total);
    if (busy <= 0.15 || Date.now() > deadline) {
      if (busy > 0.15) log(`warning: the CPUs are still ${Math.round(busy * 100)}% busy with other work`);
      busyBeforeSeries[label] = round(busy, 2);
      return;
    }
  }
}

async function series<T>(label: string, count: number, run: () => Promise<T>): Promise<T[]> {
  await waitForQuiet(label);
  log(`${label}: warm-up + ${count} runs`);
  await run();
  const out: T[] = [];
  for (let i = 0; i < count; i += 1) out.push(await run());
  return out;
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadAverageAtStart = loadavg();
  // Read now, next to the build that `npm run bench` has just made: work in progress may be
  // committed while the bench runs.
  const app = appVersion();
  if (!existsSync(join(DEFAULT_DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm run bench` does).');
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  log(`building the ${LARGE_SKILLS}-skill variant into ${LARGE_DIST}`);
  await buildLargeVariant();

  const defaultGuide = readGuideInfo(DEFAULT_GUIDE_FILE);
  const largeGuide = readGuideInfo(LARGE_GUIDE);
  // The bench serves and measures a private copy of dist/: other work (e2e tests, a build)
  // may rebuild dist/ during the run, which would otherwise mix two builds in one run.
  const defaultDist = mkdtempSync(join(tmpdir(), 'cpp-bench-dist-'));
  cpSync(DEFAULT_DIST, defaultDist, { recursive: true });
  for (const file of firstViewScripts(defaultDist)) {
    if (!existsSync(join(defaultDist, file))) throw new Error(`dist/ is incomplete (${file}): rebuild it`);
  }
  const small = await serve(defaultDist);
  const large = await serve(LARGE_DIST);
  const version = await chromiumVersion();
  try {
    const throttleFactor = await measureThrottleFactor(small.url);
    log(`CPU throttle ${THROTTLE_RATE}× slows a JS loop ${throttleFactor}×`);

    const ratings = async (label: string, url: string, guide: GuideInfo, runs: number, rate = 1) => {
      await waitForQuiet(label);
      log(`${label}: ${runs} profiles × ${RUNS.ratingsPerRun} ratings`);
      return measureRatings(url, guide, runs, RUNS.ratingsPerRun, rate);
    };
    const ratingDefault = await ratings('rating, default guide', small.url, defaultGuide, RUNS.ratingRuns);
    const ratingLarge = await ratings(
      `rating, ${LARGE_SKILLS}-skill guide`,
      large.url,
      largeGuide,
      RUNS.ratingRunsLarge,
    );
    const ratingThrottled = await ratings(
      `rating, default guide, CPU ${THROTTLE_RATE}×`,
      small.url,
      defaultGuide,
      RUNS.ratingRunsThrottled,
      THROTTLE_RATE,
    );

    const planUpdates = async (label: string, runs: number, rate = 1) => {
      await waitForQuiet(label);
      log(`${label}: ${runs} profiles × ${RUNS.planChangesPerRun} level changes`);
      return measurePlanUpdates(small.url, defaultGuide, runs, RUNS.planChangesPerRun, rate);
    };
    const planDefault = await planUpdates('plan update, default guide', RUNS.planRuns);
    const planThrottled = await planUpdates(
      `plan update, default guide, CPU ${THROTTLE_RATE}×`,
      RUNS.planRunsThrottled,
      THROTTLE_RATE,
    );

    const charts = chartChunks(defaultDist);
    log('chart chunks: scripts requested for the first view, then the plan');
    const chunkLoading = await measureChunkLoading(small.url, defaultGuide, charts, defaultDist);

    const firstDefault = await series('first render, default guide', RUNS.firstRender, () =>
      measureFirstRender(small.url, defaultGuide.skills.length),
    );
    const firstLarge = await series(`first render, ${LARGE_SKILLS}-skill guide`, RUNS.firstRender, () =>
      measureFirstRender(large.url, largeGuide.skills.length),
    );
    const firstThrottled = await series(
      `first render, default guide, CPU ${THROTTLE_RATE}×`,
      RUNS.firstRenderThrottled,
      () => measureFirstRender(small.url, defaultGuide.skills.length, THROTTLE_RATE),
    );

    const n = largeGuide.skills.length;
    const pan = await series(`pan, ${LARGE_SKILLS}-skill map, stepped mouse`, RUNS.pan, () =>
      measurePan(large.url, n, { input: 'steps' }),
    );
    const panPaced = await series(`pan, ${LARGE_SKILLS}-skill map, 60 Hz mouse`, RUNS.panDiagnostic, () =>
      measurePan(large.url, n, { input: 'paced' }),
    );
    const panNoWillChange = await series(
      `pan, ${LARGE_SKILLS}-skill map, stepped mouse, without the viewport's will-change (diagnostic)`,
      RUNS.panDiagnostic,
      () => measurePan(large.url, n, { input: 'steps', css: NO_WILL_CHANGE_CSS }),
    );
    const panDefault = await series('pan, default map, stepped mouse (reference)', RUNS.panDiagnostic, () =>
      measurePan(small.url, defaultGuide.skills.length, { input: 'steps' }),
    );

    const bundles = { default: bundleSizes(defaultDist), large: bundleSizes(LARGE_DIST) };
    const summary = {
      ratingDefault: summarizeRatings(ratingDefault),
      ratingLarge: summarizeRatings(ratingLarge),
      ratingThrottled: summarizeRatings(ratingThrottled),
      firstRenderDefault: summarizeFirstRender(firstDefault),
      firstRenderLarge: summarizeFirstRender(firstLarge),
      firstRenderThrottled: summarizeFirstRender(firstThrottled),
      pan: summarizePan(pan),
      panPaced: summarizePan(panPaced),
      panNoWillChange: summarizePan(panNoWillChange),
      panDefault: summarizePan(panDefault),
      planDefault: summarizePlan(planDefault),
      planThrottled: summarizePlan(planThrottled),
      chartOnlyGzipBytes: charts.chartOnlyGzipBytes,
      chunkChecksPassed: chunkLoading.checks.every((c) => c.pass),
      firstViewJsGzipBytes: {
        default: bundles.default.firstViewGzipBytes,
        large: bundles.large.firstViewGzipBytes,
      },
    };
    const results = {
      date: new Date().toISOString(),
      machine: machine(version),
      app,
      settings: {
        viewport: VIEWPORT,
        chromeArgs: CHROME_ARGS,
        throttleRate: THROTTLE_RATE,
        measuredThrottleFactor: throttleFactor,
        runs: RUNS,
        quick: QUICK,
        panMs: PAN_MS,
        busyBeforeSeries,
        loadAverage: {
          start: loadAverageAtStart.map((v) => round(v, 2)),
          end: loadavg().map((v) => round(v, 2)),
        },
        largeSkills: LARGE_SKILLS,
        note:
          'Times in ms, from the click (rating) or from navigation start (first render). ' +
          'Every run uses a fresh on-disk browser profile; each first-render and pan series starts with one discarded warm-up run.',
      },
      targets: TARGETS,
      summary,
      bundles,
      chartChunks: charts,
      chunkLoading,
      raw: {
        ratingDefault,
        ratingLarge,
        ratingThrottled,
        firstRenderDefault: firstDefault,
        firstRenderLarge: firstLarge,
        firstRenderThrottled: firstThrottled,
        pan,
        panPaced,
        panNoWillChange,
        panDefault,
        planDefault,
        planThrottled,
      },
      durationSeconds: Math.round((Date.now() - started) / 1000),
    };
    writeFileSync(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    printReport(summary, bundles);
    printChartChunks(charts, chunkLoading);
    log(`raw results in ${RESULTS_DIR}/latest.json (${results.durationSeconds} s)`);
    if (!summary.chunkChecksPassed) {
      log('FAILED: a chart chunk check did not pass (see above)');
      process.exitCode = 1;
    }
  } finally {
    await small.server.close();
    await large.server.close();
    rmSync(defaultDist, { recursive: true, force: true });
  }
}

/**
 * The app gives the map's viewport `will-change: transform` (skillGraph.css); the diagnostic
 * takes it away again, to show in the same run what it is worth.
 */
const NO_WILL_CHANGE_CSS = '.skill-graph .react-flow__viewport { will-change: auto !important; }';

function pick<T>(samples: readonly T[], key: keyof T): Summary {
  return summarize(samples.map((s) => s[key] as number).filter((v) => Number.isFinite(v)));
}

function summarizeRatings(samples: RatingSample[]) {
  return {
    painted: pick(samples, 'painted'),
    afterFrame: pick(samples, 'afterFrame'),
    domUpdated: pick(samples, 'domUpdated'),
    clickReturned: pick(samples, 'clickReturned'),
    committed: pick(samples, 'committed'),
    broadcast: pick(samples, 'broadcast'),
    committedPolls: pick(samples, 'committedPolls'),
    firstInPagePainted: pick(
      samples.filter((s) => s.indexInPage === 0),
      'painted',
    ),
  };
}

function summarizePlan(samples: PlanUpdateSample[]) {
  return {
    painted: pick(samples, 'painted'),
    afterFrame: pick(samples, 'afterFrame'),
    domUpdated: pick(samples, 'domUpdated'),
    changeReturned: pick(samples, 'changeReturned'),
    firstInPagePainted: pick(
      samples.filter((s) => s.indexInPage === 0),
      'painted',
    ),
    scoreChange: summarize(samples.map((s) => s.scoreAfter - s.scoreBefore)),
  };
}

function summarizeFirstRender(samples: FirstRenderSample[]) {
  return {
    firstContentfulPaint: pick(samples, 'firstContentfulPaint'),
    nodesInDom: pick(samples, 'nodesInDom'),
    mapPainted: pick(samples, 'mapPainted'),
    interactive: pick(samples, 'interactive'),
    clickToPanel: pick(samples, 'clickToPanel'),
    domContentLoaded: pick(samples, 'domContentLoaded'),
  };
}

function summarizePan(samples: PanSample[]) {
  return {
    fps: pick(samples, 'fps'),
    movedFps: pick(samples, 'movedFps'),
    longestFrameMs: pick(samples, 'longestFrameMs'),
    slowFrames: pick(samples, 'slowFrames'),
    mouseMoves: pick(samples, 'mouseMoves'),
    pannedPx: pick(samples, 'pannedPx'),
  };
}

// ---------------------------------------------------------------- report

type Row = [name: string, summary: Summary, unit: string, verdict: string];

function printReport(
  s: {
    ratingDefault: ReturnType<typeof summarizeRatings>;
    ratingLarge: ReturnType<typeof summarizeRatings>;
    ratingThrottled: ReturnType<typeof summarizeRatings>;
    firstRenderDefault: ReturnType<typeof summarizeFirstRender>;
    firstRenderLarge: ReturnType<typeof summarizeFirstRender>;
    firstRenderThrottled: ReturnType<typeof summarizeFirstRender>;
    pan: ReturnType<typeof summarizePan>;
    panPaced: ReturnType<typeof summarizePan>;
    panNoWillChange: ReturnType<typeof summarizePan>;
    panDefault: ReturnType<typeof summarizePan>;
    planDefault: ReturnType<typeof summarizePlan>;
    planThrottled: ReturnType<typeof summarizePlan>;
  },
  bundles: { default: BundleSizes; large: BundleSizes },
): void {
  const atMost = (sum: Summary, limit: number) => (sum.median <= limit ? 'meets' : 'MISSES');
  const atLeast = (sum: Summary, limit: number) => (sum.median >= limit ? 'meets' : 'MISSES');
  const L = LARGE_SKILLS;
  const T = `CPU ${THROTTLE_RATE}×`;
  const rows: Row[] = [
    [
      'rating → painted (rAF), default',
      s.ratingDefault.painted,
      'ms',
      atMost(s.ratingDefault.painted, TARGETS.ratingPaintedMs),
    ],
    ['rating → frame work done, default', s.ratingDefault.afterFrame, 'ms', ''],
    ['rating → IndexedDB committed, default', s.ratingDefault.committed, 'ms', ''],
    [
      `rating → painted (rAF), ${L} skills`,
      s.ratingLarge.painted,
      'ms',
      atMost(s.ratingLarge.painted, TARGETS.ratingPaintedMs),
    ],
    [`rating → frame work done, ${L} skills`, s.ratingLarge.afterFrame, 'ms', ''],
    [`rating → IndexedDB committed, ${L} skills`, s.ratingLarge.committed, 'ms', ''],
    [
      `rating → painted (rAF), default, ${T}`,
      s.ratingThrottled.painted,
      'ms',
      atMost(s.ratingThrottled.painted, TARGETS.ratingPaintedMs),
    ],
    [`rating → frame work done, default, ${T}`, s.ratingThrottled.afterFrame, 'ms', ''],
    [`rating → IndexedDB committed, ${T}`, s.ratingThrottled.committed, 'ms', ''],
    ['plan: level change → painted (rAF)', s.planDefault.painted, 'ms', ''],
    ['plan: level change → frame work done', s.planDefault.afterFrame, 'ms', ''],
    [`plan: level change → painted (rAF), ${T}`, s.planThrottled.painted, 'ms', ''],
    [`plan: level change → frame work done, ${T}`, s.planThrottled.afterFrame, 'ms', ''],
    ['first contentful paint, default', s.firstRenderDefault.firstContentfulPaint, 'ms', ''],
    ['map painted, default', s.firstRenderDefault.mapPainted, 'ms', ''],
    ['interactive (panel open), default', s.firstRenderDefault.interactive, 'ms', ''],
    [`first contentful paint, ${L} skills`, s.firstRenderLarge.firstContentfulPaint, 'ms', ''],
    [`map painted, ${L} skills`, s.firstRenderLarge.mapPainted, 'ms', ''],
    [
      `interactive (panel open), ${L} skills`,
      s.firstRenderLarge.interactive,
      'ms',
      atMost(s.firstRenderLarge.interactive, TARGETS.largeInteractiveMs),
    ],
    [`map painted, default, ${T}`, s.firstRenderThrottled.mapPainted, 'ms', ''],
    [`interactive (panel open), default, ${T}`, s.firstRenderThrottled.interactive, 'ms', ''],
    [`pan ${L} skills, stepped mouse: frames/s`, s.pan.fps, 'fps', atLeast(s.pan.fps, TARGETS.panFps)],
    ['  frames/s in which the map moved', s.pan.movedFps, 'fps', ''],
    ['  longest frame', s.pan.longestFrameMs, 'ms', ''],
    [
      `pan ${L} skills, 60 Hz mouse: frames/s`,
      s.panPaced.fps,
      'fps',
      atLeast(s.panPaced.fps, TARGETS.panFps),
    ],
    ['  frames/s in which the map moved', s.panPaced.movedFps, 'fps', ''],
    [`pan ${L}, stepped, no will-change (diag.)`, s.panNoWillChange.fps, 'fps', ''],
    ['pan default map, stepped (reference)', s.panDefault.fps, 'fps', ''],
  ];

  const header = ['measure', 'n', 'median', 'p90', 'min', 'max', 'unit', 'target'];
  const lines = rows.map(([name, sum, unit, verdict]) => [
    name,
    String(sum.n),
    ...[sum.median, sum.p90, sum.min, sum.max].map((v) => v.toFixed(1)),
    unit,
    verdict,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i >= 6 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log();
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const [name, b] of Object.entries(bundles)) {
    const verdict = b.firstViewGzipBytes <= TARGETS.firstViewJsBytes ? 'meets' : 'MISSES';
    console.log();
    console.log(
      name === 'default'
        ? `first-view JS, default build: ${kb(b.firstViewGzipBytes)} gzip — ${verdict} the ${kb(TARGETS.firstViewJsBytes)} target`
        : `first-view JS, ${L}-skill build: ${kb(b.firstViewGzipBytes)} gzip (the guide is bundled in it)`,
    );
    for (const f of b.firstView) console.log(`  ${kb(f.gzipBytes).padStart(10)}  ${f.file}`);
    console.log('  lazy chunks:');
    for (const f of b.lazy) console.log(`  ${kb(f.gzipBytes).padStart(10)}  ${f.file}`);
  }
  console.log();
}

function printChartChunks(charts: ChartChunks, loading: ChunkLoading): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log('chart chunks (default build; static imports of the three chart entry chunks), gzip:');
  for (const c of charts.chunks) {
    const where = c.firstView ? 'first view already' : `charts only: ${c.neededBy.join(', ')}`;
    console.log(`  ${kb(c.gzipBytes).padStart(10)}  ${c.file}  (${where})`);
  }
  console.log(`  ${kb(charts.chartOnlyGzipBytes).padStart(10)}  total beyond the first view`);
  for (const name of CHART_ENTRIES) console.log(`    ${name}: ${kb(charts.perChartGzipBytes[name])}`);
  console.log(`  plan chunk ${charts.planView.file}: ${kb(charts.planView.gzipBytes)}`);
  console.log();
  console.log('scripts requested, by phase (bytes transferred: headers + encoded body):');
  for (const phase of loading.phases) {
    console.log(
      `  ${phase.name}: ${phase.requests} ${phase.requests === 1 ? 'request' : 'requests'}, ${kb(phase.transferBytes)} (scripts ${kb(phase.scriptTransferBytes)})`,
    );
    for (const s of phase.scripts) {
      console.log(`  ${kb(s.transferBytes).padStart(10)}  ${s.file}${s.encoding ? ` (${s.encoding})` : ''}`);
    }
  }
  console.log();
  for (const c of loading.checks)
    console.log(`  ${c.pass ? 'pass' : 'FAIL'}  ${c.check}${c.pass ? '' : `: ${c.detail}`}`);
  console.log();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
