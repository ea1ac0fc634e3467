import AxeBuilder from '@axe-core/playwright';
import { expect, openLesson, test } from './fixtures';

test("the notes' values: the printed loss and gradient beside the correct ones", async ({ page }) => {
  await openLesson(page, 'network-gradient', 'en');
  // Leave the notes' W first, so that the preset has something to restore.
  await page.getByRole('button', { name: 'Draw a new W' }).click();
  await expect(page.getByRole('textbox', { name: 'W (weights) row 1, column 1' })).not.toHaveValue('-0.32688493');
  await page.getByRole('button', { name: "Load the notes' values" }).click();
  await expect(page.getByRole('textbox', { name: 'W (weights) row 1, column 1' })).toHaveValue('-0.32688493');
  await expect(page.getByRole('textbox', { name: 'x (input) row 1, column 2' })).toHaveValue('0.9');
  await expect(page.getByRole('radio', { name: 'Class 2' })).toBeChecked();

  await expect(page.getByTestId('loss')).toHaveText('1.8451');
  await expect(page.getByTestId('predicted-class')).toHaveText('0');
  await expect(page.getByTestId('notes-printed-loss')).toHaveText('2.4266863149107696');
  await expect(page.getByTestId('notes-replayed-loss')).toHaveText(/^2\.42668631/);
  await expect(page.getByTestId('notes-correct-loss')).toHaveText(/^1\.8450951/);
  await expect(page.getByTestId('notes-printed-gradient')).toContainText('-0.20980036 -0.07461792  0.28441828');
  await expect(page.getByTestId('notes-badge-72')).toHaveText('In [72] ✓ matches the notes');
  await expect(page.getByTestId('notes-badge-74')).toHaveText('In [74] the notes’ bug → the right value');
  await expect(page.getByTestId('notes-badge-75')).toHaveText('In [75] the notes’ bug → the right value');
  const replayed = page.getByRole('table', { name: "The notes' computation, replayed", exact: true });
  await expect(replayed.getByRole('row').nth(1)).toContainText('−0.20980036');
  const correct = page.getByRole('table', { name: 'Correct', exact: true });
  await expect(correct.getByRole('row').nth(2)).toContainText('0.49509952');
  await expect(correct.getByRole('row').nth(2)).toContainText('−0.75779035');
  await expect(page.getByRole('complementary', { name: "Two reasons the notes' numbers differ" })).toContainText('≈ 1.8451');
});

test('the gradient check agrees and one step lowers the loss', async ({ page }) => {
  await openLesson(page, 'network-gradient', 'en');
  const maxDiff = Number(await page.getByTestId('max-difference').textContent());
  expect(maxDiff).toBeGreaterThan(0);
  expect(maxDiff).toBeLessThan(1e-6);

  await page.getByRole('button', { name: 'One gradient step' }).click();
  await expect(page.getByText('Steps so far: 1')).toBeVisible();
  const after = Number(await page.getByTestId('loss').textContent());
  expect(after).toBeLessThan(1.8451);
  await expect(page).toHaveURL(/[?&]w=/);

  await page.getByRole('button', { name: 'Run 50 steps' }).click();
  await expect(page.getByText('Steps so far: 51')).toBeVisible();
  await expect(page.getByTestId('loss-change')).toHaveText(/^Loss 1\.8451 → 0\.\d{4}$/);
  expect(Number(await page.getByTestId('loss').textContent())).toBeLessThan(after);
});

