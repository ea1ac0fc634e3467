import type { CheckSpec } from '../../components/check/spec';
import type { CheckId } from '../../state/lesson-checks';

export const CHECKS = {
  step: {
    id: 'step', kind: 'number', answer: -0.2, tolerance: 1e-9, shown: '−0.2',
    misses: [{ key: 'uphill', value: 0.2, tolerance: 1e-9 }, { key: 'no-rate', value: -2, tolerance: 1e-9 }, { key: 'uphill-no-rate', value: 2, tolerance: 1e-9 }],
  },
  // "About how many times": 1.5 and 2 are fair estimates of 1.67; the feedback gives the exact value.
  epochs: {
    id: 'epochs', kind: 'number', answer: 1000 * 100 / 60000, accept: [1.5, 2], shown: '1.67', exact: '100,000 / 60,000 ≈ 1.667',
    misses: [{ key: 'inverted', value: 0.6, tolerance: 0.01 }, { key: 'per-epoch', value: 600, tolerance: 0 }, { key: 'images', value: 100000, tolerance: 0 }],
  },
} as const satisfies Record<CheckId<'intro'>, CheckSpec>;
