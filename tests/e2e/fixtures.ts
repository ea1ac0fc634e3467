import { test as base, expect, type Page } from '@playwright/test';

interface ConsoleGuard {
  errors: string[];
  allowed: boolean;
}

/**
 * `test` whose page records console errors and uncaught exceptions; every test fails if any
 * happened, unless it calls `allowConsoleErrors()` (for tests that provoke errors on purpose).
 */
export const test = base.extend<{ consoleGuard: ConsoleGuard; allowConsoleErrors: () => void }>({
  consoleGuard: [
    async ({ page }, provide) => {
      const guard: ConsoleGuard = { errors: [], allowed: false };
      page.on('console', (msg) => { if (msg.type() === 'error') guard.errors.push(msg.text()); });
      page.on('pageerror', (err) => guard.errors.push(`pageerror: ${err.message}`));
      await provide(guard);
      if (!guard.allowed) expect(guard.errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  allowConsoleErrors: async ({ consoleGuard }, provide) => {
    await provide(() => { consoleGuard.allowed = true; });
  },
});

export { expect };

/** Opens a lesson in a language by seeding the persisted language choice first. */
export async function openLesson(page: Page, slug: string, lang: 'ko' | 'en' = 'ko', search = '') {
  await page.addInitScript((l) => {
    if (!localStorage.getItem('nnlab.language')) localStorage.setItem('nnlab.language', JSON.stringify({ state: { lang: l }, version: 1 }));
  }, lang);
  await page.goto(`./#/${slug}${search ? `?${search}` : ''}`);
}
