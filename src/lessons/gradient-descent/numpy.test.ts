import { describe, expect, it } from 'vitest';
import { pythonFloat } from '../../components/python-float';
import { probeStep } from '../../lib/descent/freeze';
import { SURFACES } from '../../lib/descent/functions';
import { formatNumpyArray } from '../../lib/descent/numpy-format';
import { gradientDescent } from '../../lib/gradient';
import { descent, DESCENT_RATES, freeze, FREEZE_POINTS, PRINTED_ARRAYS, printing } from './numpy';

describe('the gradient-descent lesson’s NumPy snippets', () => {
  it('end where the lab’s three runs of the notes end', () => {
    const lines = DESCENT_RATES.map((lr) => `lr = ${pythonFloat(lr)}: result = ${formatNumpyArray(gradientDescent(SURFACES.bowl.f, [-3, 4], lr, 100).x)}`);
    expect(lines.join('\n')).toBe(descent.output);
  });
  it('print arrays as the lab’s NumPy formatter does', () => {
    expect(PRINTED_ARRAYS.map(formatNumpyArray).join('\n')).toBe(printing.output);
  });
  it('find the shift the freeze analysis finds', () => {
    const lines = FREEZE_POINTS.map((x) => `${pythonFloat(x)} ${pythonFloat(probeStep(SURFACES.bowl.f, [Float64Array.of(x, 0)], 0).shift[0])}`);
    expect(lines.join('\n')).toBe(freeze.output);
  });
});
