import { fmt } from '../../i18n/use-text';
import type { Failure } from '../../lib/training-health';
import { formatPercent } from './format';
import type { health } from './text-health';

type HealthText = Record<keyof (typeof health)['ko'], string>;

/** "ln 10 ≈ 2.30" (or "ln 1000 ≈ 6.91" with the notes' softmax): the loss of guessing, named by its formula. */
export function guessName(guessLoss: number): string {
  return `ln ${Math.round(Math.exp(guessLoss))} ≈ ${guessLoss.toFixed(2)}`;
}

/** The sentence that explains a failure; `who` names the run or the lane. */
export function failureSentence(t: HealthText, failure: Failure, who: string, guessLoss: number, plannedIterations: number): string {
  switch (failure.kind) {
    case 'diverged':
      return fmt(t.diverged, { who, n: failure.iteration, cause: t[`cause.${failure.cause}`] });
    case 'saturated':
      return fmt(t.saturated, { who, loss: failure.loss.toFixed(2), accuracy: formatPercent(failure.accuracy) });
    case 'stalled':
      return fmt(t.stalled, { who, windows: failure.windows, guess: guessName(guessLoss), loss: failure.loss.toFixed(2), dead: failure.deadUnits, hidden: failure.hiddenSize });
    case 'too-slow':
      return fmt(t.tooSlow, { who, n: failure.iteration, total: plannedIterations, loss: failure.loss.toFixed(2), guess: guessName(guessLoss) });
  }
}

/** A few words for a legend or a table cell: "stalled: 49/50 units dead". */
export function failureLabel(t: HealthText, failure: Failure): string {
  switch (failure.kind) {
    case 'diverged':
      return fmt(t['label.diverged'], { n: failure.iteration });
    case 'stalled':
      return fmt(t['label.stalled'], { dead: failure.deadUnits, hidden: failure.hiddenSize });
    default:
      return fmt(t[`label.${failure.kind}`], { loss: failure.loss.toFixed(2) });
  }
}
