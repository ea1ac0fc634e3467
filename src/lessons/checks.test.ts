import { describe, expect, it } from 'vitest';
import { checkTextKeys, type CheckSpec } from '../components/check/spec';
import type { Texts } from '../i18n/use-text';
import { LESSON_CHECKS } from '../state/lesson-checks';
import type { LessonSlug } from '../state/lesson-slugs';
import { CHECKS as intro } from './intro/checks';
import { checksText as introText } from './intro/text-checks';
import { CHECKS as mse } from './mse/checks';
import { checksText as mseText } from './mse/text-checks';
import { CHECKS as cee } from './cee/checks';
import { checksText as ceeText } from './cee/text-checks';
import { CHECKS as minibatch } from './minibatch/checks';
import { checksText as minibatchText } from './minibatch/text-checks';
import { CHECKS as numericalDiff } from './numerical-diff/checks';
import { checksText as numericalDiffText } from './numerical-diff/text-checks';
import { CHECKS as gradientDescent } from './gradient-descent/checks';
import { checksText as gradientDescentText } from './gradient-descent/text-checks';
import { CHECKS as networkGradient } from './network-gradient/checks';
import { checksText as networkGradientText } from './network-gradient/text-checks';
import { CHECKS as training } from './training/checks';
import { checksText as trainingText } from './training/text-checks';
import { CHECKS as draw } from './draw/checks';
import { checksText as drawText } from './draw/text-checks';

const LESSONS: Record<LessonSlug, { checks: Record<string, CheckSpec>; text: Texts<Record<string, string>> }> = {
  intro: { checks: intro, text: introText },
  mse: { checks: mse, text: mseText },
  cee: { checks: cee, text: ceeText },
  minibatch: { checks: minibatch, text: minibatchText },
  'numerical-diff': { checks: numericalDiff, text: numericalDiffText },
  'gradient-descent': { checks: gradientDescent, text: gradientDescentText },
  'network-gradient': { checks: networkGradient, text: networkGradientText },
  training: { checks: training, text: trainingText },
  draw: { checks: draw, text: drawText },
};

describe('every lesson’s checks', () => {
  for (const [slug, { checks, text }] of Object.entries(LESSONS) as [LessonSlug, (typeof LESSONS)[LessonSlug]][]) {
    it(`${slug}: the catalogue, the specs and both languages agree`, () => {
      expect(Object.keys(checks)).toEqual([...LESSON_CHECKS[slug]]);
      for (const [id, spec] of Object.entries(checks)) {
        expect(spec.id).toBe(id);
        if (spec.kind === 'choice') expect(spec.options).toContain(spec.answer);
        for (const key of checkTextKeys(spec)) {
          expect(text.ko[key], `ko ${key}`).toBeTypeOf('string');
          expect(text.en[key], `en ${key}`).toBeTypeOf('string');
        }
      }
      expect(Object.keys(text.ko).sort()).toEqual(Object.keys(text.en).sort());
      expect(Object.keys(text.ko).sort()).toEqual(Object.values(checks).flatMap(checkTextKeys).sort());
    });
  }
});
