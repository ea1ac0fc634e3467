import { CLASSES } from '../notes-loss-example';

export type ScenarioId = 'confidentRight' | 'hesitant' | 'confidentWrong' | 'certainWrong';

/** Probability on the true class, on one wrong class, and on each of the other eight (Σ = 1). */
const SHAPES: Record<ScenarioId, { onTrue: number; onWrong: number; onRest: number }> = {
  confidentRight: { onTrue: 0.99, onWrong: 0.01, onRest: 0 },
  hesitant: { onTrue: 0.1, onWrong: 0.1, onRest: 0.1 },
  confidentWrong: { onTrue: 0.01, onWrong: 0.99, onRest: 0 },
  certainWrong: { onTrue: 0, onWrong: 1, onRest: 0 },
};

export const SCENARIO_IDS = Object.keys(SHAPES) as ScenarioId[];

/** The scenario's prediction over the classes when the true class is t; the wrong class is the next one. */
export function scenarioPrediction(id: ScenarioId, t: number): number[] {
  const { onTrue, onWrong, onRest } = SHAPES[id];
  const wrong = (t + 1) % CLASSES;
  return Array.from({ length: CLASSES }, (_, k) => (k === t ? onTrue : k === wrong ? onWrong : onRest));
}
