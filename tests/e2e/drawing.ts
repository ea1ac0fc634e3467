import type { Locator, Page } from '@playwright/test';

/** Drags the mouse through points given as fractions of the pad's width and height. */
export async function drawWithMouse(page: Page, target: Locator, points: readonly (readonly [number, number])[]) {
  // Wholly in view: a point above the viewport would press on the page instead of the pad.
  await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const box = await target.boundingBox();
  if (!box) throw new Error('the pad is not visible');
  const at = ([x, y]: readonly [number, number]) => [box.x + x * box.width, box.y + y * box.height] as const;
  await page.mouse.move(...at(points[0]));
  await page.mouse.down();
  for (const point of points.slice(1)) await page.mouse.move(...at(point), { steps: 3 });
  await page.mouse.up();
}

/** A one, drawn top to bottom with a slight slant. */
export const ONE = [[0.52, 0.14], [0.51, 0.4], [0.5, 0.65], [0.49, 0.86]] as const;