test('a W cell can be edited with the keyboard alone, and bad input keeps the last valid W', async ({ page }) => {
  await openLesson(page, 'network-gradient', 'ko');
  await expect(page.getByTestId('loss')).toHaveText('1.8451');
  const cell = page.getByRole('textbox', { name: 'W (가중치) 1행 3열' });
  await cell.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2');
  await expect(cell).toHaveValue('2');
  // A larger w13 raises the score of the true class 2, so the loss falls.
  await expect(page.getByTestId('loss')).not.toHaveText('1.8451');
  const edited = await page.getByTestId('loss').textContent();
  expect(Number(edited)).toBeLessThan(1.8451);
  await expect(page).toHaveURL(/w=-0\.32688493,0\.66694564,2,/);

  await page.keyboard.press('ArrowDown');
  const below = page.getByRole('textbox', { name: 'W (가중치) 2행 3열' });
  await expect(below).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('abc');
  await expect(page.getByRole('alert')).toContainText('W (가중치) 2행 3열: 숫자를 입력하세요.');
  await expect(below).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('loss')).toHaveText(edited ?? '');
  await page.keyboard.press('ControlOrMeta+a');
  // Pasted at once: typed key by key, the leading "1" would already be a valid weight.
  await page.keyboard.insertText('1e9');
  await expect(page.getByRole('alert')).toContainText('50 이하여야 합니다.');
  await expect(page.getByTestId('loss')).toHaveText(edited ?? '');
  await page.keyboard.press('Tab');
  await expect(below).toHaveValue('-0.53677751');
  await expect(page.getByRole('alert')).toHaveText('W (가중치) 2행 3열: “1e9” — 50 이하여야 합니다. 이 입력은 쓰지 않고 이전 값을 그대로 둡니다(-0.53677751).');
  await expect(below).toHaveAttribute('aria-invalid', 'false');
});

