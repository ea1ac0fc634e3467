/**
 * Stochastic gradient descent with momentum, and a learning rate that can shrink over the run.
 * The notes' SGD is momentum 0 with a constant rate: θ ← θ − η·∂L/∂θ.
 */
import { type TwoLayerParams, paramArrays } from './two-layer-params';

/** How the learning rate changes over a run. */
export type LearningRateSchedule = 'constant' | 'cosine';

export const LEARNING_RATE_SCHEDULES: readonly LearningRateSchedule[] = ['constant', 'cosine'];

/**
 * η at iteration i (0-based) of `total`: constant η₀, or cosine decay η₀·½(1 + cos(π·i/total)),
 * which falls from η₀ to nearly 0 so the last steps only fine-tune.
 */
export function learningRateAt(base: number, schedule: LearningRateSchedule, iteration: number, total: number): number {
  if (schedule === 'constant' || total <= 0) return base;
  return base * 0.5 * (1 + Math.cos((Math.PI * Math.min(iteration, total)) / total));
}

/**
 * One step with momentum μ: v ← μ·v − η·∂L/∂θ, then θ ← θ + v (`velocity` has the shapes of the
 * parameters and starts at 0). With μ = 0 this is exactly the notes' θ ← θ − η·∂L/∂θ.
 */
export function momentumStep(params: TwoLayerParams, grads: TwoLayerParams, velocity: TwoLayerParams, learningRate: number, momentum: number): void {
  const p = paramArrays(params);
  const g = paramArrays(grads);
  const v = paramArrays(velocity);
  for (let a = 0; a < 4; a++) {
    if (g[a].length !== p[a].length || v[a].length !== p[a].length) throw new RangeError('momentumStep: gradient or velocity does not have the shape of the parameters');
    const pa = p[a];
    const ga = g[a];
    const va = v[a];
    for (let i = 0; i < pa.length; i++) {
      va[i] = momentum * va[i] - learningRate * ga[i];
      pa[i] += va[i];
    }
  }
}
