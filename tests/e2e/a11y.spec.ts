import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openLesson, test } from './fixtures';
import { LANGS, SLUGS } from './lessons';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function waitForLesson(page: Page) {
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
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
