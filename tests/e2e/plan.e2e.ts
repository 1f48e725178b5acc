import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot } from './browser';

async function readinessScore(page: Page): Promise<number> {
  const text = await page.locator('.readiness-card__score strong').textContent();
  return Number(text);
}

describe('plan view', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(inject('baseURL'));
    // A junior with two years of experience.
    await page.getByLabel(/Years of experience/).fill('2');
    await page.getByRole('combobox', { name: 'Your current tier (optional)' }).selectOption('junior');
    await page.getByRole('button', { name: 'Start rating my skills' }).click();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('invites a person with nothing rated to rate, and still shows what the step pays', async () => {
    await page.getByRole('link', { name: 'Plan next step' }).click();
    await page.getByRole('heading', { name: 'Rate a few skills to see your plan' }).waitFor();
    const salary = await page.getByRole('region', { name: 'What the step is worth' }).textContent();
    expect(salary).toContain('Junior $36,200 → Mid-Level $46,000');
    expect(salary).toContain('+$9,800 (+27.1%)');
  });

  it('shows readiness rising as skills are rated', async () => {
    await page.getByRole('link', { name: 'Rate skills' }).click();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByRole('combobox', { name: 'Your level in Active Listening' }).selectOption('2');
    await page.getByRole('link', { name: 'Plan next step' }).click();
    await page.getByRole('heading', { name: 'How ready you are for Mid-Level' }).waitFor();
    const before = await readinessScore(page);

    await page.getByRole('link', { name: 'Rate skills' }).click();
    for (const skill of [
      'Active Listening',
      'Effective Verbal Communication',
      'Customer Empathy',
      'Time Management',
    ]) {
      await page.getByRole('combobox', { name: `Your level in ${skill}` }).selectOption('3');
    }
    await page.getByRole('link', { name: 'Plan next step' }).click();
    await page.getByRole('heading', { name: 'How ready you are for Mid-Level' }).waitFor();
    const after = await readinessScore(page);
    expect(after).toBeGreaterThan(before);
    const focus = page.getByRole('region', { name: 'Work on these three first' });
    expect(await focus.getByRole('listitem').count()).toBe(3);
  });

  it('tells whether a target date is realistic', async () => {
    const sixMonths = new Date(Date.now() + 183 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Target date for Mid-Level Customer Care Representative').fill(sixMonths);
    await page.getByText(/levels a month/).waitFor();
  });

  it('draws the charts with their data tables and has no accessibility violations', async () => {
    await page.getByRole('figure', { name: /by category/ }).waitFor();
    await page.getByRole('figure', { name: /Salary as your experience grows/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'plan');
  });

  it('loads the charts only when the plan opens', async () => {
    const fresh = await browser.newPage();
    const scripts: string[] = [];
    fresh.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await fresh.goto(inject('baseURL'));
    await fresh.getByRole('button', { name: 'Skip for now' }).click();
    const beforePlan = scripts.length;
    expect(scripts.some((s) => /Chart/.test(s))).toBe(false);
    await fresh.getByRole('link', { name: 'Plan next step' }).click();
    await fresh.getByRole('heading', { name: 'Plan your next step' }).waitFor();
    await fresh.getByRole('figure', { name: /Salary/ }).waitFor();
    expect(scripts.length).toBeGreaterThan(beforePlan);
    expect(scripts.slice(beforePlan).some((s) => /Chart/.test(s))).toBe(true);
    await fresh.close();
  });
});
