import type { Locator, Page } from '@playwright/test';
import { LESSON_CHECKS } from '../../src/state/lesson-checks';
import type { LessonSlug } from '../../src/state/lesson-slugs';
import { checksText as introText } from '../../src/lessons/intro/text-checks';
import { checksText as mseText } from '../../src/lessons/mse/text-checks';
import { checksText as ceeText } from '../../src/lessons/cee/text-checks';
import { checksText as minibatchText } from '../../src/lessons/minibatch/text-checks';
import { checksText as numericalDiffText } from '../../src/lessons/numerical-diff/text-checks';
import { checksText as gradientDescentText } from '../../src/lessons/gradient-descent/text-checks';
import { checksText as networkGradientText } from '../../src/lessons/network-gradient/text-checks';
import { checksText as trainingText } from '../../src/lessons/training/text-checks';
import { checksText as drawText } from '../../src/lessons/draw/text-checks';
import { CHECKS as mseChecks } from '../../src/lessons/mse/checks';
import { text as gdText } from '../../src/lessons/gradient-descent/text';
import { drawText as drawPageText } from '../../src/lessons/draw/text';
import { expect, openLesson, test } from './fixtures';
import { LANGS } from './lessons';

type Strings = { ko: Record<string, string>; en: Record<string, string> };

/** For each lesson: one check to answer right, and what its "show me" must do to the page. */
const CASES: { slug: LessonSlug; id: string; text: Strings; answer: { option: string } | { number: string }; shows: (page: Page) => Promise<void> }[] = [
  { slug: 'intro', id: 'step', text: introText, answer: { number: '-0.2' }, shows: async (page) => {
    await expect(page).toHaveURL(/loop=update/);
    await expect(page.getByRole('heading', { level: 3, name: /3/ })).toBeVisible();
  } },
  { slug: 'mse', id: 'worst', text: mseText, answer: { option: 'fifth' }, shows: async (page) => {
    await expect(page.getByRole('status', { name: 'MSE' }).or(page.getByLabel('MSE', { exact: true }))).toHaveText('0.2');
  } },
  { slug: 'cee', id: 'numpy-nan', text: ceeText, answer: { option: 'nan' }, shows: async (page) => {
    await expect(page.getByTestId('numpy-cee')).toHaveText('nan');
    await expect(page).toHaveURL(/delta=0/);
  } },
  { slug: 'minibatch', id: 'repeat', text: minibatchText, answer: { option: 'likely' }, shows: async (page) => {
    await expect(page).toHaveURL(/n=1000/);
    await expect(page.getByText(/두 번 이상 뽑힌 번호: [1-9]|Indices drawn more than once: [1-9]/)).toBeVisible({ timeout: 60_000 });
  } },
  { slug: 'numerical-diff', id: 'tiny-h', text: numericalDiffText, answer: { option: 'zero' }, shows: async (page) => {
    await expect(page.getByRole('slider', { name: /간격 h|Step h/ })).toHaveAttribute('aria-valuetext', 'h = 1e-20');
    await expect(page.getByText(/x \+ h와 x − h가 모두 x로 반올림되었습니다|x \+ h and x − h both rounded to x/)).toBeVisible();
    // The widget sits under the blur of the question before ("central"), still unanswered; showing it clears that.
    await expect(page.locator('.check-veiled #nd-derivative')).toHaveCount(0);
  } },
  { slug: 'gradient-descent', id: 'one', text: gradientDescentText, answer: { option: 'bounce' }, shows: async (page) => {
    await expect(page).toHaveURL(/lr=1&steps=20/);
    await expect(page.getByRole('status', { name: /최종 결과|Final result/ })).toContainText('[-3.  4.]');
  } },
  { slug: 'network-gradient', id: 'step', text: networkGradientText, answer: { option: 'up' }, shows: async (page) => {
    await expect(page).toHaveURL(/w=/);
  } },
  { slug: 'training', id: 'naive-count', text: trainingText, answer: { number: '79,520' }, shows: async (page) => {
    await expect(page).toHaveURL(/method=naive/);
  } },
  { slug: 'draw', id: 'sum', text: drawText, answer: { option: 'one' }, shows: async (page) => {
    await expect(page).toHaveURL(/digit=1/);
  } },
];

const UI = {
  ko: { answer: '내 답', commit: '답하기', right: '맞았습니다.', show: /^보여 주세요: /, lessons: '단원 목록' },
  en: { answer: 'Your answer', commit: 'Answer', right: 'Right.', show: /^Show me: /, lessons: 'Lessons' },
};

/** The check form whose question is this text. */
function checkOf(page: Page, question: string): Locator {
  return page.locator('form.check').filter({ has: page.getByText(question, { exact: true }) });
}

