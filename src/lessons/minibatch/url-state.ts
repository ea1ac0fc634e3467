import { MAX_SEED } from '../../lib/random';
import { enumParam, intParam, numberParam } from '../../state/url-state';

export const MAX_BATCH = 1000;
export const CLASS_FILTERS = ['all', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
export type ClassFilter = (typeof CLASS_FILTERS)[number];

/**
 * What a link to the mini-batch page carries: the gallery's set, class and first index; the
 * sampler's N and seed (the page always shows the batch they draw); the predictor and its confidence.
 */
export const minibatchUrlTable = {
  set: enumParam<'train' | 'test'>('train', ['train', 'test']),
  cls: enumParam<ClassFilter>('all', CLASS_FILTERS),
  from: intParam(0, 0, 59_999),
  n: intParam(10, 1, MAX_BATCH),
  seed: intParam(0, 0, MAX_SEED),
  pred: enumParam<'uniform' | 'right' | 'wrong'>('uniform', ['uniform', 'right', 'wrong']),
  conf: numberParam(0.9, 0.1, 0.999),
};
