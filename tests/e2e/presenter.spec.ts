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

test('presenter mode reveals a lesson section by section with clicker keys, the step in the link', async ({ page }) => {
  await openLesson(page, 'mse', 'en', 'present=1');
  const status = page.getByTestId('presenter-step');
  await expect(status).toHaveText(/^Step 1 of (\d+)$/);
  const count = Number(/of (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThan(2);
  const sections = page.locator('.lesson-content > :not(.notice)');
  await expect(sections.nth(0)).toBeVisible();
  await expect(sections.nth(1)).toBeHidden();

  await page.locator('h1').click();
  await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText(`Step 2 of ${count}`);
  await expect(page).toHaveURL(/present=1&step=2$/);
  await expect(sections.nth(1)).toBeVisible();
  await page.keyboard.press('Space');
  await expect(status).toHaveText(`Step 3 of ${count}`);
  await page.keyboard.press('PageUp');
  await expect(status).toHaveText(`Step 2 of ${count}`);
  await page.keyboard.press('PageDown');
  await expect(status).toHaveText(`Step 3 of ${count}`);
  await page.keyboard.press('ArrowLeft');
  await expect(status).toHaveText(`Step 2 of ${count}`);
  await expect(sections.nth(2)).toBeHidden();
  await page.getByRole('button', { name: /Next step/ }).click();
  await expect(status).toHaveText(`Step 3 of ${count}`);
  // With a button focused, a clicker's page keys still turn the page.
  await page.keyboard.press('PageUp');
  await expect(status).toHaveText(`Step 2 of ${count}`);

  // A prepared link opens at its step; a widget's own keys stay the widget's.
  await openLesson(page, 'mse', 'en', 'present=1&step=3');
  await page.reload();
  await expect(status).toHaveText(`Step 3 of ${count}`);
  await expect(sections.nth(2)).toBeVisible();
  await expect(sections.nth(3)).toBeHidden();
  const field = page.getByRole('textbox').first();
  if (await field.isVisible()) {
    await field.focus();
    await page.keyboard.press('ArrowRight');
    await expect(status).toHaveText(`Step 3 of ${count}`);
  }
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(sections.nth(count - 1)).toBeVisible();
  await expect(status).toHaveCount(0);
});

test('speaker notes are the presenter’s alone, in both languages, and nothing floats over a presented lesson', async ({ page }) => {
  await openLesson(page, 'numerical-diff', 'en');
  await expect(page.getByRole('button', { name: 'Speaker notes' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  const toggle = page.getByRole('button', { name: 'Speaker notes' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('region', { name: /Speaker notes/ })).toHaveCount(0);
  await toggle.click();
  await expect(page.getByRole('region', { name: /Speaker notes/ })).toContainText('central difference');
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.getByRole('region', { name: /발표자 노트/ })).toContainText('중심 차분');

  // The "stored for offline use" note appears after the first install: in presenter mode it sits in the flow.
  await expect(page.getByTestId('offline-ready')).toBeVisible({ timeout: 60_000 });
  expect(await page.getByTestId('offline-ready').evaluate((el) => getComputedStyle(el).position)).toBe('static');
  const fixed = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position) && el.getBoundingClientRect().height > 0).map((el) => el.className));
  expect(fixed).toEqual([]);
});

test('in presenter mode a callout still shows its first paragraph, not just its heading', async ({ page }) => {
  await openLesson(page, 'mse', 'en', 'present=1');
  const callout = page.locator('.lesson-content > aside.callout');
  const step = await callout.evaluate((aside) => [...aside.parentElement!.querySelectorAll(':scope > :not(.notice)')].indexOf(aside) + 1);
  await openLesson(page, 'mse', 'en', `present=1&step=${step}`);
  await page.reload();
  await expect(callout.getByRole('heading', { name: 'The code’s argument names and the formula’s symbols' })).toBeVisible();
  await expect(callout.getByText(/^In the formula xₙ is the input/)).toBeVisible();
});

test('a plot’s draggable point keeps its arrow keys in presenter mode, and a revealed step starts at the top of the screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLesson(page, 'gradient-descent', 'en', 'present=1');
  const status = page.getByTestId('presenter-step');
  await expect(status).toHaveText(/^Step 1 of \d+$/);
  await page.getByRole('slider', { name: 'Start point (drag, or move with the arrow keys)' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/x0=-2\.9/);
  await page.keyboard.press('ArrowLeft');
  await expect(page).not.toHaveURL(/x0=/);
  await expect(status).toHaveText(/^Step 1 of \d+$/);

  // A field keeps its arrows; the page keys a clicker sends still turn the step with the focus left there.
  const field = page.locator('.lesson-content .widget input[type="text"]').first();
  await field.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(status).toHaveText(/^Step 1 of \d+$/);
  await page.keyboard.press('PageDown');
  await expect(status).toHaveText(/^Step 2 of \d+$/);
  await page.keyboard.press('PageUp');
  await expect(status).toHaveText(/^Step 1 of \d+$/);

  await openLesson(page, 'numerical-diff', 'en', 'present=1');
  await page.getByRole('slider', { name: 'Point of tangency x' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/x=1\.1/);
  await expect(status).toHaveText(/^Step 1 of \d+$/);

  // The header scrolls away in presenter mode, so nothing of the step before should be left above the new one.
  await page.locator('h1').click();
  await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText(/^Step 2 of \d+$/);
  const second = page.locator('.lesson-content > :not(.notice)').nth(1);
  await expect(async () => {
    const top = await second.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(24);
  }).toPass();
});

test('the notes window follows the lesson, step and language, turns steps with clicker keys, and closes with presenter mode', async ({ page, context }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLesson(page, 'mse', 'ko', 'present=1');
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: '노트 창 열기' }).click();
  const notes = await opened;
  await expect(notes).toHaveTitle('발표자 노트 · 손실 함수 · 평균 제곱 오차');
  for (const part of ['보여 줄 것', '물어볼 것', '흔한 오해', '0.0195']) await expect(notes.locator('main')).toContainText(part);
  // The projected page carries none of it.
  await expect(page.getByRole('main')).not.toContainText('흔한 오해');

  const steps = page.locator('.lesson-content > :not(.notice)');
  const heading = async (k: number) => ((await steps.nth(k).locator('h2, h3').first().textContent()) ?? '').trim();
  await expect(notes.getByTestId('notes-window-step')).toHaveText(/^\d+단계 중 1단계$/);
  await expect(notes.getByTestId('notes-window-now')).toHaveText(await heading(0));
  await expect(notes.getByTestId('notes-window-next')).toHaveText(await heading(1));
  await notes.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/present=1&step=2$/);
  await expect(page.getByTestId('presenter-step')).toHaveText(/^\d+단계 중 2단계$/);
  await expect(steps.nth(1)).toBeVisible();
  await expect(notes.getByTestId('notes-window-now')).toHaveText(await heading(1));
  await notes.keyboard.press('PageUp');
  await expect(page.getByTestId('presenter-step')).toHaveText(/^\d+단계 중 1단계$/);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(notes).toHaveTitle('Speaker notes · Loss functions · Mean squared error');
  await expect(notes.locator('main')).toContainText('Common misconception');
  await page.getByRole('link', { name: /^Next:/ }).click();
  await expect(notes).toHaveTitle('Speaker notes · Loss functions · Cross-entropy error');
  await expect(notes.getByTestId('notes-window-step')).toHaveText(/^Step 1 of \d+$/);

  // The glossary has no notes of its own (it used to show the first lesson's).
  await page.goto('./#/glossary?present=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  await expect(page.getByRole('button', { name: 'Speaker notes' })).toHaveCount(0);
  await expect(notes.locator('main')).toContainText('This page has no speaker notes.');

  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect.poll(() => notes.isClosed()).toBe(true);
});
