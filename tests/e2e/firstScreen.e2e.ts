import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot, trackExternalRequests } from './browser';

describe('first screen', () => {
  let browser: Browser;
  let page: Page;
  let external: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    external = trackExternalRequests(page);
    await page.goto(`${inject('baseURL')}#/role`);
    await page.getByRole('heading', { level: 1, name: 'Customer Care Representative' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the four tiers in order with their experience ranges', async () => {
    const tiers = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
    const titles = await tiers.getByRole('heading', { level: 3 }).allTextContents();
    expect(titles).toEqual([
      'Junior Customer Care Representative',
      'Mid-Level Customer Care Representative',
      'Senior Customer Care Representative',
      'Customer Care Team Lead / Supervisor',
    ]);
    const cards = tiers.getByRole('listitem');
    await expect(cards.nth(0).textContent()).resolves.toContain('0–2 years');
    await expect(cards.nth(1).textContent()).resolves.toContain('2–5 years');
    await expect(cards.nth(2).textContent()).resolves.toContain('5–8 years');
    await expect(cards.nth(3).textContent()).resolves.toContain('8+ years');
  });

  it("shows the guide's salary figures, with the top-10% threshold as a bound", async () => {
    const cards = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(cards.nth(0).textContent()).resolves.toContain('$36,200');
    await expect(cards.nth(1).textContent()).resolves.toContain('$46,000');
    await expect(cards.nth(2).textContent()).resolves.toContain('$55,800');
    const lead = await cards.nth(3).textContent();
    expect(lead).toContain('$60,000+');
    expect(lead).toMatch(/lower bound/i);
    const summary = await page.getByRole('region', { name: 'Customer Care Representative' }).textContent();
    expect(summary).toContain('$32,000 – $60,000');
    expect(summary).toContain('median $46,000');
    expect(summary).toContain('8%');
  });

  it('has no accessibility violations and makes no request beyond localhost', async () => {
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'first-screen');
    expect(external).toEqual([]);
  });

  it('fits a 375 px phone without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'first-screen-phone');
  });
});
