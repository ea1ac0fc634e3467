import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Stored values as another app, an older version of this one, or a broken write would leave them.
const BAD = {
  corrupt: '{"state": {"lang": "en"',
  older: null,
  foreign: '["some", "other", "app"]',
  wrongShape: '{"state": "en", "version": 1}',
} as const;
type Case = keyof typeof BAD;

function stored(state: unknown, version: number): string {
  return JSON.stringify({ state, version });
}

async function seed(page: Page, entries: Record<string, string>) {
  await page.addInitScript((e) => { for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v); }, entries);
}

const validModel = {
  inputSize: 784, hiddenSize: 1, outputSize: 10,
  W1: Array<number>(784).fill(0), b1: [0], W2: Array<number>(10).fill(0), b2: Array<number>(10).fill(0),
  method: 'backprop', iterations: 1, testAccuracy: 0.1, trainedAt: '2026-01-01T00:00:00.000Z',
};

const raw = (kind: Case, older: string) => BAD[kind] ?? older;

for (const kind of Object.keys(BAD) as Case[]) {
  test(`language: ${kind} data falls back to Korean`, async ({ page }) => {
    // An older version whose shape is not today's; a still-valid `lang` would be kept on purpose.
    await seed(page, { 'nnlab.language': raw(kind, stored({ language: 'en-US' }, 0)) });
    await page.goto('./#/mse');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('손실 함수 · 평균 제곱 오차');
  });

  test(`trained model: ${kind} data means no model`, async ({ page }) => {
    await seed(page, {
      'nnlab.language': stored({ lang: 'en' }, 1),
      'nnlab.trained-model': raw(kind, stored({ model: validModel }, 0)),
    });
    await page.goto('./#/draw');
    await expect(page.getByText(/^There is no network yet./)).toBeVisible();
  });

  test(`progress: ${kind} data means nothing done yet`, async ({ page }) => {
    await seed(page, {
      'nnlab.language': stored({ lang: 'en' }, 1),
      'nnlab.progress': raw(kind, stored({ visited: ['mse', 'cee'], completed: ['mse'] }, 0)),
    });
    await page.goto('./#/intro');
    const nav = page.getByRole('navigation', { name: 'Lessons' });
    await expect(nav.getByRole('link', { name: /\(opened/ })).toHaveCount(1);
    await expect(nav.getByRole('link', { name: /\(completed/ })).toHaveCount(0);
    await expect(nav.getByText('0 of 9 lessons completed.')).toBeVisible();
  });
}

test('valid stored data of the current version is used (the checks above can fail)', async ({ page }) => {
  await seed(page, {
    'nnlab.language': stored({ lang: 'en' }, 1),
    'nnlab.trained-model': stored({ model: validModel }, 1),
    'nnlab.progress': stored({ visited: { intro: 1, mse: 2, cee: 3 }, answers: { 'mse/worst': { value: '0.2', correct: true, at: 4 }, 'mse/uniform': { value: '0.5', correct: false, at: 5 } }, resetAt: 0 }, 2),
  });
  await page.goto('./#/draw');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Draw a digit');
  await expect(page.getByRole('button', { name: /^Train a drawing model/ })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Lessons' });
  await expect(nav.getByRole('link', { name: /Cross-entropy error \(opened/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /Mean squared error \(completed, checks 2\/2\)/ })).toBeVisible();
});

test('storage that throws on every call still lets the app start', async ({ page }) => {
  await page.addInitScript(() => {
    const fail = () => { throw new Error('storage disabled'); };
    Object.defineProperty(window, 'localStorage', { get: () => ({ getItem: fail, setItem: fail, removeItem: fail }) });
  });
  await page.goto('./#/intro');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('신경망 학습');
});
