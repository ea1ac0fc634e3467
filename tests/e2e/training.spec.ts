import { readFile } from 'node:fs/promises';
import { expect, openLesson, test } from './fixtures';
import type { Page } from '@playwright/test';

// Training in a worker takes real seconds on a shared machine; waits are for states, never fixed sleeps.
test.describe.configure({ timeout: 240_000 });

const status = (page: Page) => page.locator('.training-status');
const iteration = async (page: Page) => Number((await page.getByTestId('iteration').innerText()).split('/')[0].replace(/,/g, '').trim());

async function startAndFinish(page: Page, search: string) {
  await openLesson(page, 'training', 'en', search);
  await page.getByRole('button', { name: 'Start training' }).click();
  await expect(status(page)).toHaveText('Training complete', { timeout: 200_000 });
}

test('a short backprop run draws falling loss points and reaches test accuracy above 0.85', async ({ page }) => {
  await startAndFinish(page, 'method=backprop&iters=500&eval=50');
  const loss = page.getByTestId('loss-chart');
  // 500 losses thinned to bucket means of 5: the chart never receives them all.
  await expect(loss).toHaveAttribute('data-points', '100');
  const first = Number(await loss.getAttribute('data-first-loss'));
  const last = Number(await loss.getAttribute('data-last-smooth'));
  expect(first).toBeGreaterThan(2);
  expect(last).toBeLessThan(first / 3);
  const accuracy = page.getByTestId('accuracy-chart');
  await expect(accuracy).toHaveAttribute('data-points', '11');
  expect(Number(await accuracy.getAttribute('data-last-test'))).toBeGreaterThan(0.85);
  await expect(page.getByTestId('final-test-0')).toHaveText(/^(8[5-9]|9\d)\.\d\d%$/);
  await expect(page.getByRole('table', { name: /Confusion matrix/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Test image \d+: true \d · predicted \d/ }).first()).toBeVisible();
  await expect(page.getByRole('img', { name: /hidden units as 28×28 pictures, iteration 500/ })).toBeVisible();
});

test('a short incremental numerical run draws points', async ({ page }) => {
  await startAndFinish(page, 'iters=6&eval=2');
  await expect(page.getByRole('radio', { name: /incremental/ })).toBeChecked();
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-points', '6');
  await expect(page.getByTestId('accuracy-chart')).toHaveAttribute('data-points', '4');
  await expect(page.getByRole('table', { name: /full sets/ }).getByRole('row')).toHaveCount(3);
});

test('pause, step, resume, stop and reset', async ({ page }) => {
  await openLesson(page, 'training', 'en', 'method=backprop&iters=100000');
  await page.getByRole('button', { name: 'Start training' }).click();
  await expect.poll(() => iteration(page), { timeout: 60_000 }).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(status(page)).toHaveText('Paused');
  const paused = await iteration(page);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => iteration(page)).toBe(paused + 1);
  await expect(status(page)).toHaveText('Paused');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(() => iteration(page), { timeout: 60_000 }).toBeGreaterThan(paused + 5);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(status(page)).toHaveText('Stopped', { timeout: 30_000 });
  await expect(page.getByTestId('model-row').first()).toContainText('backprop');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(status(page)).toHaveText('Idle');
  await expect(page.getByTestId('iteration')).toHaveText('0 / 100,000');
});

test('reset keeps the seed: the same run again starts from the same loss, and the reset control says so', async ({ page }) => {
  await startAndFinish(page, 'method=backprop&iters=20&eval=10&seed=7');
  const loss = page.getByTestId('loss-chart');
  const first = await loss.getAttribute('data-first-loss');
  const reset = page.getByRole('button', { name: 'Reset', exact: true });
  await expect(reset).toHaveAccessibleDescription(/Reset keeps seed 7: starting again trains from the same initial weights on the same sequence of mini-batches/);
  await reset.click();
  await expect(status(page)).toHaveText('Idle');
  await page.getByRole('button', { name: 'Start training' }).click();
  await expect(status(page)).toHaveText('Training complete', { timeout: 200_000 });
  await expect(loss).toHaveAttribute('data-first-loss', first ?? '');
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.getByRole('button', { name: '초기화', exact: true })).toHaveAccessibleDescription(/시드\(7\)는 그대로/);
});

