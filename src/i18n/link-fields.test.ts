import { describe, expect, it } from 'vitest';
import type { Param } from '../state/url-state';
import { ceeUrlTable } from '../lessons/cee/url-state';
import { drawUrlTable } from '../lessons/draw/url-state';
import { glossaryUrlTable } from '../lessons/glossary/url-state';
import { introUrlTable } from '../lessons/intro/url-state';
import { minibatchUrlTable } from '../lessons/minibatch/url-state';
import { mseUrlTable } from '../lessons/mse/url-state';
import { URL_TABLE as numericalDiffUrlTable } from '../lessons/numerical-diff/url-state';
import { linkFields, pageLinkFields, type LinkFieldPage } from './link-fields';
import { textFor } from './use-text';

const tables: Record<LinkFieldPage, Record<string, Param<unknown>>> = {
  intro: introUrlTable,
  mse: mseUrlTable,
  cee: ceeUrlTable,
  minibatch: minibatchUrlTable,
  'numerical-diff': numericalDiffUrlTable as unknown as Record<string, Param<unknown>>,
  draw: drawUrlTable,
  glossary: glossaryUrlTable,
};

describe('link field names', () => {
  for (const [page, table] of Object.entries(tables) as [LinkFieldPage, Record<string, Param<unknown>>][]) {
    it(`names every setting a link to ${page} carries, in both languages`, () => {
      const linkKeys = Object.entries(table).map(([key, param]) => param.key ?? key).sort();
      for (const lang of ['ko', 'en'] as const) {
        const names = pageLinkFields(textFor(linkFields, lang), page);
        expect(Object.keys(names).sort()).toEqual(linkKeys);
        expect(Object.values(names).every((name) => name.trim().length > 0)).toBe(true);
      }
    });
  }
});
