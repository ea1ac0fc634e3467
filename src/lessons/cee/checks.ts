import type { CheckSpec } from '../../components/check/spec';
import type { CheckId } from '../../state/lesson-checks';

export const CHECKS = {
  tenth: {
    id: 'tenth', kind: 'number', answer: Math.log(10), tolerance: 0.01, shown: '2.30',
    misses: [{ key: 'log10', value: 1, tolerance: 0.01 }, { key: 'sign', value: -Math.log(10), tolerance: 0.01 }],
  },
  'numpy-nan': { id: 'numpy-nan', kind: 'choice', options: ['value', 'inf', 'nan', 'error'], answer: 'nan' },
  confident: { id: 'confident', kind: 'choice', options: ['mse', 'cee', 'same'], answer: 'cee' },
} as const satisfies Record<CheckId<'cee'>, CheckSpec>;
