import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LESSONS = join(__dirname, '..', 'lessons');

/** Every <CodeView …/> in the lessons' components, with the file it is in. */
function codeViews(): { file: string; tag: string }[] {
  const files = readdirSync(LESSONS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tsx'));
  return files.flatMap((file) => Array.from(readFileSync(join(LESSONS, file), 'utf8').matchAll(/<CodeView\b[\s\S]*?\/>/g), ([tag]) => ({ file, tag })));
}

describe('show the code', () => {
  it('offers a NumPy version wherever a lesson shows its TypeScript', () => {
    const views = codeViews();
    expect(views.length).toBeGreaterThan(15);
    expect(views.filter((v) => !v.tag.includes('numpy=')).map((v) => v.file)).toEqual([]);
  });
});
