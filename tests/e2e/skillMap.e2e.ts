import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot, trackExternalRequests } from './browser';

const skillNode = (page: Page, skillId: string) =>
  page.locator(`.react-flow__node[data-id="skill:${skillId}"]`);

async function rateInGraph(page: Page, skillId: string, skillName: string, level: string) {
  await skillNode(page, skillId).click();
  const group = page.getByRole('group', { name: `Your level in ${skillName}` });
  await group.getByRole('radio', { name: level }).check();
  await expect.poll(() => skillNode(page, skillId).textContent()).toContain(`You: ${level}`);
}

describe('skill map', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let external: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    external = trackExternalRequests(page);
    await page.goto(inject('baseURL'));
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await skillNode(page, 'active-listening').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('rates three skills in the graph and finds them again after a reload', async () => {
    await rateInGraph(page, 'active-listening', 'Active Listening', 'Proficient (3)');
    await rateInGraph(page, 'time-management', 'Time Management', 'Working (2)');
    await rateInGraph(page, 'crm-software-proficiency', 'CRM Software Proficiency', 'Learning (1)');
    await screenshot(page, 'skill-map-graph');

    await page.reload();
    await skillNode(page, 'active-listening').waitFor();
    expect(await skillNode(page, 'active-listening').textContent()).toContain('You: Proficient (3)');
    expect(await skillNode(page, 'time-management').textContent()).toContain('You: Working (2)');
    expect(await skillNode(page, 'crm-software-proficiency').textContent()).toContain('You: Learning (1)');
    // The first-run step was skipped once and stays skipped.
    expect(await page.getByRole('button', { name: 'Skip for now' }).count()).toBe(0);
  });

  it('opens a skill from the keyboard and rates it with the arrow keys', async () => {
    await skillNode(page, 'customer-empathy').focus();
    await page.keyboard.press('Enter');
    const group = page.getByRole('group', { name: 'Your level in Customer Empathy' });
    await group.getByRole('radio', { name: 'Learning (1)' }).check();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => skillNode(page, 'customer-empathy').textContent()).toContain('You: Working (2)');
  });

  it('shows a change made in one tab in another', async () => {
    const second = await context.newPage();
    await second.goto(inject('baseURL'));
    await skillNode(second, 'data-entry-and-accuracy').waitFor();
    await rateInGraph(page, 'data-entry-and-accuracy', 'Data Entry and Accuracy', 'Expert (4)');
    await expect
      .poll(() => skillNode(second, 'data-entry-and-accuracy').textContent(), { timeout: 5000 })
      .toContain('You: Expert (4)');
    await second.close();
  });

  it('has no accessibility violations in the graph view', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the same ratings in the table, settable there, with no accessibility violations', async () => {
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const select = page.getByRole('combobox', { name: 'Your level in Active Listening' });
    await expect.poll(() => select.inputValue()).toBe('3');
    await page.getByRole('combobox', { name: 'Your level in Basic Computer Navigation' }).selectOption('2');
    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    await expect
      .poll(() => skillNode(page, 'basic-computer-navigation').textContent())
      .toContain('You: Working (2)');
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByRole('combobox', { name: 'Your level in Active Listening' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'skill-map-table');
    expect(external).toEqual([]);
  });

  it('works on a 375 px phone', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'skill-map-phone');
  });
});
