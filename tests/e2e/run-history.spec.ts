import { readFile } from 'node:fs/promises';
import { expect, openLesson, test } from './fixtures';
import type { Page } from '@playwright/test';

// Short backprop runs: each takes a few seconds even on a shared machine; waits are for states only.
test.describe.configure({ timeout: 240_000 });

const status = (page: Page) => page.locator('.training-status');
const history = (page: Page) => page.getByRole('list', { name: 'Kept runs' });
const RUN_A = 'backprop · η 0.1 · seed 7 · 20 it.';
const RUN_B = 'backprop · η 0.5 · seed 8 · 20 it.';

async function train(page: Page, search: string) {
  await openLesson(page, 'training', 'en', search);
  await page.getByRole('main').getByRole('button', { name: 'Start training' }).click();
  await expect(status(page)).toHaveText('Training complete', { timeout: 200_000 });
}

/** Waits until storage holds every listed run: a run is listed as soon as it ends, marked until then. */
async function saved(page: Page) {
  await expect(history(page).getByText('Saving…')).toHaveCount(0);
}

async function keepTwoRuns(page: Page) {
  await train(page, 'method=backprop&iters=20&eval=10&seed=7&lr=0.1');
  await expect(history(page).getByTestId('run-row')).toHaveCount(1);
  await train(page, 'method=backprop&iters=20&eval=10&seed=8&lr=0.5');
  await expect(history(page).getByTestId('run-row')).toHaveCount(2);
  await saved(page);
}

test('two kept runs are listed with their settings and overlaid on both charts after a reload; rename and delete stick', async ({ page }) => {
  await keepTwoRuns(page);
  await page.reload();
  const rows = history(page).getByTestId('run-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(RUN_B);
  await expect(rows.first()).toContainText('seed 8');
  await expect(rows.first()).toContainText('20/20 iterations');
  const loss = page.getByTestId('loss-chart');
  const accuracy = page.getByTestId('accuracy-chart');
  const legendItem = (name: string) => loss.locator('.chart-legend li').filter({ hasText: name });
  const colourOf = (name: string) => legendItem(name).locator('line').getAttribute('stroke');
  // The older run ticked first keeps its colour when the newer one joins it, and leads the legend.
  await page.getByRole('checkbox', { name: `Overlay “${RUN_A}” on the charts` }).check();
  await expect(legendItem(RUN_A)).toHaveCount(1);
  const colourA = await colourOf(RUN_A);
  await page.getByRole('checkbox', { name: `Overlay “${RUN_B}” on the charts` }).check();
  await expect(legendItem(RUN_B)).toHaveCount(1);
  expect(await colourOf(RUN_A)).toBe(colourA);
  expect(await colourOf(RUN_B)).not.toBe(colourA);
  await expect(loss.locator('.chart-legend li').first()).toContainText(RUN_A);
  await expect(loss).toHaveAttribute('data-overlays', '2');
  await expect(accuracy).toHaveAttribute('data-overlays', '2');
  await expect(loss.locator('.recharts-line path.recharts-curve')).toHaveCount(2);
  await expect(loss.locator('.chart-legend')).toContainText(RUN_A);
  await expect(accuracy.locator('.chart-legend')).toContainText(RUN_B);

  // A default name, and the method in the details, follow the language; the stored name stays as it was.
  await page.getByRole('button', { name: '한국어' }).click();
  const koRows = page.getByRole('list', { name: '저장된 실행' }).getByTestId('run-row');
  await expect(koRows.first()).toContainText('오차역전파 · η 0.5 · 시드 8 · 반복 20회');
  await expect(koRows.first()).not.toContainText('backprop');
  await expect(loss.locator('.chart-legend')).toContainText('오차역전파 · η 0.1 · 시드 7 · 반복 20회');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: `Rename “${RUN_A}”` }).click();
  await page.getByRole('textbox', { name: 'New name' }).fill('slow and steady');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: `Delete “${RUN_B}”` }).click();
  await page.getByRole('group', { name: `Delete “${RUN_B}”` }).getByRole('button', { name: 'Delete' }).click();
  await expect(rows).toHaveCount(1);
  await page.reload();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('slow and steady');
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.getByRole('list', { name: '저장된 실행' }).getByTestId('run-row').first()).toContainText('slow and steady');
});