test('a slider moves while training runs', async ({ page }) => {
  await openLesson(page, 'training', 'en', 'method=backprop&iters=100000');
  await page.getByRole('button', { name: 'Start training' }).click();
  await expect.poll(() => iteration(page), { timeout: 60_000 }).toBeGreaterThan(3);
  const slider = page.getByRole('slider', { name: 'Loss curve smoothing' });
  await slider.focus();
  for (let k = 0; k < 20; k++) await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('0.7');
  const lrSlider = page.getByRole('slider', { name: /Learning-rate slider/ });
  await lrSlider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/lr=0\.13/);
  const before = await iteration(page);
  await expect.poll(() => iteration(page), { timeout: 30_000 }).toBeGreaterThan(before);
  await expect(status(page)).toHaveText('Training');
  // Another lesson opens while the worker trains, and the run is still going on coming back.
  await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /Mini-batch learning/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mini-batch learning');
  const away = await page.evaluate(() => performance.now());
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Implementing the learning algorithm');
  expect(await page.evaluate(() => performance.now())).toBeGreaterThan(away);
  const back = await iteration(page);
  await expect.poll(() => iteration(page), { timeout: 30_000 }).toBeGreaterThan(back);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(status(page)).toHaveText('Stopped', { timeout: 30_000 });
});

test('invalid settings are refused with a message and the last valid value stays', async ({ page }) => {
  await openLesson(page, 'training', 'en', 'hidden=abc');
  await expect(page.getByText('Some settings in the link were invalid and were reset to defaults: “Hidden units” (hidden)')).toBeVisible();
  const lr = page.getByRole('textbox', { name: 'Learning rate η' });
  await lr.fill('-1');
  await expect(page.getByRole('alert').filter({ hasText: 'Must be at least' })).toBeVisible();
  await expect(page.getByRole('slider', { name: /Learning-rate slider/ })).toHaveAttribute('aria-valuetext', '0.1');
  const hidden = page.getByRole('textbox', { name: 'Hidden units' });
  await hidden.fill('20');
  await expect(page.getByTestId('parameter-count')).toHaveText('15,910');
});

