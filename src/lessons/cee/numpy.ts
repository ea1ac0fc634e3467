import type { NumpySnippet } from '../../components/numpy-snippet';

/** The widget's CEE at the notes' example, in NumPy, with and without δ. */
export const cee: NumpySnippet = {
  cell: '',
  code: String.raw`import numpy as np

delta = 1e-7
y_hat = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
y = np.eye(10)[2]                          # one-hot: the true class is 2
print(-np.log(y_hat[2] + delta))           # only the true class's term is not 0
print(-np.sum(y * np.log(y_hat + delta)))  # all ten terms, as the formula sums them
with np.errstate(divide='ignore', invalid='ignore'):
    print(-np.sum(y * np.log(y_hat)))      # no δ: 0 · log 0 = 0 · (−inf) = nan`,
  output: '0.510825457099338\n0.510825457099338\nnan',
};

/** Dragging one probability while the others keep their proportions, as the widget's bars do. */
export const distribution: NumpySnippet = {
  code: String.raw`import numpy as np

p = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
k, value = 2, 0.9                  # drag ŷ₂ up to 0.9
rest = np.arange(p.size) != k      # every other class
q = p.copy()
q[k] = value
q[rest] *= (1 - value) / p[rest].sum()  # they share 1 − 0.9 in their old proportions
print(q.round(4))
print(q.sum().round(12))`,
  output: '[0.025  0.0125 0.9    0.     0.0125 0.025  0.     0.025  0.     0.    ]\n1.0',
};
