import { NOTES_SIMPLE_NET } from '../../lib/nets/simple-net';
import { MAX_SEED } from '../../lib/random';
import { intParam, numberListParam, numberParam, type ParamTable } from '../../state/url-state';

/** Bounds for weights and inputs: wide enough to explore, small enough that −log(y + δ) stays readable. */
export const VALUE_LIMIT = 50;
export const LR_MIN = 0.0001;
export const LR_MAX = 10;

/** The page's shareable state: W (2×3, row-major), x, the true class t, the seed W was drawn from, and η. */
export interface NetworkGradientState {
  w: number[];
  x: number[];
  t: number;
  seed: number;
  lr: number;
}

const limits = { min: -VALUE_LIMIT, max: VALUE_LIMIT };

// Opens on the notes' own example, so their printout can be checked straight away.
export const networkGradientParams: ParamTable<NetworkGradientState> = {
  w: numberListParam(NOTES_SIMPLE_NET.W.flat(), { ...limits, minLength: 6, maxLength: 6 }),
  x: numberListParam(NOTES_SIMPLE_NET.x, { ...limits, minLength: 2, maxLength: 2 }),
  t: intParam(NOTES_SIMPLE_NET.t.indexOf(1), 0, 2),
  seed: intParam(1, 0, MAX_SEED),
  lr: numberParam(0.1, LR_MIN, LR_MAX),
};

/** Row i of W multiplies input x_i, so the rows of W and of ∂L/∂W carry the input's symbol. */
export const INPUT_SYMBOLS = ['x₁', 'x₂'] as const;