test('export then import restores the model', async ({ page }, testInfo) => {
  await startAndFinish(page, 'method=backprop&iters=40&hidden=20');
  const rows = page.getByTestId('model-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('784-20-10');
  const summary = await rows.first().locator('.model-details').innerText();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export “784-20-10 · backprop · 40” as a file' }).click();
  const file = testInfo.outputPath('model.json');
  await (await downloading).saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8')).W1).toHaveLength(784 * 20);
  await page.getByRole('button', { name: 'Delete “784-20-10 · backprop · 40”' }).click();
  await page.getByRole('group', { name: 'Delete “784-20-10 · backprop · 40”' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('saved-model')).toHaveText(/No model kept yet/);
  const input = page.getByLabel('Import a JSON model');
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"W1": [1, 2]}') });
  await expect(page.getByRole('alert').filter({ hasText: 'not a model file' })).toBeVisible();
  await input.setInputFiles(file);
  await expect(rows.first().locator('.model-details')).toHaveText(summary.replace('training lab', 'imported from a file'));
  await expect(rows.first()).toContainText('in use');
  await page.reload();
  await expect(rows.first().locator('.model-details')).toHaveText(summary.replace('training lab', 'imported from a file'));
});

test('naive numerical gradients show an honest pace and stop at once', async ({ page }) => {
  await openLesson(page, 'training', 'en', 'method=naive');
  await page.getByRole('button', { name: 'Start training' }).click();
  await expect(page.getByText(/one iteration takes .* and the whole run about/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(status(page)).toHaveText('Stopped', { timeout: 5_000 });
});

test('a learning-rate race overlays the lanes and labels the one that fails', async ({ page }) => {
  await openLesson(page, 'training', 'en', 'method=backprop&iters=100&race=0.01,0.1,10');
  await expect(page.getByRole('textbox', { name: 'Learning rate 3' })).toHaveValue('10');
  await page.getByRole('button', { name: 'Start the race' }).click();
  await expect(status(page)).toHaveText('Training complete', { timeout: 120_000 });
  // 100 iterations are too few for 0.01: past half of the run its loss has hardly moved.
  const failures = page.getByTestId('failure');
  await expect(failures).toHaveCount(2);
  await expect(failures.nth(0)).toHaveAttribute('data-kind', 'too-slow');
  await expect(failures.nth(1)).toHaveAttribute('data-kind', 'saturated');
  const legend = page.getByTestId('loss-chart').locator('.chart-legend li');
  await expect(legend).toHaveText([/^η = 0\.01 · too slow/, 'η = 0.1', /^η = 10 · saturated \(loss ≈ 1\d\.\d\d\)$/]);
  await expect(page.getByTestId('final-test-1')).toHaveText(/%$/);
  await page.getByRole('button', { name: 'Add a learning rate' }).click();
  await expect(page).toHaveURL(/race=0\.01,0\.1,10,/);
  await expect(page.getByRole('button', { name: 'Add a learning rate' })).toBeDisabled();
});

test('the gradient check compares every parameter with backpropagation', async ({ page }) => {
  await openLesson(page, 'training', 'en');
  await page.getByRole('button', { name: 'Check the gradient' }).click();
  const result = page.getByTestId('gradient-check');
  await expect(result).toContainText('39,760', { timeout: 60_000 });
  await expect(result).toContainText(/next to a ReLU kink|Median relative error/);
  const median = await result.locator('dd').nth(2).innerText();
  expect(Number(median.replace('−', '-'))).toBeLessThan(1e-6);
});

test('the kink check: after answering, "show me" runs the check and shrinking h makes the two numbers agree', async ({ page }) => {
  await openLesson(page, 'training', 'en');
  const check = page.locator('form.check').filter({ hasText: 'Which number should you trust?' });
  await expect(check.getByText('Shrink h below the distance')).toHaveCount(0);
  await check.getByRole('radio', { name: 'Backpropagation’s' }).check();
  await check.getByRole('button', { name: 'Answer' }).click();
  await expect(check.getByText(/^Right\./)).toBeVisible();
  await check.getByRole('button', { name: 'Show me: run the gradient check and shrink h' }).click();
  const demo = page.getByTestId('kink-demo');
  await expect(demo.getByRole('heading', { level: 3, name: /next to a kink: shrink h/ })).toBeVisible({ timeout: 120_000 });
  const verdict = demo.getByRole('status');
  await expect(verdict).toContainText('h = 1e-4 is larger than the distance to the kink');
  const shrink = demo.getByRole('button', { name: 'Shrink h tenfold' });
  const table = demo.getByRole('table');
  for (let rows = 2; rows <= 5; rows++) {
    await shrink.click();
    await expect(table.locator('tbody tr')).toHaveCount(rows);
    if (/agrees with backpropagation/.test(await verdict.innerText())) break;
  }
  await expect(verdict).toContainText('agrees with backpropagation');
  await expect(table.locator('tbody tr').last().getByRole('cell').last()).toHaveText('no');
});

test('on a phone no formula, the notation table or the confusion matrix scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openLesson(page, 'training', 'ko', 'method=backprop&iters=20&eval=10');
  const sideways = (selector: string) =>
    page.locator(selector).evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent?.slice(0, 40)));
  // The central difference's h and the naive method's 3.2 × 10¹¹ sat past the right edge of their boxes.
  await expect(page.locator('main .formula-display').first()).toBeVisible();
  expect(await sideways('main .formula-display')).toEqual([]);
  expect(await sideways('main aside.notation')).toEqual([]);
  await page.getByRole('button', { name: '학습 시작' }).click();
  await expect(status(page)).toHaveText('학습 완료', { timeout: 120_000 });
  await expect(page.getByRole('table', { name: /혼동 행렬/ })).toBeVisible();
  expect(await sideways('main .confusion-wrap')).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
