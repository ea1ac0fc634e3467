import { expect, openLesson, test } from './fixtures';
import { readQrCodes } from './qr';

const SHARE = { en: 'Share', ko: '공유' } as const;
const TITLE = { en: 'Share this page', ko: '이 페이지 공유' } as const;

for (const lang of ['en', 'ko'] as const) {
  for (const width of [375, 1280]) {
    test(`the share control (${lang}, ${width} px) shows a QR code that decodes to the page's current link`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.setViewportSize({ width, height: width < 800 ? 740 : 900 });
      await openLesson(page, 'gradient-descent', lang, 'cmp=1&rates=0.01,0.1,0.9');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.getByRole('button', { name: SHARE[lang] }).click();
      const dialog = page.getByRole('dialog', { name: TITLE[lang] });
      await expect(dialog).toBeVisible();

      const link = await dialog.getByTestId('share-link').inputValue();
      expect(link).toBe(page.url());
      expect(link).toMatch(/#\/gradient-descent\?cmp=1&rates=0\.01,0\.1,0\.9$/);
      const qr = dialog.getByRole('img', { name: new RegExp(link.replace(/[.?*+^$()[\]{}|\\]/g, '\\$&')) });
      const box = await qr.boundingBox();
      // Big on a projector, and still whole on a phone.
      expect(box?.width ?? 0).toBeGreaterThan(width < 800 ? 250 : 400);
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= width).toBe(true);
      expect(await readQrCodes(await qr.screenshot())).toEqual([link]);

      await dialog.getByRole('button', { name: lang === 'en' ? 'Copy link' : '링크 복사' }).click();
      await expect(dialog.getByRole('status')).toHaveText(lang === 'en' ? 'Link copied.' : '링크를 복사했습니다.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });
  }
}

test('from presenter mode the shared link opens the same page and settings, not the presenter view', async ({ page }) => {
  await openLesson(page, 'mse', 'en', 'present=1&t=3');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this page' });
  const link = await dialog.getByTestId('share-link').inputValue();
  expect(link).toBe(page.url().replace('present=1&', ''));
  // The clicker's keys do not turn the lesson's steps behind the open dialog.
  for (const key of ['ArrowRight', 'PageDown', 'Space']) await page.keyboard.press(key);
  expect(page.url()).not.toContain('step=');
  await expect(dialog).toBeVisible();
  // The banner and the dialog tell the same story: the address keeps presenter mode, the shared link does not.
  await expect(dialog).toContainText('Presenter mode and its step are left out of this link, so they open the normal page');
  await expect(page.locator('.presenter-hint')).toContainText('This address reopens in presenter mode when reloaded or bookmarked; the link under “Share” opens the normal page for students.');
  expect(await readQrCodes(await dialog.getByRole('img').screenshot())).toEqual([link]);
});

test('on a 1280×720 projector the dialog fits without scrolling, the code follows a changed setting, and a list keeps bare commas', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLesson(page, 'mse', 'ko', 'present=1&step=2');
  const share = page.getByRole('button', { name: '공유' });
  const dialog = page.getByRole('dialog', { name: '이 페이지 공유' });
  await share.click();
  const before = await dialog.getByTestId('share-link').inputValue();
  expect(before).toMatch(/#\/mse$/);
  await page.keyboard.press('Escape');

  await page.getByRole('slider', { name: '클래스 0의 예측값 ŷ0' }).fill('0.3');
  await expect(page).toHaveURL(/y=0\.3/);
  await share.click();
  const link = await dialog.getByTestId('share-link').inputValue();
  expect(link).toMatch(/#\/mse\?y=0\.3,[\d.,]+$/);
  const query = (href: string) => new URLSearchParams(new URL(href).hash.split('?')[1]);
  expect(query(link).get('y')).toBe(query(page.url()).get('y'));

  // Opened for the room: nothing selected, the copy button ready, and all of it on one screen.
  await expect(dialog.getByRole('button', { name: '링크 복사' })).toBeFocused();
  expect(await dialog.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  for (const part of [dialog.getByRole('heading', { name: '이 페이지 공유' }), dialog.getByTestId('share-link'), dialog.getByRole('button', { name: '닫기' })]) {
    await expect(part).toBeInViewport({ ratio: 1 });
  }
  const qr = dialog.getByRole('img');
  expect((await qr.boundingBox())?.height ?? 0).toBeGreaterThan(560);
  expect(await readQrCodes(await qr.screenshot())).toEqual([link]);
});
