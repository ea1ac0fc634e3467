import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, openLesson, test } from './fixtures';

// What a user made must survive: large models, stops, reloads, second tabs and full storage.
test.describe.configure({ timeout: 240_000 });

const status = (page: Page) => page.locator('.training-status');
const rows = (page: Page) => page.getByTestId('model-row');
const iteration = async (page: Page) => Number((await page.getByTestId('iteration').innerText()).split('/')[0].replace(/,/g, '').trim());

/** An IDX file: big-endian magic (type 0x08 = ubyte, then the number of dimensions), the dimensions, the bytes. */
function idx(dims: number[], bytes: Uint8Array): Buffer {
  const header = Buffer.alloc(4 + 4 * dims.length);
  header.writeUInt32BE(0x0800 + dims.length, 0);
  dims.forEach((d, k) => header.writeUInt32BE(d, 4 + 4 * k));
  return Buffer.concat([header, Buffer.from(bytes)]);
}

/** Dense images (every pixel inked, unlike MNIST's mostly blank ones), so every evaluation does full work. */
function denseSet(count: number, seed: number) {
  const images = new Uint8Array(count * 784);
  let state = seed;
  for (let k = 0; k < images.length; k++) {
    state = (state * 1103515245 + 12345) >>> 0;
    images[k] = 1 + (state >>> 24) % 255;
  }
  const labels = Uint8Array.from({ length: count }, (_, n) => n % 10);
  return { images: idx([count, 28, 28], images), labels: idx([count], labels) };
}

/** A model file as the lab exports it, with weights that make every input look alike. */
function modelFile(hiddenSize: number, testAccuracy: number, iterations: number) {
  return Buffer.from(JSON.stringify({
    inputSize: 784, hiddenSize, outputSize: 10,
    W1: new Array(784 * hiddenSize).fill(0.001), b1: new Array(hiddenSize).fill(0.1), W2: new Array(hiddenSize * 10).fill(0.01), b2: new Array(10).fill(0),
    method: 'backprop', iterations, testAccuracy, trainedAt: '2026-11-30T09:00:00.000Z',
  }));
}

test('models of 350 and 500 hidden units, trained or imported, survive a reload and the drawing lesson uses the last', async ({ page }) => {
  await openLesson(page, 'training', 'en', 'method=backprop&iters=1&hidden=350');
  await page.getByRole('button', { name: 'Start training' }).click();
  await expect(status(page)).toHaveText('Training complete', { timeout: 120_000 });
  await expect(page.getByTestId('model-notice')).toContainText('Kept in the model history: “784-350-10 · backprop · 1”');
  await page.getByLabel('Import a JSON model').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: modelFile(500, 1, 20) });
  await expect(rows(page)).toHaveCount(2);
  await page.reload();
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).filter({ hasText: 'in use' })).toContainText('784-500-10');
  await page.goto('./#/draw');
  await expect(page.getByTestId('model-summary')).toContainText('784-500-10');
});

test('Step then Stop does not replace a better model in use; the user can choose it, and the choice survives a reload', async ({ page }) => {
  await openLesson(page, 'training', 'en', 'method=backprop');
  await page.getByLabel('Import a JSON model').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: modelFile(50, 0.9316, 1500) });
  await expect(rows(page).filter({ hasText: 'in use' })).toContainText('1,500 iterations');
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(status(page)).toHaveText('Paused', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(status(page)).toHaveText('Stopped', { timeout: 30_000 });
  const notice = page.getByTestId('model-notice').first();
  await expect(notice).toContainText(/The drawing lesson keeps using “good” \(93\.16%\), which is more accurate/);
  await page.reload();
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).filter({ hasText: 'in use' })).toContainText('93.16%');
  await page.getByRole('button', { name: 'Use “784-50-10 · backprop · 1”' }).click();
  await expect(rows(page).filter({ hasText: 'in use' })).toContainText('1 iterations');
  await page.reload();
  await expect(rows(page).filter({ hasText: 'in use' })).toContainText('1 iterations');
});

