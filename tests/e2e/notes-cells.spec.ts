import type { Page } from '@playwright/test';
import { expect, openLesson, test } from './fixtures';

/** A widget that reproduces a cell of the notes: where it is, and what the badge and both outputs read. */
interface Cell {
  slug: string;
  cell: string;
  verdict: 'match' | 'bug';
  printed: string;
  ours: string;
  /** Something to do first to bring the cell on screen. */
  prepare?: (page: Page, lang: 'ko' | 'en') => Promise<void>;
}

const MINIBATCH_27 = 'x_train.shape = (60000, 28, 28)\ny_train.shape = (60000,)\nx_test.shape = (10000, 28, 28)\ny_test.shape = (10000,)';
const MINIBATCH_31 = 'x_batch.shape = (10, 28, 28)\ny_batch.shape = (10,)';
const TRAINING_77 = '(784, 100)\n(100,)\n(100, 10)\n(10,)';

const CELLS: Cell[] = [
  { slug: 'mse', cell: 'none', verdict: 'match', printed: '0.019500000000000007', ours: '0.019500000000000007' },
  { slug: 'cee', cell: 'none', verdict: 'match', printed: '0.510825457099338', ours: '0.510825457099338' },
  { slug: 'minibatch', cell: '27', verdict: 'match', printed: MINIBATCH_27, ours: MINIBATCH_27 },
  { slug: 'minibatch', cell: '31', verdict: 'match', printed: MINIBATCH_31, ours: MINIBATCH_31 },
  {
    slug: 'training',
    cell: '77',
    verdict: 'match',
    printed: TRAINING_77,
    ours: TRAINING_77,
    prepare: (page, lang) => page.getByRole('main').getByRole('checkbox', { name: lang === 'ko' ? /^노트처럼 은닉 뉴런 100개로 보기/ : /^Show 100 hidden units, as in the notes/ }).check(),
  },
];

/** Cells whose widget already shows both outputs, so only the badge sits beside them. */
const BADGES: { slug: string; cell: string; verdict: 'match' | 'bug' }[] = [
  { slug: 'minibatch', cell: '72', verdict: 'match' },
  { slug: 'minibatch', cell: '74', verdict: 'bug' },
  { slug: 'network-gradient', cell: '72', verdict: 'match' },
  { slug: 'network-gradient', cell: '73', verdict: 'match' },
  { slug: 'network-gradient', cell: '74', verdict: 'bug' },
  { slug: 'network-gradient', cell: '75', verdict: 'bug' },
];

const BADGE = {
  ko: { match: '✓ 노트와 일치', bug: '노트의 버그 → 올바른 값' },
  en: { match: '✓ matches the notes', bug: 'the notes’ bug → the right value' },
};
const cellName = (cell: string) => `In [${cell === 'none' ? 'None' : cell}]`;

for (const lang of ['ko', 'en'] as const) {
  for (const c of CELLS) {
    test(`${c.slug} ${cellName(c.cell)} sets the notes' output beside the app's, badged (${lang})`, async ({ page }) => {
      await openLesson(page, c.slug, lang);
      await c.prepare?.(page, lang);
      const figure = page.getByRole('main').getByRole('figure', { name: lang === 'ko' ? `노트의 셀 ${cellName(c.cell)}` : `Notes cell ${cellName(c.cell)}` });
      await expect(figure.getByTestId(`notes-badge-${c.cell}`)).toHaveText(`${cellName(c.cell)} ${BADGE[lang][c.verdict]}`);
      await expect(figure.getByTestId('notes-cell-printed')).toHaveText(c.printed);
      await expect(figure.getByTestId('notes-cell-ours')).toHaveText(c.ours);
    });
  }
}

for (const lang of ['ko', 'en'] as const) {
  for (const b of BADGES) {
    test(`${b.slug} ${cellName(b.cell)} is badged ${b.verdict} (${lang})`, async ({ page }) => {
      await openLesson(page, b.slug, lang);
      await expect(page.getByRole('main').getByTestId(`notes-badge-${b.cell}`)).toHaveText(`${cellName(b.cell)} ${BADGE[lang][b.verdict]}`);
    });
  }
}

test('network-gradient In [73]: the notes’ predicted class beside the app’s', async ({ page }) => {
  await openLesson(page, 'network-gradient', 'en');
  const row = page.getByRole('main').locator('section').filter({ has: page.getByTestId('notes-badge-73') }).last();
  await expect(row.getByTestId('notes-replayed-class')).toHaveText('0');
  await expect(row.getByTestId('notes-correct-class')).toHaveText('0');
});

