import { expect, openLesson, test } from './fixtures';
import type { Page } from '@playwright/test';

const NOTES_RUNS = [
  ['Notes: lr = 0.1', '[-6.11110793e-10  8.14814391e-10]', '34'],
  ['Notes: lr = 10', '[-2.58983747e+13 -1.29524862e+12]', '35'],
  ['Notes: lr = 1e-10', '[-2.99999994  3.99999992]', '36'],
] as const;

const result = (page: Page) => page.getByRole('status', { name: 'Final result' });

async function expectResult(page: Page, printed: string) {
  await expect(result(page)).toHaveText(`result = ${printed}`);
  // toHaveText collapses spaces; NumPy's double space for alignment must survive as well.
  expect(await result(page).textContent()).toBe(`result = ${printed}`);
}

for (const [button, printed, cell] of NOTES_RUNS) {
  test(`preset "${button}" prints the notes' result`, async ({ page }) => {
    await openLesson(page, 'gradient-descent', 'en', 'lr=0.5&x0=1');
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByRole('button', { name: button })).toHaveAttribute('aria-pressed', 'true');
    await expectResult(page, printed);
    await expect(page.getByText('The notes print:')).toContainText('a match.');
    await expect(page.getByTestId(`notes-badge-${cell}`)).toHaveText(`In [${cell}] ✓ matches the notes`);
  });
}

test('the lr = 10 run explains the freeze live: step 9 and 10, (x + h) − x before and after', async ({ page }) => {
  await openLesson(page, 'gradient-descent', 'en');
  await page.getByRole('button', { name: 'Load the lr = 10 experiment' }).click();
  const panel = page.getByTestId('freeze-panel');
  await expect(panel).toContainText('x₀: at step 10, x₀ = -25898374737328.363. One step earlier (x₀ + h) − x₀ was 0.0001220703125; now it is 0.');
  await expect(panel).toContainText('x₁: at step 9, x₁ = -1295248616896.5398');
  await expect(panel).toContainText('From step 10 on, the gradient is 0 in both coordinates');
  await expect(page.getByText(/The path leaves the plot at step 1\./)).toBeVisible();
});

