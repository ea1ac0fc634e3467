import type { CheckSpec } from '../../components/check/spec';
import type { CheckId } from '../../state/lesson-checks';

export const CHECKS = {
  step: { id: 'step', kind: 'number', answer: -0.2, tolerance: 1e-9 },
  epochs: { id: 'epochs', kind: 'number', answer: 1000 * 100 / 60000, tolerance: 0.05, shown: '1.67' },
} as const satisfies Record<CheckId<'intro'>, CheckSpec>;