/** A "show the code" with a NumPy tab: the summary's file, a line of the snippet, and its output's first line. */
interface Snippet {
  slug: string;
  file: string;
  line: string;
  output: string;
}

const SNIPPETS: Snippet[] = [
  { slug: 'mse', file: 'src/lib/losses.ts', line: 'squared.mean()', output: '0.019500000000000007' },
  { slug: 'cee', file: 'src/lib/losses.ts', line: 'np.log(y_hat + delta)', output: '0.510825457099338' },
  { slug: 'cee', file: 'src/lib/distribution.ts', line: 'q[rest] *=', output: '[0.025  0.0125 0.9' },
  { slug: 'minibatch', file: 'src/lib/mnist/sample.ts', line: 'rng.choice(60000, 10)', output: 'x_batch.shape = (10, 28, 28)' },
  { slug: 'numerical-diff', file: 'src/lib/descent/field.ts', line: '-gradient(f, np.array(point))', output: '[-2.0, 2.0] [ 4. -4.]' },
  { slug: 'gradient-descent', file: 'src/lib/gradient.ts', line: 'x -= lr * gradient(f, x)', output: 'lr = 0.1: result = [-6.11110793e-10  8.14814391e-10]' },
  { slug: 'network-gradient', file: 'src/lib/nets/simple-net.ts', line: 'np.ndindex(W.shape)', output: '1.8450951247275316' },
  { slug: 'training', file: 'src/lib/nets/two-layer-net.ts', line: 'def softmax_whole_batch(a)', output: 'softmax_whole_batch 6.9076552840' },
  { slug: 'draw', file: 'src/lib/digits/forward.ts', line: 'np.maximum(0, x @ W1 + b1)', output: '[0.21 0.   0.28]' },
];

const TABS = {
  ko: { show: '이 위젯을 계산하는 코드 보기', list: '코드의 언어', ts: 'TypeScript · 이 위젯이 실행하는 코드', numpy: 'NumPy · 노트와 맞춰 보기', output: 'NumPy 출력' },
  en: { show: 'Show the code that computes this widget', list: 'Language of the code', ts: 'TypeScript · what this widget runs', numpy: 'NumPy · to compare with the notes', output: 'NumPy Output' },
};

for (const lang of ['ko', 'en'] as const) {
  for (const s of SNIPPETS) {
    test(`${s.slug}: show the code of ${s.file}, then its NumPy version (${lang})`, async ({ page }) => {
      const t = TABS[lang];
      await openLesson(page, s.slug, lang);
      const main = page.getByRole('main');
      const view = main.locator('details.code-view').filter({ has: page.getByText(s.file, { exact: true }) }).first();
      await view.getByText(t.show).click();
      const tabs = view.getByRole('tablist', { name: t.list });
      await expect(tabs.getByRole('tab', { name: t.ts })).toHaveAttribute('aria-selected', 'true');
      await expect(view.getByRole('tabpanel').locator('pre')).toBeVisible();
      await tabs.getByRole('tab', { name: t.ts }).focus();
      await page.keyboard.press('ArrowRight');
      const numpyTab = tabs.getByRole('tab', { name: t.numpy });
      await expect(numpyTab).toHaveAttribute('aria-selected', 'true');
      await expect(numpyTab).toBeFocused();
      const panel = view.getByRole('tabpanel', { name: t.numpy });
      await expect(panel.getByLabel('NumPy', { exact: true })).toContainText(s.line);
      await expect(panel.getByLabel(t.output, { exact: true })).toContainText(s.output);
      await tabs.getByRole('tab', { name: t.ts }).click();
      await expect(view.getByRole('tabpanel', { name: t.ts })).toContainText('export');
    });
  }
}

test('at 375 px the notes cell and the code tabs fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openLesson(page, 'mse', 'ko');
  const main = page.getByRole('main');
  const figure = main.getByRole('figure', { name: '노트의 셀 In [None]' });
  await expect(figure.getByTestId('notes-badge-none')).toBeVisible();
  await main.getByText(TABS.ko.show).click();
  await main.getByRole('tab', { name: TABS.ko.numpy }).click();
  await expect(main.getByLabel('NumPy 출력', { exact: true })).toBeVisible();
  for (const box of [await figure.boundingBox(), await main.getByRole('tablist', { name: TABS.ko.list }).boundingBox()]) {
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
