import type { CheckSpec } from '../../components/check/spec';
import type { CheckId } from '../../state/lesson-checks';

export const CHECKS = {
  scores: { id: 'scores', kind: 'choice', options: ['probabilities', 'scores', 'log'], answer: 'scores' },
  sign: { id: 'sign', kind: 'choice', options: ['positive', 'negative', 'mixed', 'zero'], answer: 'negative' },
  step: { id: 'step', kind: 'choice', options: ['up', 'down', 'same'], answer: 'up' },
} as const satisfies Record<CheckId<'network-gradient'>, CheckSpec>;
