import type { Page } from '@playwright/test';
import { expect, openLesson, test } from './fixtures';
import { idxFiles } from './idx-files';

const pad = (page: Page) => page.getByRole('img', { name: 'Digit drawing pad' });
const announcement = (page: Page) => page.getByTestId('prediction-announcement');
const undo = (page: Page) => page.getByRole('button', { name: 'Undo last stroke' });
const clear = (page: Page) => page.getByRole('button', { name: 'Clear all' });

/** The pad's ink: the sum of its canvas alpha channel. */
const inkOnPad = (page: Page) => pad(page).evaluate((canvas) => {
  const c = canvas as HTMLCanvasElement;
  const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
  let sum = 0;
  for (let i = 3; i < data.length; i += 4) sum += data[i];
  return sum;
});

/** A point on the pad in page coordinates, with the pad in view (a click elsewhere may have scrolled it away). */
async function padPoint(page: Page, fx: number, fy: number) {
  await pad(page).scrollIntoViewIfNeeded();
  const box = await pad(page).boundingBox();
  if (!box) throw new Error('the pad is not visible');
  return { x: box.x + fx * box.width, y: box.y + fy * box.height };
}

test('Backspace pressed while the mouse is still drawing takes the stroke away, and the pad stays consistent', async ({ page }) => {
  await openLesson(page, 'draw', 'en');
  await pad(page).scrollIntoViewIfNeeded();
  await pad(page).focus();
  const start = await padPoint(page, 0.5, 0.2);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const middle = await padPoint(page, 0.5, 0.5);
  await page.mouse.move(middle.x, middle.y, { steps: 4 });
  await page.keyboard.press('Backspace');
  // The hand keeps moving and lets go: none of it is ink any more.
  const end = await padPoint(page, 0.5, 0.8);
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
  await expect(announcement(page)).toHaveText('The pad is empty. Draw a digit.');
  await expect(undo(page)).toBeDisabled();
  await expect(clear(page)).toBeDisabled();
  expect(await inkOnPad(page)).toBe(0);

  // A new stroke draws, and can be undone.
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 6 });
  await page.mouse.up();
  await expect(undo(page)).toBeEnabled();
  expect(await inkOnPad(page)).toBeGreaterThan(0);
  await pad(page).focus();
  await page.keyboard.press('Delete');
  await expect(clear(page)).toBeDisabled();
  expect(await inkOnPad(page)).toBe(0);
});

test('a pointer whose pointerup never comes does not lock the pad', async ({ page }) => {
  await openLesson(page, 'draw', 'en');
  await pad(page).scrollIntoViewIfNeeded();
  let a = await padPoint(page, 0.3, 0.3);
  let b = await padPoint(page, 0.4, 0.6);
  const pen = { pointerType: 'pen', pointerId: 41, isPrimary: true, button: 0, buttons: 1 };
  await pad(page).dispatchEvent('pointerdown', { ...pen, clientX: a.x, clientY: a.y });
  await pad(page).dispatchEvent('pointermove', { ...pen, clientX: b.x, clientY: b.y });
  // The pen's pointerup is lost. The mouse must still draw.
  let c = await padPoint(page, 0.7, 0.2);
  let d = await padPoint(page, 0.7, 0.8);
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  await page.mouse.move(d.x, d.y, { steps: 6 });
  await page.mouse.up();
  // Both strokes are there: one undo leaves the pen's, a second empties the pad.
  await undo(page).click();
  await expect(undo(page)).toBeEnabled();
  await undo(page).click();
  await expect(undo(page)).toBeDisabled();

  // Capture lost mid-stroke (the browser took the pointer away): the stroke ends there.
  a = await padPoint(page, 0.3, 0.3);
  b = await padPoint(page, 0.4, 0.6);
  c = await padPoint(page, 0.7, 0.2);
  d = await padPoint(page, 0.7, 0.8);
  const touch = { pointerType: 'touch', pointerId: 52, isPrimary: true, button: 0, buttons: 1 };
  await pad(page).dispatchEvent('pointerdown', { ...touch, clientX: a.x, clientY: a.y });
  await pad(page).dispatchEvent('pointermove', { ...touch, clientX: b.x, clientY: b.y });
  await pad(page).dispatchEvent('lostpointercapture', { ...touch });
  const inkAfterLoss = await inkOnPad(page);
  await pad(page).dispatchEvent('pointermove', { ...touch, clientX: d.x, clientY: d.y });
  expect(await inkOnPad(page)).toBe(inkAfterLoss);
  // And a cancelled pointer ends its stroke too.
  const other = { ...touch, pointerId: 53 };
  await pad(page).dispatchEvent('pointerdown', { ...other, clientX: c.x, clientY: c.y });
  await pad(page).dispatchEvent('pointercancel', { ...other });
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(d.x, d.y, { steps: 6 });
  await page.mouse.up();
  await undo(page).click();
  await undo(page).click();
  await undo(page).click();
  await expect(undo(page)).toBeDisabled();
});

/** A valid IDX pair of `count` grey 28 × 28 images with labels 0, 1, 2, … */
test('a link to test image 9999 with a 6-image test set says the image does not exist', async ({ page }) => {
  await openLesson(page, 'minibatch', 'en');
  await page.locator('input[type="file"]').setInputFiles([...idxFiles('train', 12, 90), ...idxFiles('t10k', 6, 90)]);
  await expect(page.getByText('train-images-idx3-ubyte: 12 training and 6 test images')).toBeVisible();
  await page.evaluate(() => { window.location.hash = '#/draw?digit=9999'; });
  await expect(page.getByText('There is no test image 9999: the test set in use has 6 images, numbered 0 to 5.')).toBeVisible();
  await expect(page.getByTestId('test-digit-caption')).toHaveCount(0);
  // An image that does exist still comes from the link.
  await page.evaluate(() => { window.location.hash = '#/draw?digit=5'; });
  await expect(page.getByTestId('test-digit-caption')).toHaveText('On the pad: test image 5, label 5');
  await expect(page.getByText(/There is no test image/)).toHaveCount(0);
});
