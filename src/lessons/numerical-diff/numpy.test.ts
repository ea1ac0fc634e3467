import { describe, expect, it } from 'vitest';
import { pythonFloat } from '../../components/python-float';
import { derivativeErrorSweep } from '../../lib/descent/derivative-error';
import { descentField } from '../../lib/descent/field';
import { SURFACES } from '../../lib/descent/functions';
import { formatNumpyArray } from '../../lib/descent/numpy-format';
import { derivative, field, FIELD_POINTS } from './numpy';

/** Python's f"{v:.{digits}e}": two-digit exponents. */
const pythonExponent = (v: number, digits: number) => v.toExponential(digits).replace(/e([+-])(\d)$/, 'e$10$2');

describe('the numerical-differentiation lesson’s NumPy snippets', () => {
  it('give the errors the sweep computes', () => {
    const lines = derivativeErrorSweep(Math.sin, Math.cos, 1, [-1, -4, -8, -12]).map(
      (e) => `h = ${pythonExponent(e.h, 0)}: forward error ${pythonExponent(e.forwardError, 1)}, central error ${pythonExponent(e.centralError, 1)}`,
    );
    expect(lines.join('\n')).toBe(derivative.output);
  });
  it('draw the arrows descentField draws', () => {
    const lines = FIELD_POINTS.map(([x0, x1]) => {
      // A 2 × 2 grid whose first corner is the point: its first arrow is the one at (x0, x1).
      const [arrow] = descentField(SURFACES.bowl.f, { x0Min: x0, x0Max: x0 + 1, x1Min: x1, x1Max: x1 + 1 }, 2);
      return `[${[arrow.x0, arrow.x1].map(pythonFloat).join(', ')}] ${formatNumpyArray([arrow.d0, arrow.d1])}`;
    });
    expect(lines.join('\n')).toBe(field.output);
  });
});
