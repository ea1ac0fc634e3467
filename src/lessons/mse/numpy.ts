import type { NumpySnippet } from '../../components/numpy-snippet';

/** The widget's MSE at the notes' example, in NumPy; numpy.test.ts checks the output against the TypeScript. */
export const mse: NumpySnippet = {
  cell: '',
  code: String.raw`import numpy as np

y_hat = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])  # prediction ŷ
y = np.eye(10)[2]                # the answer as a one-hot row: class 2
squared = (y_hat - y) ** 2       # one squared error per class
print(squared.sum())             # their sum
print(squared.mean())            # MSE: the sum over K = 10`,
  output: '0.19500000000000006\n0.019500000000000007',
};
