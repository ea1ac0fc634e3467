import type { CheckSpec } from '../../components/check/spec';
import type { CheckId } from '../../state/lesson-checks';

export const CHECKS = {
  central: { id: 'central', kind: 'choice', options: ['forward', 'similar', 'central'], answer: 'central' },
  'tiny-h': { id: 'tiny-h', kind: 'choice', options: ['exact', 'zero', 'huge', 'nan'], answer: 'zero' },
  'best-h': { id: 'best-h', kind: 'choice', options: ['largest', 'notes', 'cube-root', 'smallest'], answer: 'cube-root' },
} as const satisfies Record<CheckId<'numerical-diff'>, CheckSpec>;
