import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot } from './browser';

const today = () => new Date().toISOString().slice(0, 10);

async function saved(download: Download): Promise<{ name: string; text: string; bytes: Buffer }> {
  const path = await download.path();
  const bytes = readFileSync(path);
  return { name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

async function downloadFrom(page: Page, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return saved(download);
}

describe('progress, report and backup', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    await page.goto(inject('baseURL'));
    await page.getByLabel(/Years of experience/).fill('1.5');
    await page.getByRole('button', { name: 'Start rating my skills' }).click();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByRole('combobox', { name: 'Your level in Active Listening' }).selectOption('3');
    await page.getByRole('combobox', { name: 'Your level in Time Management' }).selectOption('2');
    await page.getByRole('combobox', { name: 'Your level in CRM Software Proficiency' }).selectOption('1');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('saves a check-in, refuses a bad metric value, logs a good one', async () => {
    await page.getByRole('link', { name: 'Progress' }).click();
    await page.getByRole('heading', { name: 'Your progress' }).waitFor();
    await page.getByLabel('Note (optional)').fill('after my Q3 review');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('after my Q3 review', { exact: false }).first().waitFor();

    const csat = page.getByLabel('Customer satisfaction (CSAT) (%)');
    await csat.fill('140');
    await page.getByRole('button', { name: 'Log Customer satisfaction (CSAT)' }).click();
    await page.getByText("A percentage can't be over 100.").waitFor();
    await csat.fill('92');
    await page.getByRole('button', { name: 'Log Customer satisfaction (CSAT)' }).click();
    await page.getByText('Latest: 92%').waitFor();
    await page.getByRole('figure', { name: /Readiness for .* over time/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'progress');
  });

  it('exports the report as PDF, Markdown and CSV, each well formed', async () => {
    await page.getByRole('link', { name: 'Report' }).click();
    await page.getByRole('heading', { name: 'Progress report', exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'report');

    const pdf = await downloadFrom(page, 'Download PDF');
    expect(pdf.name).toBe(`career-progress-${today()}.pdf`);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const markdown = await downloadFrom(page, 'Download Markdown');
    expect(markdown.name).toMatch(/\.md$/);
    expect(markdown.text).toContain('Customer Care Representative');
    expect(markdown.text).toContain('Active Listening');

    const ratings = await downloadFrom(page, 'Download ratings (CSV)');
    expect(ratings.name).toMatch(/\.csv$/);
    const lines = ratings.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toContain('Skill');
    expect(lines.length).toBe(1 + 34);

    const history = await downloadFrom(page, 'Download history (CSV)');
    expect(
      history.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r\n/).length,
    ).toBe(1 + 3);
  });

  it('prints the report without the app around it', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Download PDF' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Career progress report' }).isVisible()).toBe(true);
    await screenshot(page, 'report-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('fits a 375 px phone on every page', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const route of ['skills', 'plan', 'progress', 'report', 'data', 'role']) {
      await page.goto(`${inject('baseURL')}#/${route}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `#/${route} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await screenshot(page, 'report-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('moves everything to a fresh browser profile through a backup', async () => {
    await page.getByRole('link', { name: 'Your data' }).click();
    const backup = await downloadFrom(page, 'Download a backup');
    expect(backup.name).toBe(`career-path-planner-backup-${today()}.json`);
    expect(JSON.parse(backup.text).format).toBe('career-path-planner-backup');
    expect(await axeViolations(page)).toEqual([]);

    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const other = await fresh.newPage();
    await other.goto(`${inject('baseURL')}#/data`);
    await other.getByLabel('Choose a backup file').setInputFiles({
      name: backup.name,
      mimeType: 'application/json',
      buffer: backup.bytes,
    });
    await other.getByRole('heading', { name: 'Check before restoring' }).waitFor();
    await other.getByRole('button', { name: 'Replace my data with this backup' }).click();
    await other.getByText(/Restored/).waitFor();
    await screenshot(other, 'restore');
    await other.goto(`${inject('baseURL')}#/skills`);
    await other.getByRole('button', { name: 'Table', exact: true }).click();
    expect(await other.getByRole('combobox', { name: 'Your level in Active Listening' }).inputValue()).toBe(
      '3',
    );
    expect(
      await other.getByRole('combobox', { name: 'Your level in CRM Software Proficiency' }).inputValue(),
    ).toBe('1');
    await other.goto(`${inject('baseURL')}#/progress`);
    await other.getByText('after my Q3 review', { exact: false }).first().waitFor();
    await other.getByText('Latest: 92%').waitFor();
    await fresh.close();
  });
});
