import { preview } from 'vite';
import { launchBrowser } from '../../tests/e2e/browser.ts';
const outDir = process.argv[2]!;
const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const addr = server.httpServer.address() as { port: number };
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
const t = Date.now();
await page.goto(`http://127.0.0.1:${addr.port}/`);
await page.getByRole('button', { name: 'Skip for now' }).click();
console.log('loaded', Date.now() - t);
await page.waitForTimeout(500);
console.log(await page.evaluate(() => ({
  n: document.querySelectorAll('.react-flow__node[data-id^="skill:"]').length,
  vp: document.querySelector('.react-flow__viewport')?.getAttribute('style'),
  pane: document.querySelector('.react-flow')?.getBoundingClientRect().toJSON(),
  text: document.querySelector('.react-flow__node[data-id^="skill:"]')?.textContent,
  scroll: document.documentElement.scrollHeight,
})));
await page.screenshot({ path: '/tmp/probe/shot.png' });
const first = await page.evaluate(() => document.querySelector('.react-flow__node[data-id^="skill:"]')!.getAttribute('data-id'));
await page.click(`[data-id="${first}"]`);
await page.getByRole('group', { name: /Your level in/ }).waitFor();
console.log(await page.evaluate(() => ({
  n: document.querySelectorAll('.react-flow__node[data-id^="skill:"]').length,
  pane: document.querySelector('.react-flow')?.getBoundingClientRect().toJSON(),
})));
await page.screenshot({ path: '/tmp/probe/shot2.png' });
await browser.close();
await server.close();
