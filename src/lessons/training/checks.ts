import type { CheckSpec } from '../../components/check/spec';
import type { CheckId } from '../../state/lesson-checks';

export const CHECKS = {
  'first-loss': { id: 'first-loss', kind: 'choice', options: ['zero', 'ln10', 'ln1000', 'huge'], answer: 'ln10' },
  'naive-count': {
    id: 'naive-count', kind: 'number', answer: 79520, tolerance: 0, shown: '79,520',
    misses: [{ key: 'once', value: 39760, tolerance: 0 }, { key: 'per-image', value: 7952000, tolerance: 0 }],
  },
  kink: { id: 'kink', kind: 'choice', options: ['backprop', 'numerical', 'neither'], answer: 'backprop' },
} as const satisfies Record<CheckId<'training'>, CheckSpec>;
