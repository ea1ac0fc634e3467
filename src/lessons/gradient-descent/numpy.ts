import type { NumpySnippet } from '../../components/numpy-snippet';

/** The notes' three runs on x0² + x1², with the gradient the lab computes. */
export const descent: NumpySnippet = {
  cell: '34',
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

for lr in (0.1, 10.0, 1e-10):        # In [34], [35], [36]: 100 steps from (−3, 4)
    x = np.array([-3.0, 4.0])
    for step in range(100):
        x -= lr * gradient(f, x)
    print(f"lr = {lr}: result =", x)`,
  output: [
    'lr = 0.1: result = [-6.11110793e-10  8.14814391e-10]',
    'lr = 10.0: result = [-2.58983747e+13 -1.29524862e+12]',
    'lr = 1e-10: result = [-2.99999994  3.99999992]',
  ].join('\n'),
};

/** The learning rates of the descent snippet. */
export const DESCENT_RATES = [0.1, 10, 1e-10];

/** How NumPy chooses between plain and e-notation, which the lab imitates to compare with the notes. */
export const printing: NumpySnippet = {
  code: String.raw`import numpy as np

print(np.array([-6.11110793e-10, 8.14814391e-10]))  # a value below 1e-4: e-notation for all
print(np.array([-2.999999939, 3.999999918]))         # at most 8 decimals
print(np.array([0.5, -2.25, 3.0]))                   # trailing zeros dropped, columns aligned
print(np.array([-2.58983747e13, -1.29524862e12]))    # a value of 1e8 or more: e-notation`,
  output: '[-6.11110793e-10  8.14814391e-10]\n[-2.99999994  3.99999992]\n[ 0.5  -2.25  3.  ]\n[-2.58983747e+13 -1.29524862e+12]',
};

/** The arrays of the printing snippet. */
export const PRINTED_ARRAYS = [[-6.11110793e-10, 8.14814391e-10], [-2.999999939, 3.999999918], [0.5, -2.25, 3.0], [-2.58983747e13, -1.29524862e12]];

/** Why the lr = 10 run freezes: far from 0, adding h no longer moves x. */
export const freeze: NumpySnippet = {
  cell: '35',
  code: String.raw`h = 1e-4
for x in (4.0, 1e11, 1e12, 2.6e13):
    print(x, (x + h) - x)   # what a nudge of h really moves x by: h, more or less, then 0`,
  output: '4.0 9.999999999976694e-05\n100000000000.0 0.0001068115234375\n1000000000000.0 0.0001220703125\n26000000000000.0 0.0',
};

/** The points of the freeze snippet. */
export const FREEZE_POINTS = [4, 1e11, 1e12, 2.6e13];
