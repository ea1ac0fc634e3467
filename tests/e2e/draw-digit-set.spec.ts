import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openLesson, test } from './fixtures';
import { drawWithMouse, ONE } from './drawing';

// Drawing many mouse moves on a shared machine takes real seconds; waits are for states.
test.describe.configure({ timeout: 240_000 });

const pad = (page: Page) => page.getByRole('img', { name: 'Digit drawing pad' });
const mine = (page: Page) => page.getByRole('main').getByRole('region', { name: /^My digits/ });
const gallery = (page: Page) => mine(page).getByRole('list', { name: 'My digits' });

const ZERO = Array.from({ length: 44 }, (_, i) => [0.5 + 0.2 * Math.sin((i / 40) * 2 * Math.PI), 0.5 - 0.32 * Math.cos((i / 40) * 2 * Math.PI)] as const);
const THREE = [[0.3, 0.2], [0.6, 0.15], [0.65, 0.35], [0.45, 0.48], [0.68, 0.62], [0.6, 0.82], [0.3, 0.8]] as const;

/** A network that ignores the image and always answers 3 (softmax of b2), so accuracies are exact. */
async function storeModelThatSaysThree(page: Page) {
  const model = {
    inputSize: 784, hiddenSize: 4, outputSize: 10,
    W1: new Array(784 * 4).fill(0), b1: [1, 0, 2, 0], W2: new Array(40).fill(0), b2: [0, 0, 0, 3, 0, 0, 0, 0, 0, 0],
    method: 'incremental', iterations: 1000, testAccuracy: 0.9123, trainedAt: '2026-11-28T10:00:00.000Z',
  };
  await page.addInitScript((value) => localStorage.setItem('nnlab.trained-model', value), JSON.stringify({ state: { model }, version: 1 }));
}

async function drawAndLabel(page: Page, points: readonly (readonly [number, number])[], digit: number, count: number) {
  const clear = page.getByRole('button', { name: 'Clear all' });
  if (await clear.isEnabled()) await clear.click();
  await drawWithMouse(page, pad(page), points);
  await expect(page.getByTestId('predicted-digit')).toHaveText('3');
  await page.getByRole('button', { name: `The digit is ${digit}` }).click();
  await expect(page.getByText(`Kept as a ${digit}. My digits: ${count}.`)).toBeVisible();
}

