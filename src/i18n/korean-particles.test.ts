import { describe, expect, it } from 'vitest';

/**
 * A Korean particle takes its form from the sound the word before it ends in (0이 but 2가, 3으로 but
 * 2로), and a placeholder can become any number, so a particle glued to a placeholder is wrong for
 * some values. Such strings are reworded instead: the value goes in parentheses or after a colon,
 * or a form that fits every ending (인데, 에서, (으)로) follows it.
 */
const GLUED_PARTICLE = /\{\w+\}(이|가|은|는|을|를|과|와|으로|로)(?=[\s.,:;!?)]|$)/;

const modules = import.meta.glob<Record<string, unknown>>(['/src/**/text.ts', '/src/**/text-*.ts', '/src/shell/speaker-notes.ts'], {
  eager: true,
});

function koreanStrings(): [string, string][] {
  const found: [string, string][] = [];
  for (const [path, exports] of Object.entries(modules)) {
    for (const table of Object.values(exports)) {
      if (typeof table !== 'object' || table === null || !('ko' in table)) continue;
      const ko = (table as { ko: Record<string, unknown> }).ko;
      for (const [key, value] of Object.entries(ko)) {
        if (typeof value === 'string') found.push([`${path} ${key}`, value]);
      }
    }
  }
  return found;
}

describe('Korean text', () => {
  it('finds the text tables', () => {
    expect(koreanStrings().length).toBeGreaterThan(500);
  });

  it('never glues a sound-dependent particle to a placeholder', () => {
    const offending = koreanStrings()
      .filter(([, text]) => GLUED_PARTICLE.test(text))
      .map(([where, text]) => `${where}: ${text}`);
    expect(offending).toEqual([]);
  });
});
