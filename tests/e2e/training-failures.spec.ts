import { expect, openLesson, test } from './fixtures';
import type { Page } from '@playwright/test';

// Whole training runs on a shared machine: waits are for states, never fixed sleeps.
test.describe.configure({ timeout: 600_000 });

const status = (page: Page) => page.locator('.training-status');
const finish = (page: Page) => expect(status(page)).toHaveText('Training complete', { timeout: 500_000 });
const iteration = async (page: Page) => Number((await page.getByTestId('iteration').innerText()).split('/')[0].replace(/,/g, '').trim());
const percent = async (page: Page, lane: number) => Number((await page.getByTestId(`final-test-${lane}`).innerText()).replace('%', ''));

test('the default race, started as a teacher would, shows three regimes and labels the lane that fails', async ({ page }) => {
  await openLesson(page, 'training', 'en');
  await page.getByRole('radio', { name: 'Backpropagation', exact: true }).check();
  await expect(page.getByRole('textbox', { name: 'Learning rate 3' })).toHaveValue('3');
  await page.getByRole('button', { name: 'Start the race' }).click();
  await finish(page);
  const [small, right, large] = [await percent(page, 0), await percent(page, 1), await percent(page, 2)];
  expect(right).toBeGreaterThan(88);
  expect(small).toBeLessThan(right - 10);
  expect(large).toBeLessThan(right - 50);
  await expect(page.getByTestId('loss-chart').locator('.chart-legend li')).toHaveText(['η = 0.01', 'η = 0.1', /^η = 3 · stalled: \d+\/50 units dead$/]);
  // The captions speak of every lane, each by name, not of the first lane alone.
  await expect(page.getByTestId('accuracy-chart').locator('.chart-summary')).toHaveText(/^latest test accuracy, by learning rate: η = 0\.01: \d+\.\d\d% · η = 0\.1: (8\d|9\d)\.\d\d% · η = 3: \d+\.\d\d%$/);
  await expect(page.getByTestId('loss-chart').locator('.chart-summary')).toHaveText(/^first → latest, by learning rate: η = 0\.01: 2\.\d+ → [\d.]+ · η = 0\.1: 2\.\d+ → 0\.\d+ · η = 3: [\d.]+ → [\d.]+$/);
  await expect(page.getByTestId('final-label-2')).toContainText('stalled');
  await expect(page.getByTestId('failure')).toHaveCount(1);
  await expect(page.getByTestId('failure')).toContainText(/η = 3: .* hidden units are dead/);
  // The text under the race says what the widget just showed.
  await expect(page.getByText(/In the default race \(0\.01 · 0\.1 · 3\), 0\.01 creeps, 0\.1 learns, and at 3 .* stalls near ln 10/)).toBeVisible();
  // The stalled lane's hidden units, crossed out where dead.
  await page.getByRole('combobox', { name: 'Show the hidden units of' }).selectOption('2');
  await expect(page.getByTestId('hidden-units')).toHaveAttribute('data-lane', '2');
  expect(Number(await page.getByTestId('hidden-units').getAttribute('data-dead'))).toBeGreaterThan(40);
});

test('a stalled run says how many hidden units died, and one click trains again with η = 0.1', async ({ page }) => {
  await openLesson(page, 'training', 'en', 'method=backprop&lr=3&iters=400');
  await page.getByRole('button', { name: 'Start training' }).click();
  await finish(page);
  const failure = page.getByTestId('failure');
  await expect(failure).toHaveAttribute('data-kind', 'stalled');
  await expect(failure).toContainText(/This run: .* near the loss of guessing, ln 10 ≈ 2\.30 .* (4\d|50) of 50 hidden units are dead/);
  expect(Number(await page.getByTestId('hidden-units').getAttribute('data-dead'))).toBeGreaterThan(40);
  await expect(page.getByText(/dead units \(×\)/)).toBeVisible();
  await failure.getByRole('button', { name: 'Train again with η = 0.1' }).click();
  await expect(page.getByRole('textbox', { name: 'Learning rate η' })).toHaveValue('0.1');
  await finish(page);
  await expect(page.getByTestId('failure')).toHaveCount(0);
  expect(await percent(page, 0)).toBeGreaterThan(85);
});