test('labelled drawings survive a reload with the model’s accuracy on them, and go out and back in as CSV and IDX', async ({ page }, testInfo) => {
  await storeModelThatSaysThree(page);
  await openLesson(page, 'draw', 'en');
  await expect(mine(page).getByText('No digits kept yet.', { exact: false })).toBeVisible();
  await drawAndLabel(page, ONE, 1, 1);
  await drawAndLabel(page, ZERO, 0, 2);
  await drawAndLabel(page, THREE, 3, 3);

  await page.reload();
  await expect(gallery(page).getByRole('listitem')).toHaveCount(3);
  await expect(mine(page).getByTestId('my-digits-accuracy')).toHaveText('The network in use reads 1 of your 3 digits correctly (33.3%).');
  await expect(gallery(page).getByRole('img', { name: 'A drawn 1, read as 3' })).toBeVisible();
  await expect(gallery(page).getByRole('img', { name: 'A drawn 3, read as 3' })).toBeVisible();
  await mine(page).locator('summary', { hasText: 'Accuracy per digit and confusion matrix' }).click();
  await expect(mine(page).getByRole('row', { name: /^1 0 0 0 1/ })).toBeVisible();
  await testInfo.attach('my-digits', { body: await mine(page).screenshot(), contentType: 'image/png' });

  const csvDownload = page.waitForEvent('download');
  await mine(page).getByRole('button', { name: 'Export as CSV' }).click();
  const csvPath = testInfo.outputPath('my-digits.csv');
  await (await csvDownload).saveAs(csvPath);
  const csv = await readFile(csvPath, 'utf8');
  expect(csv.split('\n')[0].startsWith('label,pixel0,')).toBe(true);
  expect(csv.trimEnd().split('\n').map((line) => line.split(',')[0]).slice(1).sort()).toEqual(['0', '1', '3']);

  const downloads: string[] = [];
  page.on('download', (d) => void d.saveAs(testInfo.outputPath(d.suggestedFilename())).then(() => downloads.push(d.suggestedFilename())));
  await mine(page).getByRole('button', { name: /^Export as IDX/ }).click();
  await expect.poll(() => downloads.length).toBe(2);

  // Importing the same digits again adds none; deleting one and importing brings it back.
  const picker = mine(page).getByLabel(/^Import files/);
  await picker.setInputFiles(csvPath);
  await expect(mine(page).getByText('Imported 0; skipped 3 already in the set.')).toBeVisible();
  await gallery(page).getByRole('button', { name: 'Delete this drawn 0' }).click();
  await expect(gallery(page).getByRole('listitem')).toHaveCount(2);
  await picker.setInputFiles([testInfo.outputPath('my-digits-images-idx3-ubyte'), testInfo.outputPath('my-digits-labels-idx1-ubyte')]);
  await expect(mine(page).getByText('Imported 1; skipped 2 already in the set.')).toBeVisible();
  await expect(gallery(page).getByRole('listitem')).toHaveCount(3);

  // A broken file is named, and the set stays as it is.
  await picker.setInputFiles({ name: 'class.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv.split('\n')[0]}\n7,1,2,3\n`) });
  await expect(mine(page).getByText('class.csv, line 2: 4 values. A digit is a label and 784 pixels, 785 values. The digits you have are unchanged.')).toBeVisible();
  await page.reload();
  await expect(gallery(page).getByRole('listitem')).toHaveCount(3);
});

test('a prediction explains itself: the top three, MNIST’s mean digits beside the input, and what the drawing shows', async ({ page }, testInfo) => {
  await storeModelThatSaysThree(page);
  await openLesson(page, 'draw', 'en');
  // A small 1 in the top-left corner.
  await drawWithMouse(page, pad(page), ONE.map(([x, y]) => [0.05 + x * 0.2, 0.02 + y * 0.2] as const));
  await expect(page.getByTestId('predicted-digit')).toHaveText('3');
  const why = page.getByRole('group').filter({ has: page.getByText('Why was it read this way?') });
  await page.getByText('Why was it read this way?').click();
  await expect(why.getByRole('listitem').filter({ hasText: /^3: \d+\.\d%$/ })).toBeVisible();
  await expect(why.getByRole('listitem').filter({ hasText: /^\d: \d+\.\d%$/ })).toHaveCount(3);
  await expect(why.getByText(/^Drawn small, \d+\.\d% of the pad\./)).toBeVisible();
  await expect(why.getByText(/^Drawn to one side of the pad\./)).toBeVisible();
  await why.getByRole('button', { name: 'Load MNIST’s mean digits' }).click();
  await expect(why.getByRole('img', { name: 'The mean of all MNIST test images of 3' })).toBeVisible({ timeout: 120_000 });
  await expect(why.getByRole('img', { name: 'Your 28×28 input' })).toBeVisible();
  await testInfo.attach('why', { body: await page.getByRole('main').screenshot(), contentType: 'image/png' });
  await page.screenshot({ path: testInfo.outputPath('why.png'), fullPage: true });
});

test('a click on the pad beside a drawing is left out of the input, and the page says so', async ({ page }) => {
  await storeModelThatSaysThree(page);
  await openLesson(page, 'draw', 'en');
  await drawWithMouse(page, pad(page), ZERO);
  const live = page.getByRole('img', { name: 'The 28×28 input the network sees now' });
  await expect(page.getByText(/^ink box \d+×\d+$/)).toBeVisible();
  const pixels = () => live.evaluate((c) => Array.from((c as HTMLCanvasElement).getContext('2d')?.getImageData(0, 0, 28, 28).data ?? []).join(','));
  const alone = await pixels();
  // A click to focus the pad, near its corner, far from the 0.
  const box = await pad(page).boundingBox();
  if (!box) throw new Error('the pad is not visible');
  await page.mouse.click(box.x + 0.95 * box.width, box.y + 0.95 * box.height);
  await expect(page.getByText(/^ink box \d+×\d+ · dots left out: 1$/)).toBeVisible();
  expect(await pixels()).toBe(alone);
  await page.getByText('Why was it read this way?').click();
  await expect(page.getByText(/^Dots left out of the input: 1\. A tap or a click on the pad/)).toBeVisible();
  // Undone, the dot is gone from the pad and from the count.
  await page.getByRole('button', { name: 'Undo last stroke' }).click();
  await expect(page.getByText(/^ink box \d+×\d+$/)).toBeVisible();
});

test('a stroke that runs past the pad’s edge is said to be in the input, as the input shows it', async ({ page }) => {
  await storeModelThatSaysThree(page);
  await openLesson(page, 'draw', 'en');
  const why = page.getByRole('group').filter({ has: page.getByText('Why was it read this way?') });
  // A large 0 inside the pad: nothing to say about the edge.
  await drawWithMouse(page, pad(page), ZERO);
  await page.getByText('Why was it read this way?').click();
  await expect(why.getByText(/^Nothing stands out in size, position or stroke width\./)).toBeVisible();
  await expect(why.getByText(/edge of the pad/)).toHaveCount(0);
  // A 0 begun inside whose top goes above the pad: the pad cuts it off, the strokes keep it.
  await page.getByRole('button', { name: 'Clear all' }).click();
  const pastTop = Array.from({ length: 44 }, (_, i) => [0.5 + 0.2 * Math.sin((i / 40) * 2 * Math.PI), 0.35 + 0.42 * Math.cos((i / 40) * 2 * Math.PI)] as const);
  await drawWithMouse(page, pad(page), pastTop);
  await expect(page.getByTestId('predicted-digit')).toHaveText('3');
  if (!(await why.evaluate((e) => (e as HTMLDetailsElement).open))) await page.getByText('Why was it read this way?').click();
  await expect(why.getByText('Part of the drawing went past the edge of the pad. The pad cannot show that part, but it keeps the strokes, so the 28×28 input has it.')).toBeVisible();
});
