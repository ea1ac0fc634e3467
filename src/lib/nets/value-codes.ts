/**
 * The distinct non-zero input values of a batch, numbered. A weight W1[i, j] moves row n's hidden
 * unit j by h·x[n, i], so rows and pixels sharing a value share every factor that depends on it;
 * MNIST pixels are k/255, so a batch has at most 255 of them however many rows it has.
 */
import type { SparseRows } from './sparse-rows';

/** Entry p of the sparse batch has value values[code[p]]; row n's distinct codes are rowCodes[rowStart[n] … rowStart[n + 1] − 1]. */
export interface ValueCodes {
  values: Float64Array;
  code: Int32Array;
  rowStart: Int32Array;
  rowCodes: Int32Array;
  /** max_i |x[n, i]| per row. */
  rowMaxAbs: Float64Array;
}

const PIXEL_LEVELS = 255;

/** Numbers the distinct values of x (a byte-image fast path, a Map otherwise) and lists each row's distinct codes. */
export function valueCodes(x: SparseRows): ValueCodes {
  const nnz = x.value.length;
  const code = new Int32Array(nnz);
  let values: Float64Array;
  const level = pixelLevels(x.value);
  if (level) {
    const codeOfLevel = new Int32Array(PIXEL_LEVELS + 1).fill(-1);
    const found: number[] = [];
    for (let p = 0; p < nnz; p++) {
      if (codeOfLevel[level[p]] < 0) {
        codeOfLevel[level[p]] = found.length;
        found.push(x.value[p]);
      }
      code[p] = codeOfLevel[level[p]];
    }
    values = Float64Array.from(found);
  } else {
    const codeOf = new Map<number, number>();
    for (let p = 0; p < nnz; p++) {
      let c = codeOf.get(x.value[p]);
      if (c === undefined) {
        c = codeOf.size;
        codeOf.set(x.value[p], c);
      }
      code[p] = c;
    }
    values = Float64Array.from(codeOf.keys());
  }
  const seenInRow = new Int32Array(values.length).fill(-1);
  const rowStart = new Int32Array(x.rows + 1);
  const rowCodes: number[] = [];
  const rowMaxAbs = new Float64Array(x.rows);
  for (let n = 0; n < x.rows; n++) {
    rowStart[n] = rowCodes.length;
    for (let p = x.start[n]; p < x.start[n + 1]; p++) {
      if (seenInRow[code[p]] !== n) {
        seenInRow[code[p]] = n;
        rowCodes.push(code[p]);
      }
      rowMaxAbs[n] = Math.max(rowMaxAbs[n], Math.abs(x.value[p]));
    }
  }
  rowStart[x.rows] = rowCodes.length;
  return { values, code, rowStart, rowCodes: Int32Array.from(rowCodes), rowMaxAbs };
}

/** k for every value that is exactly k/255 with k in 1…255; null as soon as one is not. */
function pixelLevels(value: Float64Array): Uint8Array | null {
  const level = new Uint8Array(value.length);
  for (let p = 0; p < value.length; p++) {
    const k = Math.round(value[p] * PIXEL_LEVELS);
    if (k < 1 || k > PIXEL_LEVELS || k / PIXEL_LEVELS !== value[p]) return null;
    level[p] = k;
  }
  return level;
}
