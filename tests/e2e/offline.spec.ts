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

const MNIST_LESSONS = new Set<string>(['minibatch', 'training', 'draw']);

const MNIST_LOADED = 'MNIST: 60,000 training and 10,000 test images';

/** Opens a lesson through the address bar's hash and waits until its lazily loaded page is in. */
async function visit(page: Page, slug: string, title: string) {
  await page.evaluate((s) => { location.hash = `#/${s}`; }, slug);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('status').filter({ hasText: /불러오는 중|Loading…/ })).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
}

const OFFLINE_STATUS = 'offline-data-status';

/** Opens the lesson menu's offline panel (the menu is a button on narrow screens, always open on wide ones). */
async function offlinePanel(page: Page) {
  const menu = page.getByRole('button', { name: 'Lesson menu' });
  if (await menu.isVisible()) await menu.click();
  return page.getByRole('region', { name: 'Offline use' });
}

test.describe('after one visit', () => {
  test.describe.configure({ timeout: 120_000 });

  test('every lesson without MNIST opens with the network gone; the fonts it drew and no MNIST were kept, and the MNIST lessons say why they do not open', async ({ page, context, allowConsoleErrors }) => {
    // The browser logs the failed requests below.
    allowConsoleErrors();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await openLesson(page, 'intro', 'en');
    await expect(page.getByTestId('offline-ready')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('offline-ready')).toContainText('The MNIST data is stored when a lesson first uses it');
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect(page.getByTestId(OFFLINE_STATUS)).toHaveText('The MNIST data is not on this device yet.');
    // The fonts this first page drew (before the worker was in control) are kept all the same.
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('nnlab-fonts')).keys()).length)).toBeGreaterThan(3);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neural-network learning');
    await expect.poll(() => page.evaluate(() => document.fonts.status)).toBe('loaded');
    expect(failed).toEqual([]);
    // The lessons that work on MNIST come with their data, on first use or by "Prepare"; the others are kept at once.
    for (const [slug, title] of LESSONS) {
      if (!MNIST_LESSONS.has(slug)) {
        await visit(page, slug, title);
        continue;
      }
      await page.evaluate((s) => { location.hash = `#/${s}`; }, slug);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.getByRole('alert').filter({ hasText: 'This lesson is not on this device yet.' })).toBeVisible();
    }
    await visit(page, 'mse', 'Loss functions · Mean squared error');
    await page.getByText('Show the code that computes this widget').first().click();
    await expect(page.getByRole('alert').filter({ hasText: 'The code could not be loaded' })).toBeVisible();
    // A font no page has drawn yet is not kept until the device is prepared: its formula falls back.
    expect(failed.filter((url) => !url.includes('/data/mnist/') && !url.includes('/assets/later-') && !/KaTeX_[\w-]+\.(woff2|woff|ttf)$/.test(url))).toEqual([]);
  });

  test('a lesson that uses MNIST keeps it: the next visit works offline', async ({ page, context }) => {
    // Straight to a lesson that loads MNIST, before any service worker controls the page.
    await openLesson(page, 'minibatch', 'en');
    await expect(page.getByText(MNIST_LOADED)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId(OFFLINE_STATUS)).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByText(MNIST_LOADED)).toBeVisible({ timeout: 60_000 });
  });
});

test.describe('after one visit to the lab', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a first visit straight to the lab keeps its training workers: the next visit trains offline', async ({ page, context }) => {
    await openLesson(page, 'training', 'en');
    await page.evaluate(() => { location.hash = '#/training?method=backprop&iters=30'; });
    // Start at once, likely before the service worker controls the page: the workers load past it.
    await page.getByRole('button', { name: 'Start training' }).click();
    await expect(page.locator('.training-status')).toHaveText('Training complete', { timeout: 90_000 });
    await expect(page.getByTestId(OFFLINE_STATUS)).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).length > 0 && (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).some((r) => /later-training\.worker-/.test(r.url))))).some(Boolean)), { timeout: 60_000 }).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Start training' }).click();
    await expect(page.locator('.training-status')).toHaveText('Training complete', { timeout: 90_000 });
  });
});

test.describe('prepare for offline use', () => {
  test.describe.configure({ timeout: 180_000 });

  for (const lang of ['en', 'ko'] as const) {
    test(`prepared ahead (${lang}), the MNIST lessons work offline; the data can be removed again`, async ({ page, context }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await openLesson(page, 'intro', lang);
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);
      const panel = lang === 'en' ? await offlinePanel(page) : page.getByRole('region', { name: '오프라인 수업 준비' });
      if (lang === 'ko') await page.getByRole('button', { name: '단원 메뉴' }).click();
      const status = page.getByTestId(OFFLINE_STATUS);
      await panel.getByRole('button', { name: lang === 'en' ? 'Prepare this device for offline use (≈ 12 MB)' : '이 기기를 오프라인 수업용으로 준비 (≈ 12 MB)' }).click();
      await expect(status).toHaveAttribute('data-status', 'preparing');
      await expect(status).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
      // The cache keeps the gzip files (≈ 11 MB), not the 55 MB they unpack to.
      const text = (await status.textContent()) ?? '';
      const megabytes = Number(/([\d.]+) MB/.exec(text)?.[1]);
      expect(megabytes).toBeGreaterThan(10);
      expect(megabytes).toBeLessThan(13);
      // The button pressed keeps focus through the download and now offers the removal.
      await expect(panel.getByRole('button', { name: lang === 'en' ? 'Remove offline data' : '오프라인 데이터 지우기' })).toBeFocused();
      if (lang === 'ko') return;
      await expect(status).toHaveText(/^✓ Ready: every lesson opens with MNIST without a network\. Space used: 1\d(\.\d)? MB\.$/);

      await context.setOffline(true);
      await page.reload();
      await visit(page, 'minibatch', 'Mini-batch learning');
      await expect(page.getByText(MNIST_LOADED)).toBeVisible({ timeout: 60_000 });
      await expect(page.getByTestId('shape-x_train')).toHaveText('(60000, 28, 28)');
      await page.evaluate(() => { location.hash = '#/training?method=backprop&iters=30'; });
      await page.getByRole('button', { name: 'Start training' }).click();
      await expect(page.locator('.training-status')).toHaveText('Training complete', { timeout: 90_000 });
      // "Show the code" texts are loaded when opened; prepared, they open offline too.
      await page.getByText('Show the code that computes this widget').first().click();
      await expect(page.getByLabel('src/lib/nets/two-layer-net.ts')).toContainText('export');
      await visit(page, 'draw', 'Draw a digit');
      await page.getByRole('button', { name: 'Load a random test digit' }).click();
      await expect(page.getByTestId('test-digit-caption')).toBeVisible({ timeout: 60_000 });

      await context.setOffline(false);
      const panelAgain = await offlinePanel(page);
      await panelAgain.getByRole('button', { name: 'Remove offline data' }).click();
      await expect(status).toHaveText('The MNIST data is not on this device yet.');
    });
  }
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
