import type { CheckSpec } from '../../components/check/spec';
import type { CheckId } from '../../state/lesson-checks';

export const CHECKS = {
  worst: { id: 'worst', kind: 'choice', options: ['tenth', 'fifth', 'one', 'unbounded'], answer: 'fifth' },
  uniform: {
    id: 'uniform', kind: 'number', answer: 0.09, tolerance: 5e-4,
    misses: [
      { key: 'sum', value: 0.9, tolerance: 5e-4 }, { key: 'half', value: 0.45, tolerance: 5e-4 },
      { key: 'true-only', value: 0.81, tolerance: 5e-4 }, { key: 'true-only-mean', value: 0.081, tolerance: 5e-4 },
    ],
  },
} as const satisfies Record<CheckId<'mse'>, CheckSpec>;
