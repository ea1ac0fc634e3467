import type { Locator, Page } from '@playwright/test';
import { expect, openLesson, test } from './fixtures';
import { SLUGS } from './lessons';

const ACTIONS = 60;
const SEED = 20261128;

test.describe.configure({ timeout: 180_000 });

/** mulberry32: the same seed gives the same sequence of actions, so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = ['0', '1', '-1', '0.5', '1e309', 'NaN', 'abc', '−3', '', '999999', '<b>x</b>', '0.1,0.2'];
// Controls inside the lesson; shell links would leave the page under test.
const CONTROLS = 'main button, main input:not([type=file]), main select, main textarea, main summary, main canvas, main [role=slider], main svg';

async function act(page: Page, target: Locator, r: () => number): Promise<string> {
  const kind = await target.evaluate((el) => `${el.tagName.toLowerCase()}:${(el as HTMLInputElement).type ?? ''}`);
  const opts = { timeout: 1500 };
  if (kind.startsWith('select')) {
    const count = await target.locator('option').count();
    await target.selectOption({ index: Math.floor(r() * count) }, opts);
    return 'select';
  }
  if (kind === 'input:range') {
    await target.focus(opts);
    const keys = ['ArrowRight', 'ArrowLeft', 'PageUp', 'Home', 'End'];
    await page.keyboard.press(keys[Math.floor(r() * keys.length)]);
    return 'slide';
  }
  if (kind === 'input:text' || kind === 'input:number' || kind.startsWith('textarea')) {
    await target.fill(TEXTS[Math.floor(r() * TEXTS.length)], opts);
    if (r() < 0.5) await target.press('Enter', opts);
    return 'type';
  }
  if (kind.startsWith('canvas') || kind.startsWith('svg')) {
    const box = await target.boundingBox();
    if (!box) return 'skip';
    const at = (f: number, g: number) => [box.x + f * box.width, box.y + g * box.height] as const;
    const [x0, y0] = at(0.1 + 0.8 * r(), 0.1 + 0.8 * r());
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    for (let s = 0; s < 5; s++) await page.mouse.move(...at(0.1 + 0.8 * r(), 0.1 + 0.8 * r()), { steps: 3 });
    await page.mouse.up();
    return 'drag';
  }
  await target.click(opts);
  return 'click';
}

for (const slug of SLUGS) {
  test(`monkey: ${ACTIONS} random clicks, keystrokes and drags on ${slug} raise no error`, async ({ page }) => {
    const r = rng(SEED + slug.length * 7919 + slug.charCodeAt(0));
    await openLesson(page, slug, r() < 0.5 ? 'ko' : 'en');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
    const done: Record<string, number> = {};
    for (let i = 0; i < ACTIONS; i++) {
      const visible = page.locator(CONTROLS).filter({ visible: true });
      const count = await visible.count();
      expect(count, 'controls on the page').toBeGreaterThan(0);
      const target = visible.nth(Math.floor(r() * count));
      let kind: string;
      try {
        await target.scrollIntoViewIfNeeded({ timeout: 1500 });
        kind = await act(page, target, r);
      } catch (e) {
        // A control that went away or is disabled is the page's business, not an error.
        if (!(e instanceof Error) || !/Timeout|detached|not enabled|disabled|not attached|outside of the viewport|intercepts pointer/i.test(e.message)) throw e;
        kind = 'unavailable';
      }
      done[kind] = (done[kind] ?? 0) + 1;
      // The page must still be this lesson and alive.
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await expect(page.locator('.notice-error[role=alert]')).toHaveCount(0);
    console.log(`[monkey] ${slug}: ${ACTIONS} actions ${JSON.stringify(done)}`);
  });
}
