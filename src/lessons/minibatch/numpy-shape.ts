/** A shape as NumPy prints it: (60000, 28, 28), and (60000,) for one dimension. */
export function numpyShape(dims: readonly number[]): string {
  return dims.length === 1 ? `(${dims[0]},)` : `(${dims.join(', ')})`;
}
