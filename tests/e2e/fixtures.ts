import { test as base, expect } from '@playwright/test';

/**
 * `test` with a page that records console errors and uncaught exceptions;
 * every test fails if any happened, unless it calls `allowConsoleErrors()`.
 */
export const test = base.extend<{ consoleErrors: string[]; allowConsoleErrors: () => void }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    await use(errors);
  },
  allowConsoleErrors: async ({ consoleErrors }, use) => {
    let allowed = false;
    await use(() => { allowed = true; });
    if (!allowed) expect(consoleErrors, 'console errors').toEqual([]);
  },
});

export { expect };

/** Opens a lesson in a language by seeding the persisted language choice first. */
export async function openLesson(page: import('@playwright/test').Page, slug: string, lang: 'ko' | 'en' = 'ko', search = '') {
  await page.addInitScript((l) => {
    if (!localStorage.getItem('nnlab.language')) localStorage.setItem('nnlab.language', JSON.stringify({ state: { lang: l }, version: 1 }));
  }, lang);
  await page.goto(`./#/${slug}${search ? `?${search}` : ''}`);
}
