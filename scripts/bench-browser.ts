// npm run bench (second half), in Debian's Chromium against the production build: the bytes of a
// first visit to lessons 0–2, then the notes' 1000-iteration run with incremental numerical
// gradients in the real training worker (wall time, iterations per second, time to the first chart
// point, the main thread's long tasks).
// Usage: tsx scripts/bench-browser.ts [iterations] [method]
import { benchFirstVisits } from './bench/first-visit';
import { benchInBrowser, OUT_DIR, say } from './bench/serve-build';

const iterations = Number(process.argv[2] ?? 1000);
const method = process.argv[3] ?? 'incremental';

benchInBrowser(async (browser, url) => {
  await benchFirstVisits(browser, OUT_DIR);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // tsx names functions with an __name helper that the page does not have.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript(() => {
    localStorage.setItem('nnlab.language', JSON.stringify({ state: { lang: 'en' }, version: 1 }));
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.longTasks.push(e.duration); }).observe({ type: 'longtask' });
  });
  await page.goto(`${url}#/training?method=${method}&iters=${iterations}`);
  // Load the data first, so the timing below is training only.
  await page.locator('.mnist-ready').waitFor({ timeout: 120_000 });
  const timings = page.evaluate(() => new Promise<{ firstPoint: number; total: number }>((resolve) => {
    const start = performance.now();
    let firstPoint = Number.NaN;
    const check = () => {
      const points = Number(document.querySelector('[data-testid="loss-chart"]')?.getAttribute('data-points') ?? 0);
      if (points > 0 && Number.isNaN(firstPoint)) firstPoint = performance.now() - start;
      const status = document.querySelector('.training-status')?.textContent ?? '';
      if (/complete|diverged|Error/.test(status)) {
        observer.disconnect();
        resolve({ firstPoint, total: performance.now() - start });
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    (window as unknown as { longTasks: number[] }).longTasks.length = 0;
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Start training')?.click();
  }));
  const { firstPoint, total } = await timings;
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const status = await page.locator('.training-status').innerText();
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const finalTest = await page.getByTestId('final-test-0').innerText().catch(() => '—');
  say(`Browser worker (${method}, 784-50-10, batch 100, ${iterations} iterations, ${status}):`);
  say(`  workers               1 training + ${Math.max(0, Math.min(3, cores - 2))} gradient helper(s) on ${cores} logical cores`);
  say(`  wall time             ${(total / 1000).toFixed(1)} s`);
  say(`  iterations per second ${(iterations / (total / 1000)).toFixed(1)}`);
  say(`  first chart point     ${firstPoint.toFixed(0)} ms after start`);
  say(`  final test accuracy   ${finalTest}`);
  const over50 = longTasks.filter((d) => d > 50);
  say(`  main-thread long tasks: ${longTasks.length} (${over50.length} over 50 ms), longest ${Math.round(Math.max(0, ...longTasks))} ms, total ${Math.round(longTasks.reduce((a, b) => a + b, 0))} ms`);
});
