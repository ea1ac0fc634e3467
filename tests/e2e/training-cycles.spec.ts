import { expect, openLesson, test } from './fixtures';

test.describe.configure({ timeout: 300_000 });

const CYCLES = 50;

test(`${CYCLES} start/stop cycles leave one training worker and bounded memory`, async ({ page }) => {
  await openLesson(page, 'training', 'en', 'method=backprop&iters=100000');
  const start = page.getByRole('button', { name: 'Start training' });
  const stop = page.getByRole('button', { name: 'Stop', exact: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  };
  const trainingWorkers = () => page.workers().filter((w) => /training/.test(w.url())).length;

  const cycle = async () => {
    await start.click();
    await expect(stop).toBeEnabled();
    await stop.click();
    await expect(start).toBeEnabled();
  };

  await cycle();
  // The workers' scripts load on demand: count them once they are running.
  await expect.poll(trainingWorkers).toBe(1);
  const workersBefore = page.workers().length;
  const heapBefore = await heap();
  for (let i = 1; i < CYCLES; i++) await cycle();
  const heapAfter = await heap();
  const workersAfter = page.workers().length;
  console.log(`[cycles] ${CYCLES} cycles; workers ${workersBefore} → ${workersAfter}; JS heap ${(heapBefore / 2 ** 20).toFixed(1)} MB → ${(heapAfter / 2 ** 20).toFixed(1)} MB`);

  expect(trainingWorkers()).toBe(1);
  expect(workersAfter).toBe(workersBefore);
  expect(heapAfter).toBeGreaterThan(0);
  // Bounded: the series and logs of 49 more runs must not pile up.
  expect(heapAfter - heapBefore).toBeLessThan(16 * 2 ** 20);
});
