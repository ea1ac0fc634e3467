import { expect, openLesson, test } from './fixtures';

test('h on its log slider down to 1e-50 shows the float collapse', async ({ page }) => {
  await openLesson(page, 'numerical-diff', 'ko');
  const slider = page.getByRole('slider', { name: '간격 h' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', 'h = 1e-50');
  await expect(page.getByText('x + h와 x − h가 모두 x로 반올림되었습니다.')).toBeVisible();
  await expect(page).toHaveURL(/hexp=-50/);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('x + h and x − h both rounded to x. Both estimates are exactly 0.')).toBeVisible();
});

test('when only x + h rounds back to x, the page says the central difference is not 0 but untrustworthy', async ({ page }) => {
  await openLesson(page, 'numerical-diff', 'en', 'x=1&hexp=-16');
  // Just below 1 float64 values lie twice as close as just above it, so x − h still moves.
  await expect(page.getByRole('row', { name: /Forward difference/ }).getByRole('cell').first()).toHaveText('0');
  await expect(page.getByRole('row', { name: /Central difference/ }).getByRole('cell').first()).toHaveText('0.5551115123125783');
  const status = page.locator('#nd-derivative p[role="status"]');
  await expect(status).toContainText('(x + h) − x = 0 and x − (x − h) = 1.1102230246251565e-16');
  await expect(status).toContainText('the forward difference is exactly 0');
  await expect(status).not.toContainText('Both estimates are exactly 0');
});

test('at x = 0 nothing rounds: an off-chart h is exact, and the sweep says why its left side stays low', async ({ page }) => {
  await openLesson(page, 'numerical-diff', 'ko', 'x=0&hexp=-20');
  await expect(page.getByRole('row', { name: /중심 차분/ }).getByRole('cell').first()).toHaveText('1');
  await expect(page.locator('#nd-derivative p[role="status"]')).not.toContainText('반올림');
  await expect(page.getByText('지금 고른 h(1e-20)는 그래프 범위(1e-16까지) 밖입니다.', { exact: true })).toBeVisible();
  await expect(page.getByText(/x = 0에서는 x ± h가 반올림 없이/)).toBeVisible();
  await expect(page.getByText('이 함수와 x에서는 h = 1e-8일 때 중심 차분 오차가 처음으로 정확히 0이 됩니다.')).toBeVisible();
  await page.getByRole('slider', { name: '접점 x' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/x = 0에서는 x ± h가 반올림 없이/)).toHaveCount(0);
  await expect(page.getByText(/이렇게 작은 h에서는 x \+ h와 x − h가 모두 x로 반올림되어/)).toBeVisible();
});

test('the first sweep a student sees has its best h between the extremes, not at the largest h', async ({ page }) => {
  await openLesson(page, 'numerical-diff', 'en');
  await expect(page.getByRole('combobox', { name: 'Function' })).toHaveValue('sin');
  await expect(page.getByText('For this function and x, the central difference error is smallest at h = 1e-5')).toBeVisible();
  await page.getByRole('combobox', { name: 'Function' }).selectOption('square');
  await expect(page.getByText('For this function and x, the central difference error is smallest at h = 1e-1')).toBeVisible();
});

test('the point of tangency moves with the keyboard and the tangent slope follows', async ({ page }) => {
  await openLesson(page, 'numerical-diff', 'en', 'curve=quad&x=5');
  await expect(page.getByRole('row', { name: /Central difference/ })).toContainText('0.1999999999990898');
  const point = page.getByRole('slider', { name: 'Point of tangency x' });
  await point.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('PageUp');
  await expect(point).toHaveAttribute('aria-valuetext', 'x = 10');
  await expect(page).toHaveURL(/x=10/);
  await expect(page.getByRole('row', { name: /Exact derivative/ })).toContainText('0.30000000000000004');
  await expect(page.getByRole('row', { name: /Central difference/ })).toContainText('0.2999999999986347');
});

test('an old lesson-4 link with differentiation settings opens this page with them, as it showed them then', async ({ page }) => {
  await openLesson(page, 'gradient-descent', 'en', 'hexp=-8');
  await expect(page).toHaveURL(/#\/numerical-diff\?curve=quad&x=5&hexp=-8$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Numerical differentiation');
  await expect(page.getByRole('slider', { name: 'Step h' })).toHaveAttribute('aria-valuetext', 'h = 1e-8');
  await expect(page.getByRole('combobox', { name: 'Function' })).toHaveValue('quad');
  await expect(page.getByRole('slider', { name: 'Point of tangency x' })).toHaveAttribute('aria-valuetext', 'x = 5');

  // Pasted into the address bar of an open tab, with presenter mode on.
  await page.evaluate(() => { location.hash = '#/gradient-descent?curve=square&x=2&present=1'; });
  await expect(page).toHaveURL(/#\/numerical-diff\?curve=square&x=2&hexp=-4&present=1$/);
  await expect(page.locator('html')).toHaveClass(/presenter/);
  await expect(page.getByRole('combobox', { name: 'Function' })).toHaveValue('square');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Numerical differentiation');
});

test('a plain old lesson-4 link opens gradient descent, now lesson 5', async ({ page }) => {
  await openLesson(page, 'gradient-descent', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('경사 하강법');
  await expect(page.locator('.lesson-kicker')).toHaveText('5단원');
  await expect(page.getByRole('link', { name: /이전: 수치 미분/ })).toBeVisible();
});

test('fits a 375 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openLesson(page, 'numerical-diff', 'en');
  await expect(page.getByRole('slider', { name: 'Step h' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
