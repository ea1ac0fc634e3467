/**
 * The distinct non-zero input values of each row of a batch. A weight W1[i, j] moves row n's hidden
 * unit j by h·x[n, i], so the pixels of a row that share a value share every factor that depends on
 * it: MNIST pixels are k/255, and a digit has about 65 distinct values among its 150 inked pixels.
 */
import { type Scratch, float64Array, int32Array } from './scratch';
import type { SparseRows } from './sparse-rows';

/**
 * Row n's distinct values are values[rowStart[n] … rowStart[n + 1] − 1]; entry p of the batch (in
 * row n) has the value values[rowStart[n] + slot[p]].
 */
export interface ValueCodes {
  rowStart: Int32Array;
  values: Float64Array;
  slot: Int32Array;
  /** max_i |x[n, i]| per row. */
  rowMaxAbs: Float64Array;
  /** The largest number of distinct values in one row. */
  widestRow: number;
}

const PIXEL_LEVELS = 255;

/**
 * Numbers the distinct values of x (a byte-image fast path, a Map otherwise) and lists each row's own;
 * with `scratch`, slot and values are the scratch's (until its next request for them).
 */
export function valueCodes(x: SparseRows, scratch?: Scratch): ValueCodes {
  // slot[p] holds p's code among the whole batch's values until the row loop turns it into p's slot.
  const slot = int32Array(scratch, 'codes.slot', x.value.length);
  const distinct = numberValues(x.value, slot);
  const seenInRow = new Int32Array(distinct).fill(-1);
  const slotOfCode = new Int32Array(distinct);
  const rowStart = new Int32Array(x.rows + 1);
  // At most one distinct value per entry; only the first `used` count.
  const values = float64Array(scratch, 'codes.values', x.value.length);
  const rowMaxAbs = new Float64Array(x.rows);
  let used = 0;
  let widestRow = 0;
  for (let n = 0; n < x.rows; n++) {
    const first = used;
    rowStart[n] = first;
    let maxAbs = 0;
    for (let p = x.start[n]; p < x.start[n + 1]; p++) {
      const c = slot[p];
      if (seenInRow[c] !== n) {
        seenInRow[c] = n;
        slotOfCode[c] = used - first;
        values[used++] = x.value[p];
      }
      slot[p] = slotOfCode[c];
      maxAbs = Math.max(maxAbs, Math.abs(x.value[p]));
    }
    rowMaxAbs[n] = maxAbs;
    widestRow = Math.max(widestRow, used - first);
  }
  rowStart[x.rows] = used;
  return { rowStart, values: values.subarray(0, used), slot, rowMaxAbs, widestRow };
}

/** k/255 for k = 0 … 255, to recognise pixel values without a division per entry. */
const LEVEL_VALUES = Float64Array.from({ length: PIXEL_LEVELS + 1 }, (_, k) => k / PIXEL_LEVELS);

/**
 * Sets code[p] to the number of value[p] among the batch's distinct values 0 … distinct − 1 and returns
 * distinct: k/255 is numbered k − 1 when every value is a pixel level.
 */
function numberValues(value: Float64Array, code: Int32Array): number {
  let p = 0;
  for (; p < value.length; p++) {
    const k = Math.round(value[p] * PIXEL_LEVELS);
    if (!(k >= 1 && k <= PIXEL_LEVELS && LEVEL_VALUES[k] === value[p])) break;
    code[p] = k - 1;
  }
  if (p === value.length) return PIXEL_LEVELS;
  const codeOf = new Map<number, number>();
  for (p = 0; p < value.length; p++) {
    let c = codeOf.get(value[p]);
    if (c === undefined) {
      c = codeOf.size;
      codeOf.set(value[p], c);
    }
    code[p] = c;
  }
  return codeOf.size;
}
