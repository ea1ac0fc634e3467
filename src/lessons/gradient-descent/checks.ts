import type { CheckSpec } from '../../components/check/spec';
import type { CheckId } from '../../state/lesson-checks';

export const CHECKS = {
  half: { id: 'half', kind: 'choice', options: ['origin', 'halfway', 'mirror', 'away'], answer: 'origin' },
  one: { id: 'one', kind: 'choice', options: ['converge', 'bounce', 'diverge'], answer: 'bounce' },
  ten: { id: 'ten', kind: 'choice', options: ['inf', 'freeze', 'zero', 'nan'], answer: 'freeze' },
} as const satisfies Record<CheckId<'gradient-descent'>, CheckSpec>;
