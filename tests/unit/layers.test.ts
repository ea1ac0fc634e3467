import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('the import layers of src/', { timeout: 60_000 }, () => {
  it('let each folder import the layers below it', async () => {
    expect(await violations('src/worker/example.ts', "import { DEFAULT_SETTINGS } from '../protocol/settings';\nexport const s = DEFAULT_SETTINGS;\n")).toEqual([]);
    expect(await violations('src/lessons/mse/Example.ts', "import { useTraining } from '../../state/training';\nexport const u = useTraining;\n")).toEqual([]);
  });

  it.each([
    ['src/worker/example.ts', "import { useTraining } from '../state/training';", 'worker thread code imports a store'],
    ['src/worker/example.ts', "import { LESSONS } from '../lessons/registry';", 'worker thread code imports a lesson'],
    ['src/state/example.ts', "import { LESSONS } from '../lessons/registry';", 'a store imports a lesson'],
    ['src/components/Example.ts', "import { LESSONS } from '../lessons/registry';", 'a shared component imports a lesson'],
    ['src/i18n/example.ts', "import { useTraining } from '../state/training';", 'i18n imports a store'],
    ['src/lib/example.ts', "import { DEFAULT_SETTINGS } from '../protocol/settings';", 'the maths imports app code'],
    ['src/protocol/example.ts', "import { training } from '../training/training';", 'the contract imports the page-side client'],
  ])('refuse an import that runs back up (%s: %s — %s)', async (filePath, line) => {
    expect(await violations(filePath, `${line}\nexport const x = 1;\n`)).toContain('import-x/no-restricted-paths');
  });

  it('refuse the lesson-registry cycle that once existed', async () => {
    // An intro file importing the registry, which imports the intro page: a circle.
    expect(await violations('src/lessons/intro/steps.ts', "import { LESSONS } from '../registry';\nexport const n = LESSONS.length;\n")).toContain('import-x/no-cycle');
  });
});
