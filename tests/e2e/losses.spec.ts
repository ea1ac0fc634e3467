import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openLesson, test } from './fixtures';

const mseValue = (page: Page) => page.getByRole('status', { name: 'MSE', exact: true });
const ceeValue = (page: Page) => page.getByRole('status', { name: 'CEE', exact: true });

/** Fails the test if anything from the URL manages to open a dialog. */
function forbidDialogs(page: Page) {
  page.on('dialog', (d) => { throw new Error(`unexpected dialog: ${d.message()}`); });
}

test.describe('MSE lesson', () => {
  test("the notes' example gives 0.0195, and every digit on request", async ({ page }) => {
    await openLesson(page, 'mse', 'en', 'y=0,0,0,0,0,0,0,0,0,1&t=5');
    await expect(mseValue(page)).toHaveText('0.2');
    await page.getByRole('button', { name: "Load the notes' example" }).click();
    await expect(mseValue(page)).toHaveText('0.0195');
    await page.getByRole('checkbox', { name: 'Show every digit' }).check();
    await expect(mseValue(page)).toHaveText('0.019500000000000007');
    await expect(page).toHaveURL(/full=1/);
    await expect(page.getByText('mean_squared_error(y, x)', { exact: false })).toBeVisible();
  });

  test('a slider moves with the arrow keys and the mean follows', async ({ page }) => {
    await openLesson(page, 'mse', 'en');
    await expect(mseValue(page)).toHaveText('0.0195');
    await page.getByRole('slider', { name: 'Prediction ŷ2 for class 2' }).press('ArrowLeft');
    await expect(page.getByRole('textbox', { name: 'Prediction ŷ2 for class 2' })).toHaveValue('0.59');
    // (0.59 − 1)² = 0.1681 replaces 0.16 in the sum 0.195.
    await expect(mseValue(page)).toHaveText('0.02031');
  });

  test('bad numbers get a message and keep the last valid value', async ({ page }) => {
    await openLesson(page, 'mse', 'ko');
    const field = page.getByRole('textbox', { name: '클래스 0의 예측값 ŷ0' });
    await field.fill('-1');
    await expect(page.getByRole('alert')).toHaveText('0 이상이어야 합니다.');
    await field.fill('abc');
    await expect(page.getByRole('alert')).toHaveText('숫자를 입력하세요.');
    await field.fill('');
    await expect(page.getByRole('alert')).toHaveText('숫자를 입력하세요.');
    // Written as a number, just too large for float64: it is out of range, not unreadable.
    await field.fill('1e400');
    await expect(page.getByRole('alert')).toHaveText('1 이하여야 합니다.');
    await expect(mseValue(page)).toHaveText('0.0195');
    // Leaving the field puts back the value in use, and says so rather than dropping the typing quietly.
    await field.blur();
    await expect(field).toHaveValue('0.1');
    await expect(page.getByRole('alert')).toHaveText('“1e400” — 1 이하여야 합니다. 이 입력은 쓰지 않고 이전 값을 그대로 둡니다(0.1).');
    await expect(field).toHaveAttribute('aria-invalid', 'false');
    await field.fill('0.2');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('past the 0.2 bound of a distribution, the page says the predictions no longer sum to 1', async ({ page }) => {
    await openLesson(page, 'mse', 'ko', 'y=0,0,0,1,0,0,0,0,0,0');
    await expect(mseValue(page)).toHaveText('0.2');
    await expect(page.getByRole('status', { name: '예측값의 합 Σ ŷₖ' })).toHaveText('1');
    await expect(page.getByText(/MSE가 0.2를 넘었습니다/)).toHaveCount(0);
    await page.getByRole('textbox', { name: '클래스 0의 예측값 ŷ0' }).fill('1');
    await expect(mseValue(page)).toHaveText('0.3');
    await expect(page.getByRole('status', { name: '예측값의 합 Σ ŷₖ' })).toHaveText('2');
    await expect(page.getByText('MSE가 0.2를 넘었습니다. 예측값의 합(Σ ŷₖ = 2)이 1이 아니어서 ŷ가 확률분포가 아니기 때문입니다.', { exact: false })).toBeVisible();
  });

  test('a shared link reopens the same state, and a malicious one falls back to defaults', async ({ page }) => {
    forbidDialogs(page);
    await openLesson(page, 'mse', 'en', 'y=0.2,0.2,0.2,0.2,0.2,0,0,0,0,0&t=4');
    await expect(page.getByRole('radio', { name: 'True class 4' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Prediction ŷ4 for class 4' })).toHaveValue('0.2');
    await expect(mseValue(page)).toHaveText('0.08');
    await page.reload();
    await expect(mseValue(page)).toHaveText('0.08');

    await page.goto('./#/mse?y=<script>alert(1)</script>&t=99&full=yes');
    await expect(page.getByText('Some settings in the link were invalid and were reset to defaults: “Prediction ŷₖ” (y), “True class (one-hot y)” (t), “Show every digit” (full)')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'True class 2' })).toBeChecked();
    await expect(mseValue(page)).toHaveText('0.0195');
    await expect(page.locator('main script')).toHaveCount(0);
  });
});

test.describe('CEE lesson', () => {
  test("the notes' example gives 0.510825457099338", async ({ page }) => {
    await openLesson(page, 'cee', 'en', 't=3&delta=0');
    await expect(ceeValue(page)).toHaveText('∞');
    await page.getByRole('button', { name: "Load the notes' example" }).click();
    await expect(ceeValue(page)).toHaveText('0.510825457099338');
    await expect(page.getByRole('checkbox', { name: 'Add δ = 10⁻⁷' })).toBeChecked();
  });

  test('moving a probability with the keyboard renormalises the rest and changes the loss', async ({ page }) => {
    await openLesson(page, 'cee', 'en');
    await page.getByRole('slider', { name: 'Probability ŷ2 of class 2' }).press('ArrowRight');
    await expect(page.getByRole('textbox', { name: 'Probability ŷ2 of class 2' })).toHaveValue('0.61');
    // The other 0.4 shrinks to 0.39 in proportion: 0.05 → 0.04875, rounded to 0.0488.
    await expect(page.getByRole('textbox', { name: 'Probability ŷ1 of class 1' })).toHaveValue('0.0488');
    await expect(page.getByRole('status', { name: 'Sum of probabilities Σ ŷₖ' })).toHaveText('1');
    // What NumPy prints for -np.log(0.61 + 1e-7).
    await expect(ceeValue(page)).toHaveText('0.49429615788036746');
    await expect(page).toHaveURL(/y=0\.0974,0\.0488,0\.61/);
  });

  test('with δ off and ŷ_true = 0 the loss is shown as ∞, not NaN', async ({ page }) => {
    await openLesson(page, 'cee', 'en');
    await page.getByRole('radio', { name: 'True class 3' }).check();
    await expect(ceeValue(page)).toHaveText('16.11809565095832');
    await page.getByRole('checkbox', { name: 'Add δ = 10⁻⁷' }).uncheck();
    await expect(ceeValue(page)).toHaveText('∞');
    await expect(page.getByText('so the loss really is infinite')).toBeVisible();
    expect(await page.getByRole('main').innerText()).not.toContain('NaN');
    await expect(page).toHaveURL(/t=3/);
    await expect(page).toHaveURL(/delta=0/);
  });

  test('a loss a hair below 0 (ŷ_true = 1 with δ) says why', async ({ page }) => {
    await openLesson(page, 'cee', 'en', 'y=0,0,1,0,0,0,0,0,0,0');
    await expect(ceeValue(page)).toHaveText(/^−9\.99999950\d*e-8$/);
    const note = page.getByRole('status').filter({ hasText: 'The loss is a hair below 0' });
    await expect(note).toContainText('without δ the loss is exactly 0');
    await page.getByRole('checkbox', { name: 'Add δ = 10⁻⁷' }).uncheck();
    await expect(ceeValue(page)).toHaveText('0');
    await expect(note).toHaveCount(0);
  });

  test('a probability above 1 is refused with a message', async ({ page }) => {
    await openLesson(page, 'cee', 'en');
    await page.getByRole('textbox', { name: 'Probability ŷ2 of class 2' }).fill('1.5');
    await expect(page.getByRole('alert')).toHaveText('Must be at most 1.');
    await expect(ceeValue(page)).toHaveText('0.510825457099338');
  });

  test('MSE and CEE side by side: a certain mistake costs MSE 0.2 but CEE 16.1', async ({ page }) => {
    await openLesson(page, 'cee', 'en');
    await page.getByRole('button', { name: 'Load: Certain and wrong' }).click();
    await expect(ceeValue(page)).toHaveText('16.11809565095832');
    const current = page.getByRole('row', { name: /current prediction/ });
    await expect(current.getByRole('cell').nth(1)).toHaveText('0.2');
    await expect(current.getByRole('cell').nth(2)).toHaveText('16.1181');
  });

  test('a shared link reopens the same state, and malicious ones fall back to defaults', async ({ page, context }) => {
    forbidDialogs(page);
    await openLesson(page, 'cee', 'en');
    await page.getByRole('radio', { name: 'True class 7' }).check();
    await page.getByRole('textbox', { name: 'Probability ŷ7 of class 7' }).fill('0.3');
    await page.getByRole('checkbox', { name: 'Add δ = 10⁻⁷' }).uncheck();
    const shown = await ceeValue(page).textContent();
    const url = page.url();

    const other = await context.newPage();
    await other.goto(url);
    await expect(other.getByRole('radio', { name: 'True class 7' })).toBeChecked();
    await expect(other.getByRole('textbox', { name: 'Probability ŷ7 of class 7' })).toHaveValue('0.3');
    await expect(other.getByRole('checkbox', { name: 'Add δ = 10⁻⁷' })).not.toBeChecked();
    await expect(ceeValue(other)).toHaveText(shown ?? '');
    await other.close();

    await page.goto('./#/cee?y=<img src=x onerror=alert(1)>&t=2&delta=1');
    await expect(page.getByText('reset to defaults: “Probability ŷₖ” (y)')).toBeVisible();
    await expect(ceeValue(page)).toHaveText('0.510825457099338');
    await expect(page.locator('main img')).toHaveCount(0);

    // Valid numbers that do not sum to 1 are not a distribution.
    await page.goto('./#/cee?y=1,1,1,1,1,1,1,1,1,1');
    await expect(page.getByText('reset to defaults: “Probability ŷₖ” (y)')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Probability ŷ2 of class 2' })).toHaveValue('0.6');
  });

  test('the Korean page names its controls in Korean', async ({ page }) => {
    await openLesson(page, 'cee', 'ko');
    await expect(page.getByRole('slider', { name: '클래스 2의 확률 ŷ2' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'δ = 10⁻⁷ 더하기' })).toBeChecked();
    await expect(page.getByRole('radio', { name: '정답 클래스 2' })).toBeChecked();
  });
});

for (const slug of ['mse', 'cee']) {
  test(`the ${slug} lesson has no automatically detectable accessibility problems`, async ({ page }) => {
    await openLesson(page, slug, 'en', slug === 'cee' ? 't=3&delta=0' : '');
    await expect(page.getByRole('slider').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).include('main').analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });

  test(`the ${slug} lesson fits a 375 px phone screen`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openLesson(page, slug, 'en');
    await expect(page.getByRole('slider').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
