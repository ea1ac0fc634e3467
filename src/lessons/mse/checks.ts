import type { CheckSpec } from '../../components/check/spec';
import type { CheckId } from '../../state/lesson-checks';

export const CHECKS = {
  worst: { id: 'worst', kind: 'choice', options: ['tenth', 'fifth', 'one', 'unbounded'], answer: 'fifth' },
  uniform: { id: 'uniform', kind: 'number', answer: 0.09, tolerance: 5e-4 },
} as const satisfies Record<CheckId<'mse'>, CheckSpec>;
