import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openLesson, test } from './fixtures';
import { LANGS, SLUGS } from './lessons';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function waitForLesson(page: Page) {
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /불러오는 중|Loading…/ })).toHaveCount(0);
}

for (const lang of LANGS) {
  for (const slug of SLUGS) {
    test(`axe: ${slug} in ${lang} has no serious or critical violations`, async ({ page }) => {
      await openLesson(page, slug, lang);
      await waitForLesson(page);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = violations.map((v) => `${v.impact} ${v.id} ×${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      console.log(`[axe] ${slug} ${lang}: ${violations.length} rule(s)${summary.length ? `\n  ${summary.join('\n  ')}` : ''}`);
      const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(severe.map((v) => v.id)).toEqual([]);
    });
  }
}

// Everything a keyboard user can reach: Tab must visit each of these in turn, with a visible focus ring.
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

for (const slug of SLUGS) {
  test(`keyboard: Tab reaches every control on ${slug} with visible focus, and is never trapped`, async ({ page }) => {
    test.setTimeout(120_000);
    await openLesson(page, slug, 'en');
    await waitForLesson(page);
    // Some controls appear only once the data has loaded.
    await page.waitForLoadState('networkidle');
    // A radio group is one Tab stop (arrows move inside it), so it counts once.
    const expected = await page.evaluate((selector) => {
      const groups = new Set<string>();
      return [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
        if (!el.checkVisibility({ visibilityProperty: true })) return false;
        if (el instanceof HTMLInputElement && el.type === 'radio') {
          if (groups.has(el.name)) return false;
          groups.add(el.name);
        }
        return true;
      }).length;
    }, FOCUSABLE);
    const readFocus = () => page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      if (!el.hasAttribute('data-tab-id')) {
        // A counter, not a count of marked elements: a control replaced mid-trip (the offline button
        // once MNIST is kept) must not hand its number to the next new one.
        const w = window as unknown as { tabIds?: number };
        w.tabIds = (w.tabIds ?? 0) + 1;
        el.setAttribute('data-tab-id', String(w.tabIds));
      }
      // The ring may be drawn on the control, its label or its styled stand-in (a file button, an SVG stroke).
      const drawsRing = (node: Element | null) => {
        if (!node) return false;
        const s = getComputedStyle(node);
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (node instanceof SVGElement && s.stroke !== 'none' && parseFloat(s.strokeWidth) >= 3);
      };
      const ring = [el, el.parentElement, el.closest('label'), el.nextElementSibling].some(drawsRing);
      return { id: el.getAttribute('data-tab-id') ?? '', ring, tag: el.tagName };
    });
    // One trip round the page: Tab until focus comes back to where the trip began, each control once on the way.
    const tabRound = async () => {
      const seen: string[] = [];
      for (let i = 0; i < expected + 40; i++) {
        await page.keyboard.press('Tab');
        const info = await readFocus();
        if (info === null) continue;
        if (seen.includes(info.id)) {
          expect(info.id, `focus trapped at ${info.tag}`).toBe(seen[0]);
          return true;
        }
        seen.push(info.id);
        expect(info.ring, `focus ring on ${info.tag}`).toBe(true);
      }
      return false;
    };
    const missed = () => page.evaluate((selector) => [...document.querySelectorAll<HTMLElement>(selector)]
      // Closed <details> hide their content from Tab too.
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.hasAttribute('data-tab-id') && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
      .map((el) => el.outerHTML.slice(0, 120)), FOCUSABLE);
    expect(await tabRound(), 'Tab cycles back to the first control').toBe(true);
    // A notice that appeared while tabbing (e.g. "ready offline") is reached on the next round.
    if ((await missed()).length > 0) expect(await tabRound()).toBe(true);
    expect(await missed(), 'controls Tab never reached').toEqual([]);
  });
}

test('with reduced motion asked for, nothing animates or transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const slug of SLUGS) {
    await openLesson(page, slug, 'en');
    await waitForLesson(page);
    const moving = await page.evaluate(() => {
      const slow = [...document.querySelectorAll('*')].filter((el) => {
        const s = getComputedStyle(el);
        const longest = (v: string) => Math.max(...v.split(',').map((x) => parseFloat(x) * (x.trim().endsWith('ms') ? 1 : 1000)));
        return longest(s.transitionDuration) > 1 || longest(s.animationDuration) > 1;
      });
      return { slow: slow.length, running: document.getAnimations().filter((a) => a.playState === 'running').length };
    });
    expect(moving, slug).toEqual({ slow: 0, running: 0 });
  }
});
