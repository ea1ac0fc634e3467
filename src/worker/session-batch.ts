/**
 * One mini-batch as bytes (the data set's own, or a freshly augmented copy) with its labels, turned
 * into the form each consumer needs only when it asks: the gradients and the loss read sparse rows
 * straight from the bytes; only the gradient check and the helpers' gradient shares take a dense
 * x = bytes / 255.
 */
import type { Matrix } from '../lib/matrix';
import { imageBatch } from '../lib/mnist/batch';
import { type SparseRows, sparseColumns, sparseImageRows } from '../lib/nets/sparse-rows';

/** A batch's sparse forms, when another thread has built them already. */
export interface PreparedRows {
  rows: SparseRows;
  columns: SparseRows;
}

export class SessionBatch {
  private dense: Matrix | null = null;
  private sparse: SparseRows | null;
  private sparseByColumn: SparseRows | null;

  /** Image n of the batch is images[indices[n]] (P bytes each); t[n] is its label. */
  constructor(
    private readonly images: Uint8Array,
    private readonly pixels: number,
    private readonly indices: ArrayLike<number>,
    readonly t: Int32Array,
    prepared: PreparedRows | null = null,
  ) {
    this.sparse = prepared?.rows ?? null;
    this.sparseByColumn = prepared?.columns ?? null;
  }

  /** x = images[indices] / 255, N × P. */
  get x(): Matrix {
    this.dense ??= imageBatch(this.images, this.pixels, this.indices);
    return this.dense;
  }

  /** The non-zero entries of x, row by row. */
  get rows(): SparseRows {
    this.sparse ??= sparseImageRows(this.images, this.pixels, this.indices);
    return this.sparse;
  }

  /** The same entries column by column (for dW1 = xᵀ·dA1). */
  get columns(): SparseRows {
    this.sparseByColumn ??= sparseColumns(this.rows);
    return this.sparseByColumn;
  }
}
