import { expect, openLesson, test } from './fixtures';

test('opened and completed lessons are named in the navigation, kept, and can be reset', async ({ page }) => {
  await openLesson(page, 'intro', 'en');
  const nav = page.getByRole('navigation', { name: 'Lessons' });
  await expect(nav.getByRole('link', { name: /Neural-network learning \(opened\)/ })).toBeVisible();
  await expect(nav.getByText('0 of 9 lessons completed.')).toBeVisible();

  await page.getByRole('link', { name: /^Next: Loss functions · Mean squared error/ }).click();
  await expect(nav.getByRole('link', { name: /Neural-network learning \(completed\)/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /Mean squared error \(opened\)/ })).toBeVisible();

  // Reading to the end of a lesson completes it too.
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
  await page.locator('.lesson-pager').scrollIntoViewIfNeeded();
  await expect(nav.getByRole('link', { name: /Mean squared error \(completed\)/ })).toBeVisible();
  await expect(nav.getByText('2 of 9 lessons completed.')).toBeVisible();
  await expect(nav.getByRole('link', { name: /Draw a digit/ })).toHaveAccessibleName('Lesson 8: Draw a digit');

  await page.reload();
  await expect(nav.getByRole('link', { name: /Mean squared error \(completed\)/ })).toBeVisible();

  await nav.getByRole('button', { name: 'Reset progress' }).click();
  await expect(nav.getByText('0 of 9 lessons completed.')).toBeVisible();
  await expect(nav.getByRole('link', { name: /\((opened|completed)\)/ })).toHaveCount(0);
  await page.reload();
  await expect(nav.getByRole('link', { name: /Mean squared error \(opened\)/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /\((opened|completed)\)/ })).toHaveCount(1);
});

test('progress is named in Korean too', async ({ page }) => {
  await openLesson(page, 'mse', 'ko');
  const nav = page.getByRole('navigation', { name: '단원 목록' });
  await expect(nav.getByRole('link', { name: /평균 제곱 오차 \(열어 봄\)/ })).toBeVisible();
  await expect(nav.getByRole('button', { name: '진도 기록 지우기' })).toBeEnabled();
});
