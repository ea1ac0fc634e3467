import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Each page's keys, as declared in its useUrlState table.
const PARAMS: Record<string, readonly string[]> = {
  intro: ['loop'],
  mse: ['y', 't', 'full'],
  cee: ['y', 't', 'delta'],
  minibatch: ['set', 'cls', 'from', 'n', 'seed', 'pred', 'conf'],
  'numerical-diff': ['curve', 'x', 'hexp'],
  'gradient-descent': ['fn', 'x0', 'x1', 'lr', 'steps', 'cmp', 'rates'],
  'network-gradient': ['w', 'x', 't', 'seed', 'lr'],
  training: ['hidden', 'batch', 'lr', 'iters', 'std', 'seed', 'method', 'eval', 'softmax', 'race'],
  draw: ['digit', 'hidden'],
};

const PAYLOADS = [
  'junk',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '9'.repeat(400),
  'x'.repeat(10_000),
  '-0',
  '',
  '1,,2',
] as const;

// "-0" is zero, a legitimate value for some keys: it must only be safe, not necessarily flagged.
const MAY_BE_VALID = new Set<string>(['-0']);

test.describe.configure({ timeout: 240_000 });

async function assertClean(page: Page) {
  const injected = await page.evaluate(() => ({
    scripts: [...document.scripts].filter((s) => !s.src || s.textContent?.includes('alert')).length,
    handlers: document.querySelectorAll('[onerror], [onload], img[src="x"]').length,
    nan: /\bNaN\b|Infinity/.test(document.querySelector('main')?.innerText ?? ''),
  }));
  expect(injected).toEqual({ scripts: 0, handlers: 0, nan: false });
}

for (const [slug, keys] of Object.entries(PARAMS)) {
  test(`every URL parameter of ${slug} survives junk, huge numbers and script payloads`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    let cases = 0;
    // about:blank has no storage; the language is seeded only on the app's own pages.
    await page.addInitScript(() => {
      if (location.protocol.startsWith('http')) localStorage.setItem('nnlab.language', JSON.stringify({ state: { lang: 'en' }, version: 1 }));
    });
    const warning = page.getByRole('status').filter({ hasText: 'Some settings in the link were invalid' });
    // Fresh loads with every key set to one payload: the state is read as a student opening the link would.
    for (const payload of PAYLOADS) {
      const all = keys.map((k) => `${k}=${encodeURIComponent(payload)}`).join('&');
      await page.goto('about:blank');
      await page.goto(`./#/${slug}?${all}&present=1`);
      await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
      if (!MAY_BE_VALID.has(payload)) for (const key of keys) await expect(warning).toContainText(key);
      await assertClean(page);
      cases++;
    }
    // Then each key alone, through the in-page route change a pasted link causes.
    for (const key of keys) {
      for (const payload of PAYLOADS) {
        await page.evaluate((h) => { location.hash = h; }, `#/${slug}?${key}=${encodeURIComponent(payload)}`);
        if (!MAY_BE_VALID.has(payload)) {
          // A key is listed alone or after the name the page gives its field: "…: Hidden units (hidden), lr".
          await expect(warning, `${slug} ${key}=${payload.slice(0, 40)}`).toContainText(new RegExp(`(: |, |\\()${key}(,|\\)|$)`));
        }
        await assertClean(page);
        cases++;
      }
    }
    console.log(`[fuzz] ${slug}: ${cases} cases`);
    expect(dialogs).toEqual([]);
  });
}
