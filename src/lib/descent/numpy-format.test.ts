import { describe, expect, it } from 'vitest';
import { formatNumpyArray, formatNumpyMatrix, usesScientific } from './numpy-format';

// Expected strings are what NumPy 2.4 prints with print(np.array(values)).
const CASES: [number[], string][] = [
  [[-6.111107928998789e-10, 8.148143905314271e-10], '[-6.11110793e-10  8.14814391e-10]'],
  [[-25898374737328.363, -1295248616896.5398], '[-2.58983747e+13 -1.29524862e+12]'],
  [[-2.999999939999995, 3.9999999199999934], '[-2.99999994  3.99999992]'],
  [[1.945528800724721e-21, -9.727644003623605e-22], '[ 1.9455288e-21 -9.7276440e-22]'],
  [[-0.9999999999997797, -0.9999999999997797], '[-1. -1.]'],
  [[-0.6602765643828699, 0.44395631609478947], '[-0.66027656  0.44395632]'],
  [[1.5, 2.25], '[1.5  2.25]'],
  [[2.25, 1.5], '[2.25 1.5 ]'],
  [[0, 0], '[0. 0.]'],
  [[-0, 1], '[-0.  1.]'],
  [[1e-5, 2.5e-5], '[1.0e-05 2.5e-05]'],
  [[Infinity, 1.5], '[inf 1.5]'],
  [[NaN, -Infinity], '[ nan -inf]'],
  [[Infinity, NaN], '[inf nan]'],
  [[-Infinity, 1e20], '[  -inf 1.e+20]'],
  [[123456789, 1], '[1.23456789e+08 1.00000000e+00]'],
  [[0.1, 0.2, 0.3], '[0.1 0.2 0.3]'],
  [[1e-300, 5], '[1.e-300 5.e+000]'],
  [[3.14159265358979, -2], '[ 3.14159265 -2.        ]'],
  [[-0.0001, 100.5], '[-1.000e-04  1.005e+02]'],
];

describe('formatNumpyArray', () => {
  for (const [values, printed] of CASES) {
    it(`prints ${printed}`, () => {
      expect(formatNumpyArray(values)).toBe(printed);
    });
  }
});

describe('usesScientific', () => {
  it('follows the 1e8, 1e-4 and ratio-1000 thresholds', () => {
    expect(usesScientific([99999999, 1e5])).toBe(false);
    expect(usesScientific([1e8])).toBe(true);
    expect(usesScientific([1e-4, 0.05])).toBe(false);
    expect(usesScientific([9.9e-5])).toBe(true);
    expect(usesScientific([1, 1001])).toBe(true);
    expect(usesScientific([0, NaN, Infinity])).toBe(false);
  });
});

describe('formatNumpyMatrix', () => {
  it('pads every row to the widths of the whole array, as NumPy prints simpleNet’s gradient', () => {
    const dW = [0.33006634, 0.17512722, -0.50519357, 0.49509952, 0.26269083, -0.75779035];
    expect(formatNumpyMatrix(dW, 2, 3)).toBe('[[ 0.33006634  0.17512722 -0.50519357]\n [ 0.49509952  0.26269083 -0.75779035]]');
    expect(formatNumpyMatrix([0.5, 2], 1, 2)).toBe('[[0.5 2. ]]');
  });
});
