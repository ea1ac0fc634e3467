import type { CheckSpec } from '../../components/check/spec';
import type { CheckId } from '../../state/lesson-checks';

export const CHECKS = {
  shape: { id: 'shape', kind: 'choice', options: ['flat', 'images', 'last', 'labels'], answer: 'images' },
  repeat: { id: 'repeat', kind: 'choice', options: ['never', 'rare', 'likely'], answer: 'likely' },
  uniform: { id: 'uniform', kind: 'choice', options: ['grows', 'same', 'shrinks'], answer: 'same' },
} as const satisfies Record<CheckId<'minibatch'>, CheckSpec>;
