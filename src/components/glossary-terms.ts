/**
 * The glossary's entries, in reading order: one id per idea, used for the links from the lessons'
 * text (`[[words|id]]`) and for the entries of the glossary page.
 */
export const GLOSSARY_TERMS = [
  'learning', 'parameter', 'weight', 'bias', 'loss-function', 'mse', 'cee', 'one-hot', 'label', 'softmax', 'logit', 'delta',
  'training-test', 'pixel', 'shape', 'mini-batch', 'batch-size', 'with-replacement',
  'numerical-diff', 'forward-difference', 'central-difference', 'truncation-error', 'rounding-error', 'float64', 'machine-epsilon',
  'partial-derivative', 'gradient', 'gradient-descent', 'learning-rate', 'sgd', 'iteration', 'epoch',
  'hidden-layer', 'relu', 'forward-pass', 'backprop', 'gradient-check', 'accuracy',
] as const;

export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

export function isGlossaryTerm(id: string): id is GlossaryTerm {
  return (GLOSSARY_TERMS as readonly string[]).includes(id);
}