test('a link carries the state, and junk in it is reported and replaced by defaults', async ({ page }) => {
  await openLesson(page, 'network-gradient', 'en', 'w=1,0,0,0,1,0&x=1,1&t=0&lr=0.5&seed=nope');
  await expect(page.getByRole('radio', { name: 'Class 0' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Learning rate η' })).toHaveValue('0.5');
  // W came from the link, not from a seed: the seed field names none.
  await expect(page.getByRole('textbox', { name: 'Seed for W' })).toHaveValue('');
  await expect(page.getByText('reset to defaults: “Seed for W” (seed)')).toBeVisible();
  // scores (1, 1, 0): y = (e, e, 1)/(2e + 1), L = −log(e/(2e + 1)).
  await expect(page.getByTestId('loss')).toHaveText((-Math.log(Math.E / (2 * Math.E + 1))).toFixed(4));
  await expect(page.getByTestId('predicted-class')).toHaveText('0');
});

test('the seed field names a seed only while W is the one it draws, so typing 1 on the notes’ W draws seed 1’s W', async ({ page }) => {
  await openLesson(page, 'network-gradient', 'en');
  const seed = page.getByRole('textbox', { name: 'Seed for W' });
  const w11 = page.getByRole('textbox', { name: 'W (weights) row 1, column 1' });
  await expect(w11).toHaveValue('-0.32688493');
  await expect(seed).toHaveValue('');
  await expect(seed).toHaveAccessibleDescription(/W is the notes’ own, so no seed drew it/);
  await seed.fill('1');
  await expect(w11).not.toHaveValue('-0.32688493');
  await expect(seed).toHaveValue('1');
  const drawn = await w11.inputValue();
  await w11.fill('0.5');
  await expect(seed).toHaveValue('');
  await expect(seed).toHaveAccessibleDescription(/a cell was edited/);
  await seed.fill('1');
  await expect(w11).toHaveValue(drawn);
});

test('a seed draws the same W every time', async ({ page }) => {
  await openLesson(page, 'network-gradient', 'en');
  const seed = page.getByRole('textbox', { name: 'Seed for W' });
  await seed.fill('7');
  const w11 = page.getByRole('textbox', { name: 'W (weights) row 1, column 1' });
  const first = await w11.inputValue();
  await page.getByRole('button', { name: 'Draw a new W' }).click();
  await expect(seed).toHaveValue('8');
  await expect(w11).not.toHaveValue(first);
  await seed.fill('7');
  await expect(w11).toHaveValue(first);
});

test('a step that would throw W out of bounds is refused with a message', async ({ page }) => {
  await openLesson(page, 'network-gradient', 'en', 'x=10,10&t=1&lr=10');
  const before = await page.getByTestId('loss').textContent();
  await page.getByRole('button', { name: 'One gradient step' }).click();
  await expect(page.getByRole('alert')).toContainText('beyond ±50');
  await expect(page.getByTestId('loss')).toHaveText(before ?? '');
  await expect(page.getByText('Steps so far: 0')).toBeVisible();
});

test('the page passes an axe accessibility scan', async ({ page }) => {
  await openLesson(page, 'network-gradient', 'ko');
  await page.getByRole('button', { name: '한 단계 내려가기' }).click();
  await expect(page.getByText('지금까지 1단계')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('main').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(", ")}`)).toEqual([]);
});

for (const [name, width] of [['desktop', 1280], ['phone', 375]] as const) {
  test(`fits a ${name} screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openLesson(page, 'network-gradient', 'ko');
    await page.getByRole('button', { name: '50단계 실행' }).click();
    await expect(page.getByText('지금까지 50단계')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // A display formula wider than the screen scrolls inside its box, where the end of it goes unseen.
    const clipped = await page.locator('main .formula-display').evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
    expect(clipped).toEqual([]);
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/network-gradient-${name}.png`, fullPage: true });
  });
}

test("descending the notes' misread loss raises the wrong class and sinks the true one", async ({ page }) => {
  await openLesson(page, 'network-gradient', 'en');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: "Descending the notes' loss" })).toBeVisible();
  await expect(main.getByRole('table', { name: 'Correct ∂L/∂a = y − t' })).toContainText('−0.8420');
  await expect(main.getByRole('table', { name: "The notes' loss: ∂L/∂a = 3y − (2, 1, 0)" })).toContainText('0.4740');
  await main.getByRole('button', { name: "Descend 50 steps on the notes' loss" }).click();
  await expect(page.getByTestId('misread-summary')).toHaveText(
    "Step 50: the wrong class 0 went from y₀ = 0.5501 to 0.6515, the true class 2 from y₂ = 0.1580 to 0.0319. The notes' loss, the one being descended, fell from 2.4267 to 2.0070, while the correct loss −log y₂ grew from 1.8451 to 3.4459.",
  );
  // The loss chart draws both losses, so the falling one and the climbing one can be told apart.
  const misreadLoss = main.locator('.ng-misread figure').first();
  await expect(misreadLoss.locator('.recharts-legend-item-text')).toHaveText(['Correct loss −log y₂', "The notes' loss"]);
  await expect(misreadLoss.locator('.recharts-line')).toHaveCount(2);
  await main.getByRole('button', { name: "Start again from the notes' W" }).click();
  await expect(page.getByTestId('misread-summary')).toContainText('No steps yet');
});

test('with x = 0 the page says why gradient descent cannot move W', async ({ page }) => {
  await openLesson(page, 'network-gradient', 'en', 'x=0%2C0');
  const notice = page.getByTestId('zero-input');
  await expect(notice).toContainText('every entry of ∂L/∂W = xᵀ(y − t) is 0 too');
  await page.getByRole('button', { name: 'Run 50 steps' }).click();
  await expect(page.getByText('Steps so far: 50')).toBeVisible();
  await expect(page.getByTestId('loss-change')).toHaveText('Loss 1.0986 → 1.0986');
  const x1 = page.getByRole('textbox', { name: 'x (input) row 1, column 1' });
  await x1.fill('0.6');
  await x1.press('Tab');
  await expect(notice).toHaveCount(0);
});

test('on the −log δ plateau the page says why gradient descent cannot move W', async ({ page }) => {
  await openLesson(page, 'network-gradient', 'en', 'x=50%2C-50');
  await expect(page.getByTestId('loss')).toHaveText('16.1181');
  const notice = page.getByTestId('flat-loss');
  await expect(notice).toContainText('the loss sits flat at −log δ ≈ 16.1');
  await page.getByRole('button', { name: 'Run 50 steps' }).click();
  await expect(page.getByTestId('loss-change')).toHaveText('Loss 16.1181 → 16.1181');
  // Back on the notes' example the gradient is alive and the notice goes.
  await page.getByRole('button', { name: "Load the notes' values" }).click();
  await expect(page.getByTestId('loss')).toHaveText('1.8451');
  await expect(notice).toHaveCount(0);
});
