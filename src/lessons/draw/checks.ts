import type { CheckSpec } from '../../components/check/spec';
import type { CheckId } from '../../state/lesson-checks';

export const CHECKS = {
  inputs: {
    id: 'inputs', kind: 'number', answer: 784, tolerance: 0,
    misses: [{ key: 'side', value: 28, tolerance: 0 }, { key: 'box', value: 400, tolerance: 0 }, { key: 'outputs', value: 10, tolerance: 0 }],
  },
  sum: { id: 'sum', kind: 'choice', options: ['one', 'less', 'zero'], answer: 'one' },
} as const satisfies Record<CheckId<'draw'>, CheckSpec>;
