import { readFile } from 'node:fs/promises';
import { drawWithMouse, ONE } from './drawing';
import { expect, openLesson, test } from './fixtures';
import type { Download, Page } from '@playwright/test';

test.describe.configure({ timeout: 240_000 });

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function saved(page: Page, button: string | RegExp): Promise<{ download: Download; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await waiting;
  return { download, bytes: await readFile(await download.path()) };
}

/** The texts of an SVG file as the browser parses it (null when it is not well-formed SVG). */
function svgTexts(page: Page, svg: string): Promise<string[] | null> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    if (doc.querySelector('parsererror') || doc.documentElement.localName !== 'svg') return null;
    return [...doc.querySelectorAll('text')].map((node) => node.textContent ?? '');
  }, svg);
}

test('the lab’s charts save as PNG and as SVG with their title, axes and legend, in English and Korean', async ({ page }) => {
  await openLesson(page, 'training', 'en', 'method=backprop&iters=20&eval=10&seed=7');
  await page.getByRole('main').getByRole('button', { name: 'Start training' }).click();
  await expect(page.locator('.training-status')).toHaveText('Training complete', { timeout: 200_000 });

  const png = await saved(page, 'Save “Batch loss” as PNG');
  expect(png.download.suggestedFilename()).toBe('batch-loss.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.bytes.length).toBeGreaterThan(5000);

  const svg = await saved(page, 'Save “Batch loss” as SVG');
  expect(svg.download.suggestedFilename()).toBe('batch-loss.svg');
  const texts = await svgTexts(page, svg.bytes.toString('utf8'));
  expect(texts).toEqual(expect.arrayContaining(['Batch loss', 'iteration', 'loss L', 'Loss (bucket mean)', 'Loss (smoothed)']));
  // The chart's own ticks come along.
  expect(texts).toContain('20');

  const accuracy = await saved(page, /Save “Accuracy .*” as SVG/);
  expect(accuracy.download.suggestedFilename()).toBe('accuracy.svg');

  await page.getByRole('button', { name: '한국어' }).click();
  const korean = await saved(page, '“배치 손실” SVG로 저장');
  expect(await svgTexts(page, korean.bytes.toString('utf8'))).toEqual(expect.arrayContaining(['배치 손실', '반복', '손실 L']));
  const koreanPng = await saved(page, '“배치 손실” PNG로 저장');
  expect([...koreanPng.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
});

test('a chart of the first lessons saves too, its exporting code loaded only on the click', async ({ page }) => {
  await openLesson(page, 'mse', 'en');
  const chunks: string[] = [];
  page.on('request', (request) => chunks.push(request.url()));
  const button = page.getByRole('main').getByRole('button', { name: /as SVG$/ }).first();
  await expect(button).toBeVisible();
  expect(chunks.some((url) => url.includes('later-chart-export'))).toBe(false);
  const waiting = page.waitForEvent('download');
  await button.click();
  const download = await waiting;
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  const texts = await svgTexts(page, (await readFile(await download.path())).toString('utf8'));
  expect(texts).toEqual(expect.arrayContaining(['class k']));
  expect(chunks.some((url) => url.includes('later-chart-export'))).toBe(true);
});

test('the drawing lesson’s probability bars save as SVG with their title and the ten digits', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('nnlab.trained-model', JSON.stringify({ state: { model: {
    inputSize: 784, hiddenSize: 4, outputSize: 10, W1: new Array(784 * 4).fill(0), b1: [1, 0, 2, 0], W2: new Array(40).fill(0), b2: [0, 0, 0, 2, 0, 0, 0, 0, 0, 1],
    method: 'backprop', iterations: 10, testAccuracy: 0.5, trainedAt: '2026-12-01T10:00:00.000Z',
  } }, version: 1 })));
  await openLesson(page, 'draw', 'en');
  await drawWithMouse(page, page.getByRole('img', { name: 'Digit drawing pad' }), ONE);
  await expect(page.getByTestId('predicted-digit')).toHaveText('3');
  const svg = await saved(page, 'Save “Probability per class” as SVG');
  expect(svg.download.suggestedFilename()).toBe('class-probabilities.svg');
  const texts = await svgTexts(page, svg.bytes.toString('utf8'));
  expect(texts).toEqual(expect.arrayContaining(['Probability per class', 'digit', '0', '9', '100%']));
});

test('a chart whose legend the library lays over its foot saves without that blank band above the redrawn legend', async ({ page }) => {
  await openLesson(page, 'numerical-diff', 'en');
  const onPage = await page.locator('.recharts-wrapper > svg').first().evaluate((svg) => svg.getBoundingClientRect().height);
  const svg = await saved(page, /Save “.*” as SVG/);
  const layout = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const drawing = doc.documentElement.querySelector(':scope > svg');
    const legend = doc.querySelector('text.legend-label');
    const axisName = [...(drawing?.querySelectorAll('text') ?? [])].find((node) => node.textContent?.trim() === 'h');
    const view = drawing?.getAttribute('viewBox')?.split(' ').map(Number) ?? [];
    return {
      top: Number(drawing?.getAttribute('y')), height: Number(drawing?.getAttribute('height')), legend: Number(legend?.getAttribute('y')),
      names: [...doc.querySelectorAll('text.legend-label')].map((n) => n.textContent),
      axisNameBottom: Number(axisName?.getAttribute('y') ?? axisName?.querySelector('tspan')?.getAttribute('y') ?? Number.NaN), viewBottom: view[1] + view[3],
    };
  }, svg.bytes.toString('utf8'));
  expect(layout.names).toEqual(expect.arrayContaining(['Forward difference', 'Central difference']));
  // The drawing keeps its axes but not the band its HTML legend covered; the legend follows close below.
  expect(layout.height).toBeLessThan(onPage - 30);
  expect(layout.height).toBeGreaterThan(onPage / 2);
  expect(layout.legend - (layout.top + layout.height)).toBeLessThan(40);
  // The x axis's name stays inside what is drawn.
  expect(layout.axisNameBottom).toBeLessThan(layout.viewBottom);
});
