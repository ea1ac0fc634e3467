import type { Page } from '@playwright/test';
import { expect, openLesson, test } from './fixtures';

const LESSONS = [
  ['intro', 'Neural-network learning'],
  ['mse', 'Loss functions · Mean squared error'],
  ['cee', 'Loss functions · Cross-entropy error'],
  ['minibatch', 'Mini-batch learning'],
  ['numerical-diff', 'Numerical differentiation'],
  ['gradient-descent', 'Gradient descent'],
  ['network-gradient', 'Gradients in a neural network'],
  ['training', 'Implementing the learning algorithm'],
  ['draw', 'Draw a digit'],
] as const;

const MNIST_LOADED = 'MNIST: 60,000 training and 10,000 test images';

/** Opens a lesson through the address bar's hash and waits until its lazily loaded page is in. */
async function visit(page: Page, slug: string, title: string) {
  await page.evaluate((s) => { location.hash = `#/${s}`; }, slug);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('status').filter({ hasText: /불러오는 중|Loading…/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
}

test.describe('after one visit', () => {
  test.describe.configure({ timeout: 120_000 });

  test('every lesson, the workers and the MNIST files work with the network gone', async ({ page, context }) => {
    await openLesson(page, 'intro', 'en');
    await expect(page.getByTestId('offline-ready')).toBeVisible({ timeout: 60_000 });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neural-network learning');
    for (const [slug, title] of LESSONS) await visit(page, slug, title);

    // The cached .gz responses (stored as the server sent them) still decode into the full data set.
    await visit(page, 'minibatch', 'Mini-batch learning');
    await expect(page.getByText(MNIST_LOADED)).toBeVisible();
    await expect(page.getByTestId('shape-x_train')).toHaveText('(60000, 28, 28)');

    // The training worker fetches the same cached files and runs.
    await page.evaluate(() => { location.hash = '#/training?method=backprop&iters=30'; });
    await page.getByRole('button', { name: 'Start training' }).click();
    await expect(page.locator('.training-status')).toHaveText('Training complete', { timeout: 90_000 });
  });
});

test.describe('requests', () => {
  // With the service worker blocked every request the page and its workers make reaches the route.
  test.use({ serviceWorkers: 'block' });

  test('no lesson asks any origin but the app’s own, and KaTeX fonts come from the app', async ({ page, context, baseURL }) => {
    const own = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    const requested: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requested.push(url);
      if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === own) return route.continue();
      foreign.push(url);
      return route.abort('blockedbyclient');
    });
    await openLesson(page, 'intro', 'en');
    for (const [slug, title] of LESSONS) await visit(page, slug, title);
    await visit(page, 'minibatch', 'Mini-batch learning');
    await expect(page.getByText(MNIST_LOADED)).toBeVisible();

    expect(foreign).toEqual([]);
    expect(requested.filter((u) => /fonts\.googleapis|fonts\.gstatic|jsdelivr|unpkg|cdnjs/.test(u))).toEqual([]);
    expect(requested.some((u) => new URL(u).origin === own && /\/assets\/KaTeX_Main-Regular-[\w-]+\.woff2$/.test(u))).toBe(true);
  });
});

test.describe('content security policy', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the build carries a strict policy and every lesson and a training run work under it', async ({ page }) => {
    await openLesson(page, 'intro', 'en');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("connect-src 'self'");
    for (const [slug, title] of LESSONS) await visit(page, slug, title);
    await page.evaluate(() => { location.hash = '#/training?method=backprop&iters=50'; });
    await page.getByRole('button', { name: 'Start training' }).click();
    await expect(page.locator('.training-status')).toHaveText('Training complete', { timeout: 90_000 });
  });

  test('an injected inline script does not run', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors();
    const violations: string[] = [];
    page.on('console', (msg) => { if (msg.type() === 'error') violations.push(msg.text()); });
    await openLesson(page, 'intro', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neural-network learning');
    const ran = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      return w.injected === true;
    });
    expect(ran).toBe(false);
    expect(violations.some((v) => v.includes('Content Security Policy'))).toBe(true);
  });
});