test('a saturated run names −log δ and links to lesson 2', async ({ page }) => {
  await openLesson(page, 'training', 'en', 'method=backprop&lr=10&iters=200');
  await page.getByRole('button', { name: 'Start training' }).click();
  await finish(page);
  const failure = page.getByTestId('failure');
  await expect(failure).toHaveAttribute('data-kind', 'saturated');
  await expect(failure).toContainText(/the loss sits at 1\d\.\d\d, close to −log δ ≈ 16\.1/);
  const chart = page.getByTestId('loss-chart');
  expect(Number(await chart.getAttribute('data-axis-top'))).toBeGreaterThanOrEqual(14);
  await failure.getByRole('link', { name: /lesson 2/ }).click();
  await expect(page).toHaveURL(/#\/cee/);
});

test('a run at a tiny rate says it is too slow and offers a larger one', async ({ page }) => {
  await openLesson(page, 'training', 'ko', 'method=backprop&lr=0.001&iters=200');
  await page.getByRole('button', { name: '학습 시작' }).click();
  await expect(status(page)).toHaveText('학습 완료', { timeout: 500_000 });
  const failure = page.getByTestId('failure');
  await expect(failure).toHaveAttribute('data-kind', 'too-slow');
  await expect(failure).toContainText(/반복 200번 중 200번이 지났는데 손실은 아직 2\.3\d, 찍기 수준/);
  await expect(failure.getByRole('button', { name: 'η = 0.1에서 다시 학습' })).toBeVisible();
});

test('a run of one iteration is too short to judge, so the rate is not blamed', async ({ page }) => {
  await openLesson(page, 'training', 'ko', 'method=backprop&iters=1');
  await page.getByRole('button', { name: '학습 시작' }).click();
  await expect(status(page)).toHaveText('학습 완료', { timeout: 500_000 });
  await expect(page.getByTestId('iteration')).toContainText('1 / 1');
  await expect(page.getByTestId('failure')).toHaveCount(0);
});

test('a rate out of range, typed and left for Start, still says the run keeps the previous rate', async ({ page }) => {
  await openLesson(page, 'training', 'ko', 'method=backprop&iters=1');
  const rate = page.getByRole('textbox', { name: '학습률 η', exact: true });
  await rate.fill('1e-10');
  await page.getByRole('button', { name: '학습 시작' }).click();
  await expect(rate).toHaveValue('0.1');
  await expect(page.getByRole('alert').filter({ hasText: '“1e-10”' })).toContainText('이전 값을 그대로 둡니다(0.1)');
});

test('the notes’ softmax starts at ln(batch·10) ≈ 6.9 and the chart shows it', async ({ page }) => {
  await openLesson(page, 'training', 'en', 'iters=50&eval=10');
  await page.getByRole('checkbox', { name: /The notes’ softmax/ }).check();
  // The incremental method cannot use it; the switch moves the run to backpropagation.
  await expect(page.getByRole('radio', { name: 'Backpropagation', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: /incremental/ })).toBeDisabled();
  await expect(page).toHaveURL(/softmax=batch/);
  await page.getByRole('button', { name: 'Start training' }).click();
  await finish(page);
  const chart = page.getByTestId('loss-chart');
  const first = Number(await chart.getAttribute('data-first-loss'));
  expect(Math.abs(first - 6.9)).toBeLessThan(0.1);
  expect(Number(await chart.getAttribute('data-axis-top'))).toBeGreaterThanOrEqual(7);
  await expect(chart.locator('.recharts-cartesian-axis-tick-value').filter({ hasText: /^7$/ })).toBeVisible();
  await expect(chart.locator('figcaption')).toContainText(/first 6\.9/);
  await expect(page.locator('.training-lab')).not.toContainText('NaN');
  // The notes' last cell, beside this run's first loss: the same to three decimals from another random start.
  const cell = page.getByTestId('notes-cell-none');
  await expect(cell.getByTestId('notes-badge-none')).toContainText('In [None]');
  await expect(cell.getByTestId('notes-badge-none')).toContainText('matches the notes');
  await expect(cell.getByTestId('notes-cell-printed')).toHaveText('Iteration 0, Loss: 6.906243988997322');
  await expect(cell.getByTestId('notes-cell-ours')).toHaveText(/^Iteration 0, Loss: 6\.90\d+$/);
});

test('a race preset sets what its sentence needs, never the naive method, and waits for a running run to end', async ({ page }) => {
  // As after the "79,520 batch losses" check's "show me": the notes' naive method, here with a short, small run.
  await openLesson(page, 'training', 'en', 'method=naive&iters=60&hidden=20');
  const preset = page.getByRole('button', { name: /where does it break\?/ });
  await preset.click();
  await expect(page).toHaveURL(/race=0\.5,1,2,4/);
  await expect(page).not.toHaveURL(/method=|iters=|hidden=/);
  await expect(page.getByRole('radio', { name: /incremental/ })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Iterations', exact: true })).toHaveValue('1000');
  await expect(page.getByRole('textbox', { name: 'Learning rate 4' })).toHaveValue('4');
  await expect(page.getByRole('status').filter({ hasText: 'the preset changed: Hidden units 50, Iterations 1000, Gradient method: Numerical · incremental' })).toBeVisible();
  // While the race runs, neither a preset nor Start can throw it away; each lane's loss is named.
  await expect.poll(() => iteration(page), { timeout: 120_000 }).toBeGreaterThan(1);
  await expect(preset).toBeDisabled();
  await expect(page.getByRole('button', { name: /too small · right · too large/ })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Start the race' })).toBeDisabled();
  await expect(page.getByText(/the presets are locked/)).toBeVisible();
  await expect(page.getByTestId('last-loss')).toHaveText(/^η = 0\.5: [\d.]+ · η = 1: [\d.]+ · η = 2: [\d.]+ · η = 4: [\d.]+$/);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(status(page)).toHaveText('Stopped', { timeout: 60_000 });
  await expect(page.getByRole('list', { name: 'Kept runs' }).getByTestId('run-row')).toHaveCount(1);
  await expect(preset).toBeEnabled();
});
