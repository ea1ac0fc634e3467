import type { CDPSession, Page } from '@playwright/test';
import type { StrokePoint } from '../../src/lib/digits/strokes';
import { type Drawing, heldOutSet, HANDS, strokeSet } from '../strokes/stroke-set';
import { STRANGER_HANDS, strangerSet } from '../strokes/strangers';
import { PAD } from '../strokes/writer';
import { expect, openLesson, test } from './fixtures';

// Training the drawing model takes real time on a shared machine; every wait is for a state.
test.describe.configure({ timeout: 1_200_000 });

const pad = (page: Page) => page.getByRole('img', { name: 'Digit drawing pad' });
const announcement = (page: Page) => page.getByTestId('prediction-announcement');

type Device = 'mouse' | 'touch' | 'pen';

/** Drawings of all ten digits: every smooth style, by hands taken in turn, and coarse sketches by random hands. */
function testDrawings(): Drawing[] {
  const hands = Object.keys(HANDS);
  const named = strokeSet().filter((_, k) => k % hands.length === (Math.floor(k / hands.length) * 5) % hands.length);
  const random = heldOutSet(40, 11);
  return [...named, ...random];
}

/** Every style of strangers.ts once, by its hands taken in turn (a flick, a finger, the pad's edges, a corner). */
function strangerDrawings(): Drawing[] {
  const hands = Object.keys(STRANGER_HANDS).length;
  return strangerSet().filter((_, k) => k % hands === Math.floor(k / hands) % hands);
}

async function trainDrawingModel(page: Page) {
  await page.getByRole('button', { name: /^Train a drawing model/ }).click();
  await expect(page.getByTestId('model-summary')).toHaveText(/· augmentation on$/, { timeout: 1_200_000 });
  await expect(page.getByTestId('model-mnist-accuracy')).toHaveText(/^9\d\.\d%$/);
}

/** Draws strokes given in pad pixels with real input events of a device, through the DevTools protocol. */
async function draw(page: Page, cdp: CDPSession, strokes: readonly (readonly StrokePoint[])[], device: Device) {
  // Clicking Clear may have scrolled the page: events outside the viewport would miss the pad.
  await pad(page).scrollIntoViewIfNeeded();
  const box = await pad(page).boundingBox();
  if (!box) throw new Error('the pad is not visible');
  const at = (p: StrokePoint) => ({ x: box.x + (p.x / PAD) * box.width, y: box.y + (p.y / PAD) * box.height });
  for (const stroke of strokes) {
    if (device === 'touch') {
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p?: StrokePoint) =>
        cdp.send('Input.dispatchTouchEvent', { type, touchPoints: p ? [{ ...at(p), id: 1 }] : [] });
      await touch('touchStart', stroke[0]);
      for (const p of stroke.slice(1)) await touch('touchMove', p);
      await touch('touchEnd');
    } else {
      const pointer = device === 'pen' ? { pointerType: 'pen' as const } : {};
      const mouse = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', p: StrokePoint) =>
        cdp.send('Input.dispatchMouseEvent', { type, ...at(p), button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: 1, force: p.pressure, ...pointer });
      await mouse('mousePressed', stroke[0]);
      for (const p of stroke.slice(1)) await mouse('mouseMoved', p);
      await mouse('mouseReleased', stroke[stroke.length - 1]);
    }
  }
}

async function readAll(page: Page, drawings: readonly Drawing[], device: (d: Drawing) => Device) {
  const cdp = await page.context().newCDPSession(page);
  await pad(page).scrollIntoViewIfNeeded();
  const misread: string[] = [];
  for (const drawing of drawings) {
    // An empty pad has nothing to clear, and says so by a disabled button.
    const clear = page.getByRole('button', { name: 'Clear all' });
    if (await clear.isEnabled()) await clear.click();
    await expect(announcement(page)).toHaveText('The pad is empty. Draw a digit.');
    await draw(page, cdp, drawing.strokes, device(drawing));
    await expect(announcement(page)).toHaveText(/^Prediction: \d, /);
    const read = Number((await announcement(page).innerText()).match(/^Prediction: (\d)/)?.[1]);
    if (read !== drawing.digit) misread.push(`${drawing.digit} (${drawing.style}, ${drawing.hand}, ${device(drawing)}) read as ${read}`);
  }
  return misread;
}

test.describe('drawn digits', () => {
  test.use({ hasTouch: true });

  test('the drawing model reads at least 90 % of the stroke set, drawn with mouse, finger and pen, and 85 % of the stranger styles', async ({ page }, testInfo) => {
    await openLesson(page, 'draw', 'en');
    await trainDrawingModel(page);
    const drawings = testDrawings();
    // Light and heavy hands hold a pen (their pressure counts); the others take turns with mouse and finger.
    const device = (d: Drawing): Device => (d.strokes[0][0].pressure !== 0.5 ? 'pen' : drawings.indexOf(d) % 2 === 0 ? 'mouse' : 'touch');
    const misread = await readAll(page, drawings, device);
    const accuracy = 1 - misread.length / drawings.length;
    await testInfo.attach('stroke-set', { body: `${(accuracy * 100).toFixed(1)} % of ${drawings.length} read correctly\n${misread.join('\n')}`, contentType: 'text/plain' });
    process.stdout.write(`stroke set in the browser: ${(accuracy * 100).toFixed(1)} % of ${drawings.length} read correctly\n${misread.join('\n')}\n`);
    expect(new Set(drawings.map((d) => d.digit)).size).toBe(10);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);

    // Styles and habits the stroke set lacks, drawn by mouse and finger in turn. Some are rare in
    // MNIST (a 1 with a long flag or a foot), so the bar is lower, but most must still be read.
    const strangers = strangerDrawings();
    const strangerMisread = await readAll(page, strangers, (d) => (strangers.indexOf(d) % 2 === 0 ? 'mouse' : 'touch'));
    const strangerAccuracy = 1 - strangerMisread.length / strangers.length;
    process.stdout.write(`stranger styles in the browser: ${(strangerAccuracy * 100).toFixed(1)} % of ${strangers.length} read correctly\n${strangerMisread.join('\n')}\n`);
    expect(new Set(strangers.map((d) => d.digit)).size).toBe(10);
    expect(strangerAccuracy).toBeGreaterThanOrEqual(0.85);

    // The same model picks the MNIST test images it comes closest to confusing.
    await page.getByText('Classic confusions (MNIST test images)').click();
    // Training loaded MNIST already, so the gallery needs no download of its own.
    const pairs = page.getByRole('region', { name: /^A \d nearly read as \d$/ });
    await expect(pairs).toHaveCount(8);
    const fourAsNine = page.getByRole('region', { name: 'A 4 nearly read as 9' });
    await expect(fourAsNine.getByRole('img', { name: /^MNIST test image \d+, label 4$/ })).toHaveCount(3);
    await expect(fourAsNine.getByText(/^Test image \d+ · label 4 · model: \d \(\d+\.\d%\) · probability of 9 \d+\.\d%$/)).toHaveCount(3);
    // A 97 % model misreads some of the thousand 4s, 9s, 2s, 7s, 1s, 3s and 5s it is shown.
    await expect(pairs.getByText(/^misread as \d$/).first()).toBeVisible();
  });
});
