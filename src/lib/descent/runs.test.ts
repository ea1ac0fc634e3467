import { describe, expect, it } from 'vitest';
import { gradientDescent } from '../gradient';
import { formatNumpyArray } from './numpy-format';
import { SURFACES, type SurfaceId } from './functions';

// Each row was run in NumPy 2.4 with the notes' numerical_gradient and gradient_descent;
// `values` is x.tolist() and `printed` is print(x).
const RUNS: { fn: SurfaceId; start: [number, number]; lr: number; steps: number; values: [number, number]; printed: string }[] = [
  { fn: 'bowl', start: [-3, 4], lr: 0.1, steps: 100, values: [-6.111107928998789e-10, 8.148143905314271e-10], printed: '[-6.11110793e-10  8.14814391e-10]' },
  { fn: 'bowl', start: [-3, 4], lr: 10, steps: 100, values: [-25898374737328.363, -1295248616896.5398], printed: '[-2.58983747e+13 -1.29524862e+12]' },
  { fn: 'bowl', start: [-3, 4], lr: 1e-10, steps: 100, values: [-2.999999939999995, 3.9999999199999934], printed: '[-2.99999994  3.99999992]' },
  { fn: 'bowl', start: [2, -1], lr: 0.5, steps: 10, values: [1.945528800724721e-21, -9.727644003623605e-22], printed: '[ 1.9455288e-21 -9.7276440e-22]' },
  { fn: 'bowl', start: [1, 1], lr: 1, steps: 7, values: [-0.9999999999997797, -0.9999999999997797], printed: '[-1. -1.]' },
  { fn: 'bowl', start: [-3, 4], lr: 1.1, steps: 100, values: [-248267148.43455037, 331293241.76093453], printed: '[-2.48267148e+08  3.31293242e+08]' },
  { fn: 'bowl', start: [-3, 4], lr: 0.01, steps: 1000, values: [-5.04890207164514e-9, 6.731869428856856e-9], printed: '[-5.04890207e-09  6.73186943e-09]' },
  { fn: 'bowl', start: [-3, 4], lr: 100, steps: 100, values: [-267498080858198.16, -1251199022397.3916], printed: '[-2.67498081e+14 -1.25119902e+12]' },
  { fn: 'elongated', start: [-3, 4], lr: 0.9, steps: 100, values: [-0.00024058053527649945, 8.148143905825204e-10], printed: '[-2.40580535e-04  8.14814391e-10]' },
  { fn: 'elongated', start: [-3, 4], lr: 0.1, steps: 100, values: [-1.0980970238185268, 8.148099417404353e-10], printed: '[-1.09809702e+00  8.14809942e-10]' },
  { fn: 'rosenbrock', start: [-1.5, 2], lr: 0.001, steps: 1000, values: [-0.6602765643828699, 0.44395631609478947], printed: '[-0.66027656  0.44395632]' },
  { fn: 'rosenbrock', start: [-1.5, 2], lr: 0.01, steps: 100, values: [1.236504439874588e28, 1020217.4092389126], printed: '[1.23650444e+28 1.02021741e+06]' },
];

describe('gradient descent on the lesson surfaces matches NumPy', () => {
  for (const run of RUNS) {
    it(`${run.fn} from (${run.start.join(', ')}), lr ${run.lr}, ${run.steps} steps → ${run.printed}`, () => {
      const { x } = gradientDescent(SURFACES[run.fn].f, run.start, run.lr, run.steps);
      // Same operations in the same order as NumPy; only NumPy's x**2 (libm pow) can differ from
      // x·x in the last bit, which long runs amplify a little, so agree to 1e-9 relative.
      expect(Math.abs(x[0] - run.values[0])).toBeLessThanOrEqual(Math.abs(run.values[0]) * 1e-9);
      expect(Math.abs(x[1] - run.values[1])).toBeLessThanOrEqual(Math.abs(run.values[1]) * 1e-9);
      expect(formatNumpyArray(x)).toBe(run.printed);
    });
  }
});

describe('exact gradients agree with the numerical ones', () => {
  for (const id of ['bowl', 'elongated', 'rosenbrock'] as const) {
    it(id, () => {
      const s = SURFACES[id];
      const x = Float64Array.from([0.7, -1.3]);
      const [g0, g1] = s.gradient(x);
      const x2 = Float64Array.from(x);
      const { path } = gradientDescent(s.f, x2, 1, 1);
      // One step with lr 1 moves by −∇f, so the step itself is the numerical gradient.
      expect(x[0] - path[1][0]).toBeCloseTo(g0, 5);
      expect(x[1] - path[1][1]).toBeCloseTo(g1, 5);
    });
  }
  it('the minima are where f is smallest', () => {
    for (const s of Object.values(SURFACES)) expect(s.f(Float64Array.from(s.minimum))).toBe(0);
  });
});
