import type { Page } from '@playwright/test';
import { expect, openLesson, test } from './fixtures';

/** Answers the check whose question contains `question` by typing `value` (English UI). */
async function answerNumber(page: Page, question: string, value: string) {
  const check = page.locator('form.check').filter({ hasText: question });
  await check.getByRole('textbox', { name: 'Your answer' }).fill(value);
  await check.getByRole('button', { name: 'Answer' }).click();
  await expect(check.getByText(/^(Right\.|Not quite\.)/)).toBeVisible();
}

test('a lesson is finished when its checks are answered; answers are kept, and can be reset', async ({ page }) => {
  await openLesson(page, 'intro', 'en');
  const nav = page.getByRole('navigation', { name: 'Lessons' });
  await expect(nav.getByRole('link', { name: /Neural-network learning \(opened, checks 0\/2\)/ })).toBeVisible();
  await expect(nav.getByText('0 of 9 lessons completed. 0 of 24 checks answered.')).toBeVisible();

  // Reading to the end no longer finishes a lesson; answering does.
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
  await page.locator('.lesson-pager').scrollIntoViewIfNeeded();
  await expect(nav.getByText('0 of 9 lessons completed.', { exact: false })).toBeVisible();
  await answerNumber(page, 'By how much does one update change w?', '-0.2');
  await expect(nav.getByRole('link', { name: /Neural-network learning \(opened, checks 1\/2\)/ })).toBeVisible();
  await answerNumber(page, 'About how many times over', '3');
  await expect(nav.getByRole('link', { name: /Neural-network learning \(completed, checks 2\/2\)/ })).toBeVisible();
  await expect(nav.getByText('1 of 9 lessons completed. 2 of 24 checks answered.')).toBeVisible();
  await expect(nav.getByRole('link', { name: /Draw a digit/ })).toHaveAccessibleName(/^Lesson 8: Draw a digit/);

  await page.reload();
  await expect(nav.getByRole('link', { name: /Neural-network learning \(completed, checks 2\/2\)/ })).toBeVisible();
  // The committed answers come back with their feedback: the wrong one says what was right.
  const epochs = page.locator('form.check').filter({ hasText: 'About how many times over' });
  await expect(epochs.getByRole('textbox', { name: 'Your answer' })).toHaveValue('3');
  await expect(epochs.getByText('Not quite. The answer is 100,000 / 60,000 ≈ 1.667 times.')).toBeVisible();

  await nav.getByRole('button', { name: 'Reset progress' }).click();
  await expect(nav.getByText('0 of 9 lessons completed. 0 of 24 checks answered.')).toBeVisible();
  await expect(nav.getByRole('link', { name: /\((opened|completed)/ })).toHaveCount(0);
  await expect(epochs.getByRole('button', { name: 'Answer' })).toBeVisible();
  await page.reload();
  await expect(nav.getByRole('link', { name: /Neural-network learning \(opened/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /\((opened|completed)/ })).toHaveCount(1);
});

test('progress is named in Korean too', async ({ page }) => {
  await openLesson(page, 'mse', 'ko');
  const nav = page.getByRole('navigation', { name: '단원 목록' });
  await expect(nav.getByRole('link', { name: /평균 제곱 오차 \(열어 봄, 확인 문제 0\/2\)/ })).toBeVisible();
  await expect(nav.getByText('9개 단원 중 0개를 마쳤습니다. 확인 문제 24개 중 0개에 답했습니다.')).toBeVisible();
  await expect(nav.getByRole('button', { name: '진도 기록 지우기' })).toBeEnabled();
});

test('two tabs merge their progress instead of overwriting each other', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openLesson(second, 'intro', 'en');
  const secondNav = second.getByRole('navigation', { name: 'Lessons' });
  await expect(secondNav.getByRole('link', { name: /Neural-network learning \(opened/ })).toBeVisible();

  await openLesson(first, 'mse', 'en');
  const firstNav = first.getByRole('navigation', { name: 'Lessons' });
  await expect(firstNav.getByRole('link', { name: /Mean squared error \(opened/ })).toBeVisible();
  const worst = first.locator('form.check').filter({ hasText: 'what is the largest value MSE can take?' });
  await worst.getByRole('radio', { name: '0.2' }).check();
  await worst.getByRole('button', { name: 'Answer' }).click();
  // The other tab learns of it without a reload…
  await expect(secondNav.getByRole('link', { name: /Mean squared error \(opened, checks 1\/2\)/ })).toBeVisible();

  // …and its own visits and answers keep it.
  await answerNumber(second, 'By how much does one update change w?', '-0.2');
  await secondNav.getByRole('link', { name: /Cross-entropy error/ }).click();
  await expect(secondNav.getByRole('link', { name: /Cross-entropy error \(opened/ })).toBeVisible();
  await first.reload();
  await expect(firstNav.getByRole('link', { name: /Mean squared error \(opened, checks 1\/2\)/ })).toBeVisible();
  await expect(firstNav.getByRole('link', { name: /Cross-entropy error \(opened/ })).toBeVisible();
  await expect(firstNav.getByRole('link', { name: /Neural-network learning \(opened, checks 1\/2\)/ })).toBeVisible();

  // A reset in one tab clears the other, and later marks survive it.
  await firstNav.getByRole('button', { name: 'Reset progress' }).click();
  await expect(secondNav.getByText('0 of 9 lessons completed. 0 of 24 checks answered.')).toBeVisible();
  await secondNav.getByRole('link', { name: /Mini-batch learning/ }).click();
  await expect(firstNav.getByRole('link', { name: /Mini-batch learning \(opened/ })).toBeVisible();
  await expect(firstNav.getByRole('link', { name: /\((opened|completed)/ })).toHaveCount(1);
});

test('progress from before answers existed comes back as visits', async ({ page }) => {
  await page.addInitScript(() => {
    if (!localStorage.getItem('nnlab.progress')) {
      localStorage.setItem('nnlab.progress', JSON.stringify({ state: { visited: ['mse'], completed: ['intro'] }, version: 1 }));
    }
  });
  await openLesson(page, 'cee', 'en');
  const nav = page.getByRole('navigation', { name: 'Lessons' });
  await expect(nav.getByRole('link', { name: /Neural-network learning \(opened/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /Mean squared error \(opened/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /Cross-entropy error \(opened/ })).toBeVisible();
});