test('a model kept in one tab appears in the other tab’s history without a reload', async ({ page, context }) => {
  await openLesson(page, 'training', 'en', 'method=backprop&iters=20');
  const other = await context.newPage();
  await other.goto('./#/training');
  await expect(other.getByText('No model kept yet', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Start training' }).click();
  await expect(status(page)).toHaveText('Training complete', { timeout: 120_000 });
  await expect(rows(other)).toHaveCount(1);
  await expect(rows(other).first()).toContainText('784-50-10 · backprop · 20');
  await other.getByLabel('Import a JSON model').setInputFiles({ name: 'second.json', mimeType: 'application/json', buffer: modelFile(3, 0.5, 7) });
  await expect(rows(page)).toHaveCount(2);
});

test('with storage full, the page says the model was not kept and offers it as a file', async ({ page }, testInfo) => {
  await openLesson(page, 'training', 'en', 'method=backprop&iters=1&hidden=500');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 100_000 });
  await page.getByRole('button', { name: 'Start training' }).click();
  await expect(status(page)).toHaveText('Training complete', { timeout: 120_000 });
  const alert = page.getByRole('alert').filter({ hasText: 'The model could not be kept' });
  await expect(alert).toContainText('this site’s storage is full');
  await expect(page.getByText('Kept in the model history')).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export as a file' }).click();
  const file = testInfo.outputPath('model.json');
  await (await downloading).saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8')).W1).toHaveLength(784 * 500);
  await page.reload();
  await expect(page.getByText('No model kept yet', { exact: false })).toBeVisible();
});

/** Loads the user's own four IDX files on the mini-batch lesson, where the picker is. */
async function useOwnData(page: Page, train: { images: Buffer; labels: Buffer }, testSet: { images: Buffer; labels: Buffer }) {
  await openLesson(page, 'minibatch', 'en');
  await page.getByLabel('Choose four IDX files').setInputFiles([
    { name: 'train-images-idx3-ubyte', mimeType: 'application/octet-stream', buffer: train.images },
    { name: 'train-labels-idx1-ubyte', mimeType: 'application/octet-stream', buffer: train.labels },
    { name: 't10k-images-idx3-ubyte', mimeType: 'application/octet-stream', buffer: testSet.images },
    { name: 't10k-labels-idx1-ubyte', mimeType: 'application/octet-stream', buffer: testSet.labels },
  ]);
  await expect(page.getByRole('button', { name: 'Back to the built-in MNIST' })).toBeVisible({ timeout: 60_000 });
}

test('Stop on a 4-rate race at hidden 500 over a dense 10,000-image test set keeps the model', async ({ page }) => {
  test.setTimeout(480_000);
  const train = denseSet(1000, 1);
  const testSet = denseSet(10_000, 2);
  await useOwnData(page, train, testSet);
  await page.evaluate(() => { location.hash = '#/training?method=backprop&hidden=500&iters=100000&race=0.01,0.03,0.1,0.3'; });
  await page.getByRole('button', { name: 'Start the race' }).click();
  await expect.poll(() => iteration(page), { timeout: 240_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(status(page)).toHaveText('Stopped', { timeout: 180_000 });
  await expect(page.getByTestId('model-notice').first()).toContainText('Kept in the model history: “784-500-10 · backprop');
  await expect(page.getByText('did not answer the stop')).toHaveCount(0);
});

test('a gradient check the worker cannot finish before a forced stop is cancelled, not left computing', async ({ page }) => {
  await openLesson(page, 'training', 'en', 'method=naive&hidden=500&batch=1000');
  await page.getByRole('button', { name: 'Start training' }).click();
  await expect(status(page)).toHaveText('Training', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Check the gradient' }).click();
  await expect(page.getByText('Computing…')).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByText('The gradient check was cancelled')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Computing…')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Check the gradient' })).toBeEnabled();
  await expect(page.getByRole('alert').filter({ hasText: 'did not answer the stop for 5 s' })).toBeVisible();
});

