// Benchmark of the PDF export (src/features/report/pdf/renderReportPdf.ts) in Node.
//
//   npx tsx bench/pdf.ts          (BENCH_QUICK=1 for 3 runs: to check the script, not to measure)
//
// Renders the test fixture — the Customer Care guide's 34 skills, two years of daily
// readiness points (730), nine check-ins and three metrics — and times renderReportPdf from
// the call to the finished Blob. The first call also loads jsPDF and jspdf-autotable and is
// reported on its own; the measured runs follow it. Also reported: the longest stretch the
// renderer keeps the thread busy between two yields (what decides whether a page would stay
// responsive), the file size and page count.
//
// This is Node (V8 without a page); a browser's timing is measured by the e2e/bench harness
// separately, if at all. Results go to bench/results/pdf.json. Target: median ≤ 2 s.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { renderReportPdf } from '../src/features/report/pdf/renderReportPdf';
import { reportFixture } from '../tests/fixtures/reportModel';
import { round, summarize, type Summary } from './stats';

const RESULTS_DIR = 'bench/results';
const RESULTS_FILE = `${RESULTS_DIR}/pdf.json`;
const RUNS = process.env.BENCH_QUICK === '1' ? 3 : 20;
const TARGET_MS = 2000;

interface Sample {
  totalMs: number;
  /** Longest time between two progress callbacks: one stage's synchronous work (plus a timer tick). */
  longestStageMs: number;
  longestStage: string;
  bytes: number;
}

async function renderOnce(): Promise<Sample> {
  let last = performance.now();
  let longestStageMs = 0;
  let longestStage = '';
  let previousStage = '';
  const start = performance.now();
  const blob = await renderReportPdf(reportFixture, (_fraction, stage) => {
    const now = performance.now();
    if (previousStage && now - last > longestStageMs) {
      longestStageMs = now - last;
      longestStage = previousStage;
    }
    previousStage = stage;
    last = now;
  });
  const totalMs = performance.now() - start;
  return { totalMs, longestStageMs, longestStage, bytes: blob.size };
}

async function pageCount(): Promise<number> {
  const blob = await renderReportPdf(reportFixture);
  const text = new TextDecoder('latin1').decode(new Uint8Array(await blob.arrayBuffer()));
  // The page tree's /Count is never inside a compressed stream in jsPDF's output.
  const match = /\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(text);
  return match ? Number(match[1]) : Number.NaN;
}

async function main() {
  const cold = await renderOnce();
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i += 1) samples.push(await renderOnce());

  const total = summarize(samples.map((s) => s.totalMs));
  const longestStage = summarize(samples.map((s) => s.longestStageMs));
  const stageNames = [...new Set(samples.map((s) => s.longestStage))];
  const pages = await pageCount();
  const result = {
    measuredAt: new Date().toISOString(),
    environment: {
      runtime: `Node ${process.version}`,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: availableParallelism(),
      loadavg: loadavg().map(round),
    },
    fixture: {
      skills: reportFixture.ratings.length,
      progressPoints: reportFixture.progress.length,
      checkIns: reportFixture.checkIns.length,
      metrics: reportFixture.metrics.length,
      metricEntries: reportFixture.metrics.reduce((n, m) => n + m.entries.length, 0),
    },
    output: { bytes: samples[0]?.bytes ?? cold.bytes, pages },
    targetMs: TARGET_MS,
    pass: total.median <= TARGET_MS,
    coldFirstRunMs: round(cold.totalMs),
    renderMs: total,
    longestStageMs: longestStage,
    longestStageNames: stageNames,
    samplesMs: samples.map((s) => round(s.totalMs)),
    note: 'Node only (tsx). Browser timing is measured by the e2e/bench harness separately, if at all.',
  };

  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);

  const row = (name: string, s: Summary) =>
    `${name.padEnd(26)} ${String(s.median).padStart(8)} ${String(s.p90).padStart(8)} ${String(s.min).padStart(8)} ${String(s.max).padStart(8)}`;
  console.log(`PDF export benchmark (${result.environment.runtime}, ${result.environment.cpu})`);
  console.log(
    `Fixture: ${result.fixture.skills} skills, ${result.fixture.progressPoints} progress points, ` +
      `${result.fixture.checkIns} check-ins, ${result.fixture.metrics} metrics (${result.fixture.metricEntries} entries)`,
  );
  console.log(`Output: ${pages} pages, ${(result.output.bytes / 1024).toFixed(1)} KiB`);
  console.log(`First run, loading jsPDF + autotable: ${result.coldFirstRunMs} ms`);
  console.log(`${`ms, ${RUNS} runs`.padEnd(26)}   median      p90      min      max`);
  console.log(row('renderReportPdf', total));
  console.log(row('longest stage (no yield)', longestStage) + `   (${stageNames.join(', ')})`);
  console.log(
    `Target median <= ${TARGET_MS} ms: ${result.pass ? 'met' : 'MISSED'}. ` +
      'The browser timing is measured by bench/progress.ts.',
  );
  console.log(`Written to ${RESULTS_FILE}`);
  // A missed target is a figure to report, not a failure: the other benchmarks still run.
}

await main();
