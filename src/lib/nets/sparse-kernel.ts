/**
 * The one inner loop that the forward pass (a1 = x·W1) and backpropagation (dW1 = xᵀ·dA1) share:
 * add a sparse combination of rows of a dense matrix to one output row.
 */

/**
 * out[outAt + j] += Σ_p value[p]·src[index[p]·width + j] for j < width and p in from … to − 1.
 * Eight entries per sweep over the output row, so it is loaded and stored an eighth as often.
 */
export function addScaledRows(
  out: Float64Array,
  outAt: number,
  src: Float64Array,
  width: number,
  index: Int32Array,
  value: Float64Array,
  from: number,
  to: number,
): void {
  let p = from;
  for (; p + 7 < to; p += 8) {
    const v0 = value[p];
    const v1 = value[p + 1];
    const v2 = value[p + 2];
    const v3 = value[p + 3];
    const v4 = value[p + 4];
    const v5 = value[p + 5];
    const v6 = value[p + 6];
    const v7 = value[p + 7];
    const o0 = index[p] * width;
    const o1 = index[p + 1] * width;
    const o2 = index[p + 2] * width;
    const o3 = index[p + 3] * width;
    const o4 = index[p + 4] * width;
    const o5 = index[p + 5] * width;
    const o6 = index[p + 6] * width;
    const o7 = index[p + 7] * width;
    for (let j = 0; j < width; j++) {
      out[outAt + j] +=
        v0 * src[o0 + j] + v1 * src[o1 + j] + v2 * src[o2 + j] + v3 * src[o3 + j] +
        v4 * src[o4 + j] + v5 * src[o5 + j] + v6 * src[o6 + j] + v7 * src[o7 + j];
    }
  }
  for (; p + 1 < to; p += 2) {
    const v0 = value[p];
    const v1 = value[p + 1];
    const o0 = index[p] * width;
    const o1 = index[p + 1] * width;
    for (let j = 0; j < width; j++) out[outAt + j] += v0 * src[o0 + j] + v1 * src[o1 + j];
  }
  if (p < to) {
    const v = value[p];
    const o = index[p] * width;
    for (let j = 0; j < width; j++) out[outAt + j] += v * src[o + j];
  }
}
