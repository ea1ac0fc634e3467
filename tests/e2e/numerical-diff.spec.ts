import { expect, openLesson, test } from './fixtures';

test('h on its log slider down to 1e-50 shows the float collapse', async ({ page }) => {
  await openLesson(page, 'numerical-diff', 'ko');
  const slider = page.getByRole('slider', { name: '간격 h' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', 'h = 1e-50');
  await expect(page.getByText('x + h가 x로 반올림되었습니다.')).toBeVisible();
  await expect(page).toHaveURL(/hexp=-50/);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('x + h rounded to x. Both estimates are exactly 0.')).toBeVisible();
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
