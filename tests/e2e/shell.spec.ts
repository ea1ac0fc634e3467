import { expect, openLesson, test } from './fixtures';

const LESSONS = [
  ['intro', '신경망 학습', 'Neural-network learning'],
  ['mse', '손실 함수 · 평균 제곱 오차', 'Loss functions · Mean squared error'],
  ['cee', '손실 함수 · 교차 엔트로피 오차', 'Loss functions · Cross-entropy error'],
  ['minibatch', '미니배치 학습', 'Mini-batch learning'],
  ['numerical-diff', '수치 미분', 'Numerical differentiation'],
  ['gradient-descent', '경사 하강법', 'Gradient descent'],
  ['network-gradient', '신경망에서의 기울기', 'Gradients in a neural network'],
  ['training', '학습 알고리즘 구현', 'Implementing the learning algorithm'],
  ['draw', '손글씨 숫자 그리기', 'Draw a digit'],
] as const;

for (const lang of ['ko', 'en'] as const) {
  for (const [slug, ko, en] of LESSONS) {
    test(`lesson ${slug} opens in ${lang} without console errors`, async ({ page }) => {
      await openLesson(page, slug, lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'ko' ? ko : en);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('navigation', { name: lang === 'ko' ? '단원 목록' : 'Lessons' }).locator('a[aria-current="page"]')).toContainText(lang === 'ko' ? ko : en);
      // Wait for the lazily loaded page to replace the loading message.
      await expect(page.getByRole('status').filter({ hasText: /불러오는 중|Loading…/ })).toHaveCount(0);
    });
  }
}

test('the language choice survives a reload', async ({ page }) => {
  await page.goto('./#/mse');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('손실 함수 · 평균 제곱 오차');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loss functions · Mean squared error');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loss functions · Mean squared error');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
});

test('previous and next walk the lessons in order, and deep links survive a reload', async ({ page }) => {
  await openLesson(page, 'intro', 'en');
  await page.getByRole('link', { name: /Next: Loss functions · Mean squared error/ }).click();
  await expect(page).toHaveURL(/#\/mse$/);
  await page.getByRole('link', { name: /Next: Loss functions · Cross-entropy/ }).click();
  await page.getByRole('link', { name: /Previous: Loss functions · Mean squared/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loss functions · Mean squared error');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loss functions · Mean squared error');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loss functions · Cross-entropy error');
});

test('an unknown route says so and shows the first lesson', async ({ page }) => {
  await openLesson(page, 'no-such-lesson', 'en');
  await expect(page.getByText('No such page.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neural-network learning');
});

test('corrupt stored settings fall back to Korean', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('nnlab.language', '{not json'));
  await page.goto('./#/intro');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('신경망 학습');
});

test('the menu works on a 375 px phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openLesson(page, 'intro', 'en');
  const nav = page.getByRole('navigation', { name: 'Lessons' });
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: /Lesson menu/ }).click();
  await nav.getByRole('link', { name: /Gradient descent/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gradient descent');
  await expect(nav).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('back from the glossary returns to the place in the lesson it was opened from; a new page starts at its top', async ({ page }) => {
  await openLesson(page, 'cee', 'en');
  const term = page.locator('a.term').last();
  await term.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 1));
  const left = await page.evaluate(() => window.scrollY);
  expect(left).toBeGreaterThan(300);
  // The place is remembered once the scroll has rested.
  await expect.poll(() => page.evaluate(() => (history.state as { scrollY?: number } | null)?.scrollY)).toBe(left);
  await term.click();
  await expect(page).toHaveURL(/#\/glossary/);
  await page.goBack();
  await expect(page).toHaveURL(/#\/cee/);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(left);
  await page.getByRole('link', { name: /^Next/ }).last().click();
  await expect(page).toHaveURL(/#\/minibatch/);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});
