// npm run bench (drawing part): lesson 7's default drawing model trained in the real training worker
// of the production build in Debian's Chromium — wall time from the click to the kept model, its MNIST
// and augmented test accuracy — then how many drawings of the stroke sets (tests/strokes) are read
// correctly: with the drawing model, and with the plain quick model through today's input and
// through the page's previous input (canvas pixels), to separate what the input and the model each do.
// The sets include styles and hands the pipeline was not tuned on, and the named ones with a stray tap.
// Usage: tsx scripts/bench-drawing.ts
import type { Page } from '@playwright/test';
import { forwardDigit, type NetParams } from '../src/lib/digits/forward';
import { toBytes } from '../src/lib/digits/gray-image';
import { rasteriseStrokes } from '../src/lib/digits/rasterise';
import { dropTaps, type StrokePoint } from '../src/lib/digits/strokes';
import { type Drawing, heldOutSet, strokeSet } from '../tests/strokes/stroke-set';
import { strangerSet } from '../tests/strokes/strangers';
import { previousInput } from './bench/previous-pipeline';
import { benchInBrowser, say } from './bench/serve-build';

/** The pad's smallest enlarged extent (2 % of its 280 px), as in src/lessons/draw/digit-input.ts. */
const MIN_EXTENT = 5.6;

interface KeptModel extends NetParams {
  createdAt: string;
}

/** Clicks a training button of lesson 7 and waits until the model it trains is kept; returns it and the wall time. */
async function train(page: Page, button: RegExp): Promise<{ model: KeptModel; ms: number }> {
  const before = await newestModel(page).catch(() => null);
  const started = Date.now();
  await page.getByRole('button', { name: button }).click();
  const progress = page.getByRole('progressbar', { name: 'Training progress' });
  await progress.waitFor({ timeout: 120_000 });
  await progress.waitFor({ state: 'detached', timeout: 900_000 });
  for (;;) {
    const model = await newestModel(page).catch(() => null);
    if (model && model.createdAt !== before?.createdAt) return { model, ms: Date.now() - started };
    await page.waitForTimeout(50);
  }
}

/** The newest model of the history, read from IndexedDB. */
function newestModel(page: Page): Promise<KeptModel> {
  return page.evaluate(() => new Promise<KeptModel>((resolve, reject) => {
    const open = indexedDB.open('nnlab');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('models').objectStore('models').getAll();
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const records = (request.result as (KeptModel & { W1: Float64Array; b1: Float64Array; W2: Float64Array; b2: Float64Array })[]).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        const m = records[0];
        if (!m) {
          reject(new Error('no model kept'));
          return;
        }
        resolve({ inputSize: m.inputSize, hiddenSize: m.hiddenSize, outputSize: m.outputSize, createdAt: m.createdAt, W1: Array.from(m.W1), b1: Array.from(m.b1), W2: Array.from(m.W2), b2: Array.from(m.b2) });
      };
    };
  }));
}

function readCorrectly(model: NetParams, drawings: readonly Drawing[], input: (strokes: StrokePoint[][]) => Uint8Array | null): number {
  let correct = 0;
  for (const drawing of drawings) {
    const bytes = input(drawing.strokes);
    if (!bytes) continue;
    const p = forwardDigit(model, Array.from(bytes, (v) => v / 255)).probabilities;
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
    if (best === drawing.digit) correct++;
  }
  return correct / drawings.length;
}

/** As the page does it (src/lessons/draw/digit-input.ts): dots beside a drawing left out, then the strokes rasterised. */
const current = (strokes: StrokePoint[][]) => {
  const raster = rasteriseStrokes(dropTaps(strokes, MIN_EXTENT).strokes, { minExtent: MIN_EXTENT });
  return raster ? toBytes(raster.final) : null;
};

benchInBrowser(async (browser, url) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript(() => localStorage.setItem('nnlab.language', JSON.stringify({ state: { lang: 'en' }, version: 1 })));
  // Load MNIST first (on the lab page, which shows when it is ready), so the timing is training only.
  await page.goto(`${url}#/training`);
  await page.locator('.mnist-ready').waitFor({ timeout: 120_000 });
  await page.evaluate(() => { window.location.hash = '#/draw'; });
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const { model: drawing, ms: drawingMs } = await train(page, /^Train a drawing model/);
  const mnist = await page.getByTestId('model-mnist-accuracy').innerText();
  const augmented = await page.getByTestId('model-augmented-accuracy').innerText();
  const summary = await page.getByTestId('model-summary').innerText();
  say(`Drawing model in the browser worker (${cores} logical cores): ${summary}`);
  say(`  click → model kept      ${(drawingMs / 1000).toFixed(1)} s (target ≤ 30 s)`);
  say(`  MNIST test accuracy     ${mnist} (target ≥ 97 %)`);
  say(`  augmented test accuracy ${augmented}`);
  const { model: plain, ms: plainMs } = await train(page, /^To compare: quickly, without augmentation/);
  say(`Plain quick model (2,000 iterations, no augmentation): ${(plainMs / 1000).toFixed(1)} s`);
  say();
  // A click to focus the pad, left as a dot in its top-left corner: no part of the digit.
  const tapped = strokeSet().map((d) => ({ ...d, strokes: [...d.strokes, [{ x: 12, y: 12, pressure: 0.5 }]] }));
  const sets: [string, Drawing[]][] = [
    ['named hands (560)', strokeSet()],
    ['random hands, held out (1,000)', heldOutSet(1000, 5)],
    ['stranger styles and hands (120)', strangerSet()],
    ['named hands, a stray tap beside each (560)', tapped],
  ];
  say('Stroke sets read correctly                     drawing model   plain model   plain model, previous input');
  for (const [name, drawings] of sets) {
    const cells = [readCorrectly(drawing, drawings, current), readCorrectly(plain, drawings, current), readCorrectly(plain, drawings, previousInput)];
    say(`  ${name.padEnd(44)} ${cells.map((c) => `${(100 * c).toFixed(1)} %`.padStart(12)).join('  ')}`);
  }
});
