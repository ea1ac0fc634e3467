import AxeBuilder from '@axe-core/playwright';
import { expect, openLesson, test } from './fixtures';

test('the introduction typesets its formulas with KaTeX', async ({ page }) => {
  await openLesson(page, 'intro', 'en');
  await expect(page.locator('main .katex').first()).toBeVisible();
  await expect(page.locator('main annotation[encoding="application/x-tex"]').first()).toContainText('\\arg\\min');
  await expect(page.locator('main .formula-error')).toHaveCount(0);
});

test('the loop map links every step to the lesson that teaches it', async ({ page }) => {
  await openLesson(page, 'intro', 'en');
  const map = page.getByRole('list', { name: 'Map of the four steps of learning' });
  await expect(map.getByRole('listitem')).toHaveCount(4);
  for (const slug of ['minibatch', 'network-gradient', 'gradient-descent', 'training']) {
    await expect(map.locator(`a[href="#/${slug}"]`)).toHaveCount(1);
  }
  await map.getByRole('link', { name: 'Gradient descent' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gradient descent');
});

test('choosing a step opens it, and a link reopens the same step', async ({ page }) => {
  await openLesson(page, 'intro', 'en');
  const step3 = page.getByRole('button', { name: 'Open step 3: Update the weights' });
  await step3.focus();
  await page.keyboard.press('Enter');
  await expect(step3).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 3 })).toHaveText('Step 3 · Update the weights');
  await expect(page.getByRole('link', { name: /Try it in lesson 5: Gradient descent/ })).toBeVisible();
  await expect(page).toHaveURL(/step=update/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText('Step 3 · Update the weights');
});

test('a junk step in the link falls back to the first step with a notice', async ({ page }) => {
  await openLesson(page, 'intro', 'ko', 'step=%3Cscript%3E');
  await expect(page.getByText('링크의 일부 설정이 올바르지 않아 기본값으로 되돌렸습니다: step')).toBeVisible();
  await expect(page.getByRole('button', { name: '1단계 자세히 보기: 미니배치 뽑기' })).toHaveAttribute('aria-pressed', 'true');
});

test('the introduction fits a 375 px phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openLesson(page, 'intro', 'en');
  await expect(page.getByRole('button', { name: /Open step 1/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the introduction has no automatically detectable accessibility problems', async ({ page }) => {
  await openLesson(page, 'intro', 'en');
  await expect(page.getByRole('button', { name: /Open step 1/ })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('main').analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
