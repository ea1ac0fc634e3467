import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openLesson, test } from './fixtures';
import { drawWithMouse, ONE } from './drawing';

// A quick training run in the worker takes real seconds on a shared machine; waits are for states.
test.describe.configure({ timeout: 240_000 });

const pad = (page: Page) => page.getByRole('img', { name: 'Digit drawing pad' });
const announcement = (page: Page) => page.getByTestId('prediction-announcement');
const prompt = (page: Page) => page.getByRole('region', { name: 'Prediction' }).getByText('Draw a digit', { exact: true });

const ZERO = Array.from({ length: 44 }, (_, i) => {
  const a = (i / 40) * 2 * Math.PI;
  return [0.5 + 0.2 * Math.sin(a), 0.5 - 0.32 * Math.cos(a)] as const;
});

// Zigzags packed closer than the brush is wide: a blot of ink, nothing like an MNIST digit.
const SCRIBBLE = Array.from({ length: 17 }, (_, i) => [i % 2 === 0 ? 0.15 : 0.85, 0.15 + (0.7 * i) / 16] as const);

test('an empty pad asks for a digit, and without a model nothing is predicted', async ({ page }) => {
  await openLesson(page, 'draw', 'en');
  await expect(prompt(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo last stroke' })).toBeDisabled();
  await drawWithMouse(page, pad(page), ONE);
  await expect(page.getByText('There is no trained network yet, so nothing is predicted.')).toBeVisible();
  await expect(page.getByTestId('predicted-digit')).toHaveCount(0);
  await expect(announcement(page)).toHaveText('No trained network, so nothing is predicted.');
  await expect(page.getByRole('img', { name: /28×28 input: centre of mass/ })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Show hidden-layer activations' }).check();
  await expect(page.getByText('The hidden-layer values appear here once there is a drawing and a trained network.')).toBeVisible();
  // Keyboard: Backspace on the focused pad undoes the only stroke.
  await pad(page).focus();
  await page.keyboard.press('Backspace');
  await expect(announcement(page)).toHaveText('The pad is empty. Draw a digit.');
  await expect(page.getByRole('button', { name: 'Undo last stroke' })).toBeDisabled();
});

test('without a network, the answer beside the pad offers to train one and shows how far it has got', async ({ page }) => {
  await openLesson(page, 'draw', 'en');
  await drawWithMouse(page, pad(page), ONE);
  const answer = page.getByRole('region', { name: 'Prediction' });
  await expect(answer.getByText(/^Train a drawing network here\. It takes less than a minute/)).toBeVisible();
  await answer.getByRole('button', { name: 'Train a drawing network' }).click();
  await expect(answer.getByText(/^Training: [\d,]+ \/ 4,000 iterations$|^Loading the MNIST data…$/)).toBeVisible();
  await expect(answer.getByRole('button', { name: 'Train a drawing network' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.getByRole('progressbar', { name: 'Training progress' })).toHaveCount(0);
});

test('after a quick training, a drawn 1 and 0 are classified as 1 and 0, and clear empties the prediction', async ({ page }) => {
  await openLesson(page, 'draw', 'en');
  await page.getByRole('button', { name: /^To compare: quickly, without augmentation/ }).click();
  await expect(page.getByRole('progressbar', { name: 'Training progress' })).toBeVisible();
  const summary = page.getByTestId('model-summary');
  await expect(summary).toHaveText('784-50-10 network · backpropagation · 2,000 iterations · augmentation off', { timeout: 200_000 });
  await expect(page.getByTestId('model-mnist-accuracy')).toHaveText(/^9\d\.\d%$/);
  await expect(page.getByTestId('model-augmented-accuracy')).toHaveText(/^\d+\.\d%$/);

  await drawWithMouse(page, pad(page), ONE);
  await expect(page.getByTestId('predicted-digit')).toHaveText('1');
  await expect(announcement(page)).toHaveText(/^Prediction: 1, probability \d+\.\d%\./);
  await expect(page.getByRole('img', { name: /^Probability of each class: 0: / })).toBeVisible();

  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page.getByTestId('predicted-digit')).toHaveCount(0);
  await expect(prompt(page)).toBeVisible();
  await expect(announcement(page)).toHaveText('The pad is empty. Draw a digit.');

  await drawWithMouse(page, pad(page), ZERO);
  await expect(page.getByTestId('predicted-digit')).toHaveText('0');
  await expect(announcement(page)).toHaveText(/^Prediction: 0, /);

  // A scribble over the whole pad: whatever softmax says, the page must not present it as a sure answer.
  await page.getByRole('button', { name: 'Clear all' }).click();
  await drawWithMouse(page, pad(page), SCRIBBLE);
  await expect(announcement(page)).toHaveText(/^Prediction: \d, probability \d+\.\d%\. Low confidence\.$/);
  await expect(page.getByTestId('predicted-digit')).toHaveClass(/is-unsure/);

  await page.getByRole('checkbox', { name: 'Show hidden-layer activations' }).check();
  await expect(page.getByRole('img', { name: /of 50 hidden units are on/ })).toBeVisible();
  await expect(page).toHaveURL(/hidden=1/);
});

test('touch pointers draw on the pad without scrolling the page', async ({ page }) => {
  await openLesson(page, 'draw', 'en');
  const target = pad(page);
  await target.scrollIntoViewIfNeeded();
  expect(await target.evaluate((el) => getComputedStyle(el).touchAction)).toBe('none');
  const box = await target.boundingBox();
  if (!box) throw new Error('the pad is not visible');
  const scrollBefore = await page.evaluate(() => window.scrollY);
  const points = [0.2, 0.35, 0.5, 0.65, 0.8].map((f) => ({ clientX: box.x + box.width / 2, clientY: box.y + f * box.height }));
  const touch = { pointerType: 'touch', pointerId: 11, isPrimary: true, button: 0, buttons: 1 };
  await target.dispatchEvent('pointerdown', { ...touch, ...points[0] });
  for (const p of points.slice(1)) await target.dispatchEvent('pointermove', { ...touch, ...p });
  await target.dispatchEvent('pointerup', { ...touch, ...points[points.length - 1], buttons: 0 });
  await expect(page.getByRole('img', { name: /^Fitted into 20 × 20: / })).toBeVisible();
  await expect(announcement(page)).toHaveText('No trained network, so nothing is predicted.');
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
});

test('a test digit from a link is drawn on the pad, and clearing it drops it from the link', async ({ page }) => {
  await openLesson(page, 'draw', 'en', 'digit=0');
  await expect(page.getByTestId('test-digit-caption')).toHaveText('On the pad: test image 0, label 7', { timeout: 60_000 });
  await expect(page.getByRole('img', { name: 'Original MNIST image 0, label 7' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^28×28 input: centre of mass/ })).toBeVisible();
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page).not.toHaveURL(/digit=/);
  await page.getByRole('button', { name: 'Load a random test digit' }).click();
  await expect(page.getByTestId('test-digit-caption')).toHaveText(/^On the pad: test image \d+, label \d$/);
  await expect(page).toHaveURL(/digit=\d+/);
});

test('a link with junk falls back and says so', async ({ page }) => {
  await openLesson(page, 'draw', 'en', 'digit=abc&hidden=2');
  await expect(page.getByText('Some settings in the link were invalid and were reset to defaults: “Test image number (0–9999)” (digit), “Show hidden-layer activations” (hidden)')).toBeVisible();
  await expect(prompt(page)).toBeVisible();
});

test('the page fits a 375 px phone screen and the pad still draws', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openLesson(page, 'draw', 'ko');
  await drawWithMouse(page, page.getByRole('img', { name: '숫자 그리기 판' }), ZERO);
  await expect(page.getByTestId('prediction-announcement')).toHaveText('학습된 신경망이 없어 예측하지 않습니다.');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

/**
 * Stores a network as an earlier visit would have left it. Its weights ignore the image: every input
 * gets the softmax of b2, so the page's numbers can be checked exactly.
 */
async function storeModel(page: Page, b2: number[]) {
  const model = {
    inputSize: 784, hiddenSize: 4, outputSize: 10,
    W1: new Array(784 * 4).fill(0), b1: [1, 0, 2, 0], W2: new Array(40).fill(0), b2,
    method: 'incremental', iterations: 1000, testAccuracy: 0.9123, trainedAt: '2026-11-28T10:00:00.000Z',
  };
  await page.addInitScript((value) => localStorage.setItem('nnlab.trained-model', value), JSON.stringify({ state: { model }, version: 1 }));
}

test('a saved network is named, and its answer is shown large, as bars and as text', async ({ page }) => {
  await storeModel(page, [0, 0, 0, Math.log(8), 0, 0, 0, 0, 0, Math.log(3)]);
  await openLesson(page, 'draw', 'en');
  await expect(page.getByTestId('model-summary')).toHaveText('784-4-10 network · numerical gradient (incremental) · 1,000 iterations · augmentation off');
  await expect(page.getByTestId('model-mnist-accuracy')).toHaveText('91.2%');
  await expect(page.getByTestId('model-augmented-accuracy')).toHaveText('not measured');
  await drawWithMouse(page, pad(page), ONE);
  // softmax(b2): 8/19 for class 3, 3/19 for class 9, 1/19 for the others.
  await expect(page.getByTestId('predicted-digit')).toHaveText('3');
  await expect(page.getByText('probability 42.1%', { exact: true })).toBeVisible();
  await expect(page.getByText('The runner-up is 9 (15.8%).')).toBeVisible();
  await expect(page.getByText(/^Low confidence: even the highest probability is only 42\.1%/)).toBeVisible();
  await expect(announcement(page)).toHaveText('Prediction: 3, probability 42.1%. Low confidence.');
  await expect(page.getByRole('img', { name: /^Probability of each class: 0: 5\.3%, 1: 5\.3%, 2: 5\.3%, 3: 42\.1%/ })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Show hidden-layer activations' }).check();
  await expect(page.getByRole('img', { name: '2 of 4 hidden units are on (value > 0). The strongest is unit 2 (2).' })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('main').analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('while a stroke is drawn the answer and its 28×28 input follow the pen; warnings and the steps below wait for it to lift', async ({ page }) => {
  await storeModel(page, [0, 0, 0, Math.log(8), 0, 0, 0, 0, 0, Math.log(3)]);
  await openLesson(page, 'draw', 'en');
  await pad(page).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const box = await pad(page).boundingBox();
  if (!box) throw new Error('the pad is not visible');
  await page.mouse.move(box.x + 0.52 * box.width, box.y + 0.14 * box.height);
  await page.mouse.down();
  await page.mouse.move(box.x + 0.5 * box.width, box.y + 0.6 * box.height, { steps: 6 });
  await expect(page.getByTestId('predicted-digit')).toHaveText('3');
  await expect(page.getByText('probability 42.1%', { exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: 'The 28×28 input the network sees now' })).toBeVisible();
  await expect(page.getByText(/^Low confidence/)).toBeHidden();
  await expect(page.getByText(/^The pad is empty\. Draw a digit and the 28×28 input/)).toBeVisible();
  await page.mouse.up();
  await expect(page.getByText(/^Low confidence: even the highest probability is only 42\.1%/)).toBeVisible();
  await expect(page.getByRole('img', { name: /^28×28 input: centre of mass/ })).toBeVisible();
  await expect(page.getByText(/^The pad is empty\. Draw a digit and the 28×28 input/)).toHaveCount(0);
});

test('the gallery of classic confusions loads MNIST when asked and shows three test images per pair', async ({ page }) => {
  await storeModel(page, [0, 0, 0, Math.log(8), 0, 0, 0, 0, 0, Math.log(3)]);
  await openLesson(page, 'draw', 'en');
  await page.getByText('Classic confusions (MNIST test images)').click();
  await page.getByRole('button', { name: 'Load MNIST and show' }).click();
  const pairs = page.getByRole('region', { name: /^A \d nearly read as \d$/ });
  await expect(pairs).toHaveCount(8);
  const sevenAsOne = page.getByRole('region', { name: 'A 7 nearly read as 1' });
  await expect(sevenAsOne.getByRole('img', { name: /^MNIST test image \d+, label 7$/ })).toHaveCount(3);
  // This network answers 3 whatever it is shown: every 7 is misread as 3, and the 3s are read correctly.
  await expect(sevenAsOne.getByText('misread as 3')).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'A 3 nearly read as 5' }).getByText('read correctly')).toHaveCount(3);
});