test('the history goes out as JSON and comes back; a bad file is named and changes nothing; a run leaves as CSV', async ({ page }, testInfo) => {
  await keepTwoRuns(page);
  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all runs as JSON' }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toBe('runs.json');
  const jsonPath = testInfo.outputPath('runs.json');
  await json.saveAs(jsonPath);
  const saved = JSON.parse(await readFile(jsonPath, 'utf8')) as { format: string; runs: { name: string; lanes: { loss: unknown[] }[] }[] };
  expect(saved.format).toBe('nnlab.runs');
  expect(saved.runs.map((r) => r.name).sort()).toEqual([RUN_A, RUN_B]);
  expect(saved.runs[0].lanes[0].loss.length).toBeGreaterThan(0);

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: `Export the curves of “${RUN_A}” as CSV` }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const csvText = await readFile(await csv.path(), 'utf8');
  expect(csvText.split('\n')[0]).toBe('lane,learning_rate,iteration,mean_loss,smoothed_loss,train_accuracy,test_accuracy');
  expect(csvText).toMatch(/^1,0\.1,20,[\d.]+,[\d.]+,[\d.]+,[\d.]+$/m);

  for (const name of [RUN_A, RUN_B]) {
    await page.getByRole('button', { name: `Delete “${name}”` }).click();
    await page.getByRole('group', { name: `Delete “${name}”` }).getByRole('button', { name: 'Delete' }).click();
  }
  await expect(page.getByText('No run kept yet.')).toBeVisible();
  const picker = page.getByLabel('Import runs from JSON');
  await picker.setInputFiles(jsonPath);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 runs from “runs.json”' })).toBeVisible();
  await expect(history(page).getByTestId('run-row')).toHaveCount(2);

  const broken = { ...saved, runs: [saved.runs[0], { ...saved.runs[1], lanes: [] }] };
  await picker.setInputFiles({ name: 'broken-runs.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByRole('alert')).toContainText('“broken-runs.json” was not imported: run 2 has missing or out-of-range values. The history is unchanged.');
  await picker.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
  await expect(page.getByRole('alert')).toContainText('“notes.json” was not imported: it is not a JSON file.');
  await page.reload();
  await expect(history(page).getByTestId('run-row')).toHaveCount(2);
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.getByRole('list', { name: '저장된 실행' }).getByTestId('run-row')).toHaveCount(2);
  // Imported under the default name they were exported with, so written in the reader's language.
  await expect(page.getByRole('checkbox', { name: '“오차역전파 · η 0.1 · 시드 7 · 반복 20회” 그래프에 겹쳐 그리기' })).toBeVisible();
});

test('a run with the notes’ softmax says so in its name, in both languages, beside the same run with the row softmax', async ({ page }) => {
  await train(page, 'method=backprop&iters=20&eval=10&seed=7&lr=0.1');
  await expect(history(page).getByTestId('run-row')).toHaveCount(1);
  await train(page, 'method=backprop&iters=20&eval=10&seed=7&lr=0.1&softmax=batch');
  const rows = history(page).getByTestId('run-row');
  await expect(rows).toHaveCount(2);
  await saved(page);
  // After a reload no run is live, so both kept runs can be overlaid.
  await page.reload();
  await expect(rows).toHaveCount(2);
  const notes = `${RUN_A} · notes’ softmax`;
  await expect(rows.first().locator('strong')).toHaveText(notes);
  await expect(rows.nth(1).locator('strong')).toHaveText(RUN_A);
  await page.getByRole('checkbox', { name: `Overlay “${notes}” on the charts` }).check();
  await page.getByRole('checkbox', { name: `Overlay “${RUN_A}” on the charts` }).check();
  const legend = page.getByTestId('loss-chart').locator('.chart-legend li');
  await expect(legend.filter({ hasText: notes })).toHaveCount(1);
  await page.getByRole('button', { name: '한국어' }).click();
  const koRows = page.getByRole('list', { name: '저장된 실행' }).getByTestId('run-row');
  await expect(koRows.first().locator('strong')).toHaveText('오차역전파 · η 0.1 · 시드 7 · 반복 20회 · 노트의 소프트맥스');
  await expect(koRows.nth(1).locator('strong')).toHaveText('오차역전파 · η 0.1 · 시드 7 · 반복 20회');
  await expect(page.getByTestId('loss-chart').locator('.chart-legend')).toContainText('오차역전파 · η 0.1 · 시드 7 · 반복 20회 · 노트의 소프트맥스');
});
