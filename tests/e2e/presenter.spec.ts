import AxeBuilder from '@axe-core/playwright';
import { expect, openLesson, test } from './fixtures';

test('presenter mode is a toggle in both languages, kept in the link and across lessons', async ({ page }) => {
  await openLesson(page, 'numerical-diff', 'ko');
  const toggleKo = page.getByRole('button', { name: '발표 모드' });
  await expect(toggleKo).toHaveAttribute('aria-pressed', 'false');
  const prose = page.locator('main .prose').first();
  await expect(prose).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  const toggle = page.getByRole('button', { name: 'Presenter mode' });
  const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const before = await bodySize();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/#\/numerical-diff\?present=1$/);
  expect(await bodySize()).toBeGreaterThan(before);
  await expect(page.locator('main .prose p, main p.prose').first()).toBeHidden();
  await expect(page.locator('main .widget').first()).toBeVisible();
  await expect(page.locator('main .katex-display').first()).toBeVisible();

  // A page-state change rewrites the query; the flag stays.
  await page.getByRole('combobox', { name: 'Function' }).first().selectOption({ index: 1 });
  await expect(page).toHaveURL(/present=1/);
  await expect(page).toHaveURL(/curve=/);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveClass(/presenter/);

  await page.getByRole('link', { name: /^Next:/ }).click();
  await expect(page).toHaveURL(/#\/gradient-descent\?present=1$/);
  await expect(page.locator('html')).toHaveClass(/presenter/);

  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(page).toHaveURL(/#\/gradient-descent$/);
  await expect(page.locator('html')).not.toHaveClass(/presenter/);
});

test('a shared presenter link opens in presenter mode and passes the audit', async ({ page }) => {
  await openLesson(page, 'training', 'en', 'present=1&hidden=80');
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: /reset to defaults/ })).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
