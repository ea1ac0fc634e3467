import { expect, test } from './fixtures';
import { measureFirstVisit } from './network-bytes';
import { MNIST_CACHE } from '../../src/offline/cache-names';

/** A first visit to any of lessons 0–2 moves at most this much, page and service worker together. */
const BUDGET_BYTES = 500_000;

for (const slug of ['intro', 'mse', 'cee']) {
  test(`a first visit to ${slug} stays within ${BUDGET_BYTES / 1000} kB and stores no MNIST`, async ({ browser }) => {
    // A context of its own: nothing cached, no service worker yet.
    const context = await browser.newContext();
    const page = await context.newPage();
    const visit = await measureFirstVisit(context, page, `./#/${slug}`);
    console.log(`first visit #/${slug}: page ${visit.page} B + service worker ${visit.serviceWorker} B + its scripts ${visit.workerScripts} B = ${visit.total} B`);

    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(visit.serviceWorker, 'the service worker precached the app').toBeGreaterThan(10_000);
    expect(visit.mnistRequests).toBe(0);
    expect(visit.total).toBeLessThanOrEqual(BUDGET_BYTES);
    const stored = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, MNIST_CACHE);
    expect(stored).toBe(0);
    await context.close();
  });
}