for (const lang of LANGS) {
  for (const c of CASES) {
    test(`${c.slug} (${lang}): the check hides its answer until answered, explains, and "show me" sets the widget`, async ({ page }) => {
      const text = c.text[lang];
      const ui = UI[lang];
      await openLesson(page, c.slug, lang);
      await expect(page.locator('form.check')).toHaveCount(LESSON_CHECKS[c.slug].length);
      const check = checkOf(page, text[`${c.id}.question`]);
      await expect(check).toBeVisible();

      // Before committing: no explanation, no verdict, no marked option anywhere — not even for a screen reader.
      const explanation = text[`${c.id}.explain`];
      const leaked = await page.evaluate((words) => {
        const inText = document.body.textContent?.includes(words) ?? false;
        const inAttributes = [...document.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.value.includes(words.slice(0, 30))));
        return inText || inAttributes;
      }, explanation);
      expect(leaked).toBe(false);
      await expect(check.locator('.check-mark')).toHaveCount(0);
      await expect(check.getByRole('button', { name: ui.show })).toHaveCount(0);

      if ('option' in c.answer) await check.getByRole('radio', { name: text[`${c.id}.option.${c.answer.option}`], exact: true }).check();
      else await check.getByRole('textbox', { name: ui.answer }).fill(c.answer.number);
      await check.getByRole('button', { name: ui.commit }).click();
      await expect(check.getByText(ui.right)).toBeVisible();
      await expect(check.getByText(explanation)).toBeVisible();
      await check.getByRole('button', { name: ui.show }).click();
      await c.shows(page);
      // What changed is brought into view, and focus moves there from the button.
      await expect(check.getByRole('button', { name: ui.show })).not.toBeFocused();
      await expect(page.locator(':focus')).toBeInViewport();
    });
  }
}

test('a wrong answer is told so, with the right answer and why, in both languages', async ({ page }) => {
  await openLesson(page, 'mse', 'ko');
  const question = mseText.ko['worst.question'];
  const check = checkOf(page, question);
  await check.getByRole('button', { name: '답하기' }).click();
  await expect(check.getByRole('alert')).toHaveText('먼저 답을 하나 고르세요.');
  await check.getByRole('radio', { name: '한없이 커질 수 있다' }).check();
  await check.getByRole('button', { name: '답하기' }).click();
  await expect(check.getByText('아닙니다. 정답은 ‘0.2’입니다.')).toBeVisible();
  // Why that option tempts and where it goes wrong, before the general explanation.
  await expect(check.getByText(mseText.ko['worst.why.unbounded'])).toBeVisible();
  await expect(check.getByText(mseText.ko['worst.explain'])).toBeVisible();
  await expect(check.getByText('✓ 정답')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  const english = checkOf(page, mseText.en['worst.question']);
  await expect(english.getByText('Not quite. The right answer is “0.2”.')).toBeVisible();
  await expect(english.getByText(mseText.en['worst.explain'])).toBeVisible();

  // Trying again hides the feedback until the next answer.
  await english.getByRole('button', { name: 'Try again' }).click();
  await expect(english.getByText(mseText.en['worst.explain'])).toHaveCount(0);
  await english.getByRole('radio', { name: '0.2', exact: true }).check();
  await english.getByRole('button', { name: 'Answer' }).click();
  await expect(english.getByText('Right.')).toBeVisible();
});

test('a typed answer must be a number, and is checked within its tolerance', async ({ page }) => {
  await openLesson(page, 'mse', 'en');
  expect(mseChecks.uniform.kind).toBe('number');
  const check = checkOf(page, mseText.en['uniform.question']);
  const field = check.getByRole('textbox', { name: 'Your answer' });
  await field.fill('0x10');
  await check.getByRole('button', { name: 'Answer' }).click();
  await expect(check.getByRole('alert')).toContainText('Type a number');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('0.0901');
  await check.getByRole('button', { name: 'Answer' }).click();
  await expect(check.getByText('Right.')).toBeVisible();
});

test('an estimate is right anywhere in its range, and the feedback gives the exact value', async ({ page }) => {
  await openLesson(page, 'intro', 'en');
  const check = checkOf(page, introText.en['epochs.question']);
  const field = check.getByRole('textbox', { name: 'Your answer' });
  await field.fill('1.4');
  await check.getByRole('button', { name: 'Answer' }).click();
  await expect(check.getByText('Not quite. The answer is 100,000 / 60,000 ≈ 1.667 times.')).toBeVisible();
  for (const estimate of ['2', '1.6']) {
    await check.getByRole('button', { name: 'Try again' }).click();
    await check.getByRole('textbox', { name: 'Your answer' }).fill(estimate);
    await check.getByRole('button', { name: 'Answer' }).click();
    await expect(check.getByText('Right. The exact value is 100,000 / 60,000 ≈ 1.667 times.')).toBeVisible();
  }
});

test('"show me" opens the intro step below the questions and scrolls it up, also with reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 375, height: 812 });
  await openLesson(page, 'intro', 'ko');
  const check = checkOf(page, introText.ko['step.question']);
  await check.getByRole('textbox', { name: '내 답' }).fill('-0.2');
  await check.getByRole('button', { name: '답하기' }).click();
  await check.getByRole('button', { name: '보여 주세요: 3단계(가중치 갱신) 펼치기' }).click();
  const detail = page.getByRole('region', { name: /3단계/ });
  await expect(detail).toBeFocused();
  await expect(detail).toBeInViewport();
  // Clear of the sticky header: the panel's top is below the header's bottom.
  const [top, header] = await Promise.all([detail.evaluate((el) => el.getBoundingClientRect().top), page.locator('header').evaluate((el) => el.getBoundingClientRect().bottom)]);
  expect(top).toBeGreaterThanOrEqual(header);
});

