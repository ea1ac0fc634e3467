import { expect, openLesson, test } from './fixtures';

// Small settings live in localStorage; when it is full (filled before the app loads) the page says so once.

test('with localStorage full before the app loads, the page says once that settings are not being kept', async ({ page }) => {
  await page.addInitScript(() => {
    if (localStorage.getItem('filler.0') !== null) return;
    localStorage.setItem('nnlab.language', JSON.stringify({ state: { lang: 'en' }, version: 1 }));
    let size = 1 << 20;
    for (let k = 0; size >= 1; k++) {
      try {
        localStorage.setItem(`filler.${k}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
  await page.goto('./#/intro');
  const notice = page.getByTestId('settings-storage-notice');
  await expect(notice).toHaveCount(1);
  await expect(notice).toHaveRole('alert');
  await expect(notice).toContainText('This site’s space for settings (localStorage) is full');
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(notice).toContainText('설정을 저장하는 공간(localStorage)이 가득 찼습니다');
  await notice.getByRole('button', { name: '닫기' }).click();
  await expect(notice).toHaveCount(0);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('settings-storage-notice')).toHaveCount(1);
});

test('with room in localStorage, no notice', async ({ page }) => {
  await openLesson(page, 'intro', 'en');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.getByTestId('settings-storage-notice')).toHaveCount(0);
});