test('valid gzip that the browser’s own decoder refuses loads: several members, and zero padding at the end', async ({ page }) => {
  const train = denseSet(200, 3);
  const testSet = denseSet(50, 4);
  const members = (bytes: Buffer) => Buffer.concat([gzipSync(bytes.subarray(0, 100)), gzipSync(bytes.subarray(100))]);
  const padded = (bytes: Buffer) => Buffer.concat([gzipSync(bytes), Buffer.alloc(512)]);
  await useOwnData(page, { images: members(train.images), labels: padded(train.labels) }, { images: padded(testSet.images), labels: members(testSet.labels) });
  await expect(page.getByText(/200 training and 50 test images/)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('of two data sets dropped one after the other, the last one wins', async ({ page }) => {
  await openLesson(page, 'minibatch', 'en');
  await expect(page.getByText(/60,000 training and 10,000 test images/)).toBeVisible({ timeout: 60_000 });
  await page.evaluate(() => {
    const file = (name: string, dims: number[], fill: number) => {
      const size = dims.reduce((a, b) => a * b, 1);
      const bytes = new Uint8Array(4 + 4 * dims.length + size);
      const view = new DataView(bytes.buffer);
      view.setUint32(0, 0x0800 + dims.length);
      dims.forEach((d, k) => view.setUint32(4 + 4 * k, d));
      bytes.fill(fill, 4 + 4 * dims.length);
      return new File([bytes], name);
    };
    const set = (train: number, test: number) => [
      file('train-images-idx3-ubyte', [train, 28, 28], 9), file('train-labels-idx1-ubyte', [train], 1),
      file('t10k-images-idx3-ubyte', [test, 28, 28], 9), file('t10k-labels-idx1-ubyte', [test], 1),
    ];
    const zone = document.querySelector('.mnist-picker');
    for (const files of [set(40_000, 8_000), set(30, 6)]) {
      const data = new DataTransfer();
      files.forEach((f) => data.items.add(f));
      zone?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  });
  await expect(page.getByText(/: 30 training and 6 test images/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Reading the files…')).toHaveCount(0);
  await expect(page.getByText(/: 30 training and 6 test images/)).toBeVisible();
});

test('with the user’s own data, the lab’s captions count its images, not MNIST’s', async ({ page }) => {
  await useOwnData(page, denseSet(200, 5), denseSet(50, 6));
  await page.evaluate(() => { location.hash = '#/training?method=backprop&iters=1'; });
  const main = page.getByRole('main');
  await expect(main.getByText('Accuracy (fixed subsets: 200 training and 50 test images)')).toBeVisible();
  await main.getByText('Implementation details', { exact: true }).click();
  await expect(main.getByText(/fixed subsets \(200 training and 50 test images\) to draw the curve/)).toBeVisible();
  await page.getByRole('button', { name: 'Start training' }).click();
  await expect(status(page)).toHaveText('Training complete', { timeout: 120_000 });
  await expect(main.getByText('Accuracy on the full sets (200 training, 50 test images) at each epoch')).toBeVisible();
  await expect(main.getByText(/\(50 test images\)$/)).toBeVisible();
  await expect(main.getByText(/60,000|10,000 test/)).toHaveCount(0);
});

test('a reload mid-run asks first; once the user leaves, what the run had learnt is kept as Stop would', async ({ page }) => {
  await openLesson(page, 'training', 'en', 'method=backprop&iters=100000');
  await page.getByRole('button', { name: 'Start training' }).click();
  await expect.poll(() => iteration(page), { timeout: 60_000 }).toBeGreaterThan(0);
  const drafts = () => page.evaluate(() => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('nnlab');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const count = open.result.transaction('drafts').objectStore('drafts').count();
      count.onsuccess = () => { resolve(count.result); open.result.close(); };
    };
  }));
  await expect.poll(drafts, { timeout: 30_000 }).toBe(1);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  const notice = page.getByTestId('model-notice').first();
  await expect(notice).toContainText('The page was left while a run was training');
  await expect(notice).toContainText('Kept in the model history: “784-50-10 · backprop');
  await expect(rows(page)).toHaveCount(1);
  await page.reload();
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByText('The page was left while a run was training')).toHaveCount(0);
});