test('a typed answer from a known slip is told which step went astray; fractions and a decimal comma get a fair hearing', async ({ page }) => {
  await openLesson(page, 'intro', 'ko');
  const check = checkOf(page, introText.ko['step.question']);
  const field = check.getByRole('textbox', { name: '내 답' });
  await field.fill('0.2');
  await field.press('Enter');
  await expect(check.getByText('아닙니다. 정답은 −0.2입니다.')).toBeVisible();
  await expect(check.getByText(introText.ko['step.miss.uphill'])).toBeVisible();
  await check.getByRole('button', { name: '다시 풀기' }).click();
  await check.getByRole('textbox', { name: '내 답' }).fill('- 1/5');
  await check.getByRole('textbox', { name: '내 답' }).press('Enter');
  await expect(check.getByText('맞았습니다.')).toBeVisible();
  await expect(check.getByText(introText.ko['step.miss.uphill'])).toHaveCount(0);

  await openLesson(page, 'mse', 'ko');
  const uniform = checkOf(page, mseText.ko['uniform.question']);
  const answer = uniform.getByRole('textbox', { name: '내 답' });
  // A decimal comma is neither misread as thousands nor refused without a word on how to write it.
  await answer.fill('0,09');
  await answer.press('Enter');
  await expect(uniform.getByRole('alert')).toHaveText('소수점은 쉼표 대신 마침표로 써 주세요: 0.09');
  await answer.fill('0.9');
  await answer.press('Enter');
  await expect(uniform.getByText(mseText.ko['uniform.miss.sum'])).toBeVisible();

  // The working and the unit may be typed along with the number.
  await openLesson(page, 'draw', 'ko');
  const inputs = checkOf(page, drawText.ko['inputs.question']);
  await inputs.getByRole('textbox', { name: '내 답' }).fill('28');
  await inputs.getByRole('textbox', { name: '내 답' }).press('Enter');
  await expect(inputs.getByText(drawText.ko['inputs.miss.side'])).toBeVisible();
  await inputs.getByRole('button', { name: '다시 풀기' }).click();
  await inputs.getByRole('textbox', { name: '내 답' }).fill('28 × 28개');
  await inputs.getByRole('textbox', { name: '내 답' }).press('Enter');
  await expect(inputs.getByText('맞았습니다.')).toBeVisible();
});

/** Where a lesson shows, right below a question, what the question asks: that must stay blurred until it is answered. */
const GIVEAWAYS: { slug: LessonSlug; id: string; text: Strings; answer: { option: string }; giveaway: (page: Page) => Locator }[] = [
  { slug: 'numerical-diff', id: 'best-h', text: numericalDiffText, answer: { option: 'cube-root' }, giveaway: (page) => page.getByText(/central difference error is smallest at h = 1e-5/) },
  { slug: 'numerical-diff', id: 'central', text: numericalDiffText, answer: { option: 'central' }, giveaway: (page) => page.getByRole('table').filter({ hasText: 'Forward difference' }) },
  { slug: 'gradient-descent', id: 'ten', text: gradientDescentText, answer: { option: 'freeze' }, giveaway: (page) => page.getByText(/stuck at about −2\.6e13/) },
  { slug: 'minibatch', id: 'shape', text: minibatchText, answer: { option: 'images' }, giveaway: (page) => page.locator('pre.batch-shapes') },
  { slug: 'cee', id: 'confident', text: ceeText, answer: { option: 'cee' }, giveaway: (page) => page.getByRole('cell', { name: 'Certain and wrong' }) },
  { slug: 'network-gradient', id: 'step', text: networkGradientText, answer: { option: 'up' }, giveaway: (page) => page.getByText(/lowers the loss and moves the probabilities toward the true class/) },
  { slug: 'training', id: 'first-loss', text: trainingText, answer: { option: 'ln10' }, giveaway: (page) => page.locator('.weight-probe') },
];

