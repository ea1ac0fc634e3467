import type { NumpySnippet } from '../../components/numpy-snippet';

/** Forward and central differences of sin at x = 1 for four h, as the error sweep plots them. */
export const derivative: NumpySnippet = {
  code: String.raw`import numpy as np

f, df, x = np.sin, np.cos, 1.0   # f(x) = sin x, whose exact derivative is cos x
for h in (1e-1, 1e-4, 1e-8, 1e-12):
    forward = (f(x + h) - f(x)) / h
    central = (f(x + h) - f(x - h)) / (2 * h)
    print(f"h = {h:.0e}: forward error {abs(forward - df(x)):.1e}, central error {abs(central - df(x)):.1e}")`,
  output: [
    'h = 1e-01: forward error 4.3e-02, central error 9.0e-04',
    'h = 1e-04: forward error 4.2e-05, central error 9.0e-10',
    'h = 1e-08: forward error 3.0e-09, central error 2.6e-09',
    'h = 1e-12: forward error 4.3e-05, central error 1.2e-05',
  ].join('\n'),
};

/** The arrows of the field: −∇f by central differences at three points of the plot. */
export const field: NumpySnippet = {
  cell: '33',
  code: String.raw`import numpy as np

def f(x):
    return x[0] ** 2 + x[1] ** 2

def gradient(f, x, h=1e-4):
    grad = np.zeros_like(x)
    for i in range(x.size):
        saved = x[i]
        x[i] = saved + h
        f_plus = f(x)
        x[i] = saved - h
        f_minus = f(x)
        x[i] = saved       # put x back as it was
        grad[i] = (f_plus - f_minus) / (2 * h)
    return grad

for point in ([-2.0, 2.0], [0.5, 1.0], [1.5, -0.5]):
    print(point, -gradient(f, np.array(point)))  # the arrow drawn at that point: −∇f`,
  output: '[-2.0, 2.0] [ 4. -4.]\n[0.5, 1.0] [-1. -2.]\n[1.5, -0.5] [-3.  1.]',
};

/** The points the field snippet prints. */
export const FIELD_POINTS = [[-2, 2], [0.5, 1], [1.5, -0.5]];