test('a shared link reopens the same demo, and the address follows every change', async ({ page, context }) => {
  await openLesson(page, 'gradient-descent', 'en', 'fn=elongated&x0=-4.5&x1=3&lr=0.9&steps=100');
  await expect(page.getByRole('button', { name: 'Zig-zag (elongated bowl)' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('combobox', { name: 'Function' })).toHaveValue('elongated');
  await expectResult(page, '[-3.60870803e-04  6.11110793e-10]');

  await page.getByRole('textbox', { name: 'Number of steps, typed' }).fill('20');
  await page.getByRole('textbox', { name: 'Learning rate, typed' }).fill('0.5');
  await expect(page).toHaveURL(/lr=0\.5/);
  const printed = await result(page).textContent();
  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(shared.getByRole('textbox', { name: 'Number of steps, typed' })).toHaveValue('20');
  await expect(shared.getByRole('status', { name: 'Final result' })).toHaveText(printed ?? '');
});

test('compare mode draws one path per learning rate and one curve each', async ({ page }) => {
  await openLesson(page, 'gradient-descent', 'en', 'cmp=1&rates=0.01,0.1,0.9,1.1');
  const paths = page.getByTestId('descent-path');
  await expect(paths).toHaveCount(4);
  await page.getByRole('textbox', { name: 'Learning rate to add' }).fill('0.5');
  await page.getByRole('button', { name: 'Add learning rate' }).click();
  await expect(paths).toHaveCount(5);
  await expect(page).toHaveURL(/rates=0\.01,0\.1,0\.5,0\.9,1\.1/);
  await expect(page.locator('.recharts-legend-item', { hasText: 'lr = 0.5' })).toBeVisible();
  await page.getByRole('button', { name: 'Add learning rate' }).click();
  await expect(page.getByRole('alert')).toHaveText('Learning rate 0.5 is already there.');
  await page.getByRole('button', { name: 'Remove learning rate 1.1' }).click();
  await expect(paths).toHaveCount(4);
  await expect(page.getByRole('row', { name: /^0\.01 / })).toBeVisible();
});

test('an absurd link falls back to the defaults and says so', async ({ page }) => {
  await openLesson(page, 'gradient-descent', 'en', 'lr=1e999&steps=-4&fn=%3Cscript%3E&x0=abc&rates=0,0,0&cmp=maybe');
  // Each by the name its control shows, with the link's own key beside it.
  await expect(page.getByText('Some settings in the link were invalid and were reset to defaults: “Function” (fn), “Start x₀” (x0), “Learning rate lr” (lr), “Number of steps step_num” (steps), “Compare learning rates” (cmp), “Learning rates compared” (rates)')).toBeVisible();
  await expectResult(page, '[-6.11110793e-10  8.14814391e-10]');
});

test('the start point moves with the keyboard and with the mouse', async ({ page }) => {
  await openLesson(page, 'gradient-descent', 'en');
  const handle = page.getByRole('slider', { name: /Start point/ });
  await handle.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(handle).toHaveAttribute('aria-valuetext', 'x₀ = -2.9, x₁ = 3');
  await expect(page).toHaveURL(/x0=-2\.9&x1=3/);

  const box = await handle.boundingBox();
  if (!box) throw new Error('no handle');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  await expect(page).not.toHaveURL(/x0=-2\.9&x1=3/);
  await expect(page.getByRole('textbox', { name: 'Start x₀' })).not.toHaveValue('-2.9');
});

test('play, step and reset walk the path', async ({ page }) => {
  await openLesson(page, 'gradient-descent', 'en');
  const bar = page.getByRole('group', { name: 'Path playback' });
  await expect(bar.getByRole('status')).toHaveText('step 100 / 100');
  await bar.getByRole('button', { name: 'Back to start' }).click();
  await expect(bar.getByRole('status')).toHaveText('step 0 / 100');
  await bar.getByRole('button', { name: 'One step' }).click();
  await expect(bar.getByRole('status')).toHaveText('step 1 / 100');
  await expect(page.getByText('Step 1: x = [-2.4  3.2]')).toBeVisible();
  await bar.getByRole('button', { name: 'Play' }).click();
  await expect(bar.getByRole('status')).toHaveText('step 100 / 100');
});

test('fits a 375 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openLesson(page, 'gradient-descent', 'en', 'lr=10');
  await expect(result(page)).toContainText('-2.58983747e+13');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('an old link that set both pages keeps its descent here and offers the rest on the new page', async ({ page }) => {
  await openLesson(page, 'gradient-descent', 'en', 'lr=10&hexp=-8');
  await expect(page).toHaveURL(/#\/gradient-descent\?lr=10&hexp=-8$/);
  await expect(result(page)).toContainText('-2.58983747e+13');
  await expect(page.getByRole('status').filter({ hasText: 'This link also carries numerical-differentiation settings (hexp).' })).toBeVisible();
  await page.getByRole('link', { name: 'Open “Numerical differentiation” with those settings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Numerical differentiation');
  await expect(page.getByRole('slider', { name: 'Step h' })).toHaveAttribute('aria-valuetext', 'h = 1e-8');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 375, height: 740 } });
  test('a finger drags the start point', async ({ page }) => {
    await openLesson(page, 'gradient-descent', 'en');
    const handle = page.getByRole('slider', { name: /Start point/ });
    await handle.scrollIntoViewIfNeeded();
    const box = await handle.boundingBox();
    if (!box) throw new Error('no handle');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', px: number, py: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: px, y: py }] });
    await touch('touchStart', x, y);
    for (let i = 1; i <= 5; i++) await touch('touchMove', x + 8 * i, y + 8 * i);
    await touch('touchEnd', x + 40, y + 40);
    await expect(page).toHaveURL(/x0=/);
    await expect(page.getByRole('textbox', { name: 'Start x₀' })).not.toHaveValue('-3');
  });
});

test('a learning rate of 1 on the bowl says the path oscillates; 0.9 overshoots and settles; 0.1 says nothing', async ({ page }) => {
  await openLesson(page, 'gradient-descent', 'en', 'lr=1');
  const main = page.getByRole('main');
  const notice = main.getByTestId('overshoot');
  await expect(notice).toContainText('Oscillation: from step 1 the path jumps back and forth across the minimum');
  await expect(notice).toContainText('1 − 2·lr = -1');
  await main.getByRole('textbox', { name: 'Learning rate, typed' }).fill('0.9');
  await expect(notice).toContainText('Overshoot: at step 1 the path jumped past the minimum');
  await expect(notice).toContainText('distance × 0.8 per step');
  await main.getByRole('textbox', { name: 'Learning rate, typed' }).fill('0.1');
  await expect(notice).toHaveCount(0);
  await openLesson(page, 'gradient-descent', 'en', 'cmp=1&rates=0.1,1,1.1');
  await expect(main.getByRole('row', { name: /^1 / })).toContainText('oscillates, never settles');
  await expect(main.getByRole('row', { name: /^1\.1 / })).toContainText('flies off (×1.2/step)');
});

test('a tiny learning rate says the path barely moved and why; a good one says nothing', async ({ page }) => {
  await openLesson(page, 'gradient-descent', 'ko', 'lr=0.0001');
  const main = page.getByRole('main');
  const slow = main.getByTestId('slow');
  await expect(slow).toContainText('느림: 100걸음 뒤에도 최솟값까지 처음 거리의 98%가 남아 있습니다.');
  await expect(slow).toContainText('1 − 2·lr = 0.9998입니다');
  await main.getByRole('textbox', { name: '학습률 직접 입력' }).fill('1e-10');
  await expect(slow).toContainText('처음 거리의 100%가 남아 있습니다');
  await expect(slow).toContainText('1 − 2·lr = 0.9999999998입니다');
  await main.getByRole('textbox', { name: '학습률 직접 입력' }).fill('0.1');
  await expect(slow).toHaveCount(0);
  await expect(main.getByTestId('overshoot')).toHaveCount(0);
  // One step of the notes' rate leaves 80 % of the way: a short run, not a slow rate.
  await main.getByRole('textbox', { name: '반복 횟수 직접 입력' }).fill('1');
  await expect(page.getByRole('status', { name: '최종 결과' })).toHaveText('result = [-2.4  3.2]');
  await expect(slow).toHaveCount(0);
});

test('η = 0.5 from (−3, 4): "show me" brings the plot into view, and the notice says it arrives in one step', async ({ page }) => {
  await openLesson(page, 'gradient-descent', 'en');
  const check = page.locator('form.check').filter({ hasText: 'one step with learning rate η = 0.5 lands where?' });
  await check.getByRole('radio', { name: '(0, 0) — the minimum in one step' }).check();
  await check.getByRole('button', { name: 'Answer' }).click();
  await check.getByRole('button', { name: 'Show me: run 10 steps with η = 0.5' }).click();
  await expect(page).toHaveURL(/lr=0\.5&steps=10/);
  const view = page.locator('#gd-view');
  await expect(view).toBeFocused();
  await expect(view).toBeInViewport();
  const notice = page.getByTestId('overshoot');
  await expect(notice).toContainText('Arrived in one step: step 1 covers exactly the distance that was left');
  await expect(notice).not.toContainText('Overshoot');
  await expect(notice).not.toContainText('crossings');
});

test('the compare table keeps its verdicts and remove buttons inside its box, on a projector and on a phone', async ({ page }) => {
  for (const width of [1920, 1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await openLesson(page, 'gradient-descent', 'en', 'cmp=1&rates=1e-10,0.1,10');
    const table = page.getByRole('table', { name: /Learning rates being compared/ });
    await expect(table.getByRole('row', { name: /^10 / })).toContainText('stuck from step 10 (x + h = x)');
    const overflow = await table.evaluate((t) => {
      const box = (t.parentElement as HTMLElement).getBoundingClientRect();
      const parts = [...t.querySelectorAll('.gd-verdict, button')].map((el) => el.getBoundingClientRect().right);
      return { table: t.getBoundingClientRect().right - box.right, parts: Math.max(...parts) - box.right };
    });
    expect(overflow.table, `${width} px`).toBeLessThanOrEqual(0.5);
    expect(overflow.parts, `${width} px`).toBeLessThanOrEqual(0.5);
    await table.getByRole('button', { name: 'Remove learning rate 10' }).scrollIntoViewIfNeeded();
    await expect(table.getByRole('button', { name: 'Remove learning rate 10' })).toBeInViewport();
  }
});

test('compare mode opens on four rates with four different curves; one click loads the notes’ three runs, table and legend in one order', async ({ page }) => {
  await openLesson(page, 'gradient-descent', 'en', 'cmp=1');
  const legend = page.locator('.recharts-legend-item');
  await expect(legend).toHaveText(['lr = 0.01', 'lr = 0.1', 'lr = 0.95', 'lr = 1.1']);
  const table = page.getByRole('table', { name: /Learning rates being compared/ });
  await expect(table.getByRole('row', { name: /^0\.01 / })).toContainText('slow: 13.3% of the start distance still to go');
  await expect(table.getByRole('row', { name: /^0\.1 / })).toContainText('reaches the minimum');
  await expect(table.getByRole('row', { name: /^0\.95 / })).toContainText('overshoots, then settles (×0.9/step)');

  await page.getByRole('button', { name: 'The notes’ three runs side by side (compare)' }).click();
  await expect(page.getByRole('button', { name: 'The notes’ three runs side by side (compare)' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/cmp=1&rates=1e-10,0\.1,10/);
  await expect(page.getByTestId('descent-path')).toHaveCount(3);
  await expect(legend).toHaveText(['lr = 1e-10', 'lr = 0.1', 'lr = 10']);
  await expect(table.locator('tbody th')).toHaveText(['1e-10', '0.1', '10']);
  await expect(table.getByRole('row', { name: /^1e-10 / })).toContainText('[-2.99999994  3.99999992]');
  await expect(table.getByRole('row', { name: /^0\.1 / })).toContainText('[-6.11110793e-10  8.14814391e-10]');
  await expect(table.getByRole('row', { name: /^10 / })).toContainText('[-2.58983747e+13 -1.29524862e+12]');
});

test('the contour plot names its axes x₀ and x₁ and its tick labels are large enough to read', async ({ page }) => {
  await openLesson(page, 'gradient-descent', 'en');
  const plot = page.getByRole('group', { name: 'Gradient-descent paths on a contour plot' });
  await expect(plot.locator('text', { hasText: 'x₀' })).toHaveCount(1);
  await expect(plot.locator('text', { hasText: 'x₁' })).toHaveCount(1);
  const height = await plot.locator('.gd-tick').first().evaluate((el) => el.getBoundingClientRect().height);
  expect(height).toBeGreaterThanOrEqual(14);
});

test('on a projector in presenter mode the f chart’s tick labels fit inside the chart', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLesson(page, 'gradient-descent', 'ko', 'present=1&step=2');
  const chart = page.locator('.gd-chart .recharts-wrapper > svg.recharts-surface');
  await chart.scrollIntoViewIfNeeded();
  const frame = await chart.boundingBox();
  // The y axis is the log one: its labels are powers of ten (1e-16 … 1e2).
  const ticks = page.locator('.gd-chart .recharts-cartesian-axis-tick-value').filter({ hasText: /^1e/ });
  await expect(ticks.first()).toBeVisible();
  expect(await ticks.count()).toBeGreaterThan(1);
  for (const tick of await ticks.all()) {
    const box = await tick.boundingBox();
    expect(box && frame && box.x >= frame.x - 0.5, `${await tick.textContent()} starts inside the chart`).toBe(true);
  }
});