for (const g of GIVEAWAYS) {
  test(`${g.slug}: what answers "${g.id}" is blurred until the student answers`, async ({ page }) => {
    await openLesson(page, g.slug, 'en');
    const giveaway = g.giveaway(page).first();
    await expect(giveaway).toBeAttached({ timeout: 60_000 });
    const veiled = () => giveaway.evaluate((el) => el.closest('.check-veiled') !== null);
    expect(await veiled()).toBe(true);
    const check = checkOf(page, g.text.en[`${g.id}.question`]);
    await check.getByRole('radio', { name: g.text.en[`${g.id}.option.${g.answer.option}`], exact: true }).check();
    await check.getByRole('radio', { name: g.text.en[`${g.id}.option.${g.answer.option}`], exact: true }).press('Enter');
    await expect(check.getByText('Right.')).toBeVisible();
    expect(await veiled()).toBe(false);
  });
}

test('headings right below a question do not state its answer', async ({ page }) => {
  expect(gdText.en.freezeTitle).not.toMatch(/1e13|stop/i);
  expect(gdText.ko.freezeTitle).not.toMatch(/1e13|멈/);
  expect(drawPageText.en.seesTitle).not.toMatch(/784/);
  expect(drawPageText.ko.seesTitle).not.toMatch(/784/);
  await openLesson(page, 'draw', 'en');
  await expect(page.getByRole('heading', { level: 2, name: drawPageText.en.seesTitle })).toBeVisible();
  await expect(page.getByText(/takes 28×28 = 784 pixel values/)).toHaveCount(1);
  expect(await page.getByText(/takes 28×28 = 784 pixel values/).evaluate((el) => el.closest('.check-veiled') !== null)).toBe(true);
});

test('a student may look without answering, and focus moves on to what was uncovered', async ({ page }) => {
  await openLesson(page, 'gradient-descent', 'ko');
  const intro = page.getByText(/약 −2\.6e13에서 멈춰 있습니다/);
  await expect(intro).toBeAttached();
  await page.getByRole('button', { name: '답하지 않고 보기' }).press('Enter');
  await expect(page.getByRole('button', { name: '답하지 않고 보기' })).toHaveCount(0);
  expect(await intro.evaluate((el) => el.closest('.check-veiled') !== null)).toBe(false);
  await expect(page.locator(':focus')).toContainText('약 −2.6e13에서 멈춰 있습니다');
  // Looking is not answering: the question still waits.
  await expect(checkOf(page, gradientDescentText.ko['ten.question']).getByRole('button', { name: '답하기' })).toBeVisible();
});

test('network gradient: the scores and the gradient stay blurred until both questions about them are answered', async ({ page }) => {
  await openLesson(page, 'network-gradient', 'en');
  const outputs = page.getByText(/not probabilities/).first();
  const veiled = () => outputs.evaluate((el) => el.closest('.check-veiled') !== null);
  expect(await veiled()).toBe(true);
  const answers = [['scores.question', 'scores.option.scores'], ['sign.question', 'sign.option.negative']] as const;
  for (const [question, option] of answers) {
    const check = checkOf(page, networkGradientText.en[question]);
    await check.getByRole('radio', { name: networkGradientText.en[option], exact: true }).check();
    await check.getByRole('button', { name: UI.en.commit }).click();
    await expect(check.getByText('Right.')).toBeVisible();
  }
  expect(await veiled()).toBe(false);
});

test('network gradient: "show me" for one step takes it in the descent panel, which charts it', async ({ page }) => {
  await openLesson(page, 'network-gradient', 'en');
  const check = checkOf(page, networkGradientText.en['step.question']);
  await check.getByRole('radio', { name: networkGradientText.en['step.option.same'], exact: true }).check();
  await check.getByRole('button', { name: UI.en.commit }).click();
  await check.getByRole('button', { name: UI.en.show }).click();
  await expect(page.getByText(/^Steps so far: 1 ·/)).toBeVisible();
  await expect(page.locator('#ng-descent-widget')).toBeFocused();
  await expect(page.getByLabel('Learning rate η')).toHaveValue('0.1');
});

test('training: "show me" for the naive count switches the lab to the notes\' method and brings the lab into view', async ({ page }) => {
  await openLesson(page, 'training', 'en');
  const check = checkOf(page, trainingText.en['naive-count.question']);
  await check.getByRole('textbox', { name: UI.en.answer }).fill('39760');
  await check.getByRole('textbox', { name: UI.en.answer }).press('Enter');
  await check.getByRole('button', { name: UI.en.show }).click();
  await expect(page.locator('#tr-lab-widget')).toBeFocused();
  await expect(page.locator('#tr-lab-widget')).toBeInViewport();
});
