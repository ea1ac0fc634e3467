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
  await expect(page).toHaveURL(/loop=update/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText('Step 3 · Update the weights');
});

test('on a phone, choosing a step brings its explanation below the four cards into view', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openLesson(page, 'intro', 'ko');
  const step2 = page.getByRole('button', { name: '2단계 자세히 보기: 기울기 구하기' });
  await step2.scrollIntoViewIfNeeded();
  const detail = page.getByRole('region', { name: '2단계 · 기울기 구하기' });
  await step2.click();
  await expect(detail).toBeInViewport({ ratio: 0.99 });
  // The card keeps focus, so the keyboard carries on through the map.
  await expect(step2).toBeFocused();
});

test('in presenter mode, choosing a step keeps the revealed sections and the presenter’s step', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLesson(page, 'intro', 'ko', 'present=1&step=3');
  await expect(page.getByTestId('presenter-step')).toHaveText('3단계 중 3단계');
  await expect(page.getByText(/링크의 일부 설정이 올바르지 않아/)).toHaveCount(0);
  await page.getByRole('button', { name: '3단계 자세히 보기: 가중치 갱신' }).click();
  await expect(page.getByRole('heading', { level: 3, name: '3단계 · 가중치 갱신' })).toBeInViewport();
  await expect(page.getByTestId('presenter-step')).toHaveText('3단계 중 3단계');
  await expect(page).toHaveURL(/loop=update/);
  await expect(page).toHaveURL(/step=3/);
});

test('an older link that named the opened step `step` still opens it', async ({ page }) => {
  await openLesson(page, 'intro', 'en', 'step=update');
  await expect(page).toHaveURL(/#\/intro\?loop=update$/);
  await expect(page.getByRole('heading', { level: 3 })).toHaveText('Step 3 · Update the weights');
});

test('a junk step in the link falls back to the first step with a notice', async ({ page }) => {
  await openLesson(page, 'intro', 'ko', 'loop=%3Cscript%3E');
  await expect(page.getByText('링크의 일부 설정이 올바르지 않아 기본값으로 되돌렸습니다: ‘펼친 단계’(loop)')).toBeVisible();
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
